package io.dynaspec.features;

/**
 * The conformance suite as mutation testing runs it (the runner's {@code mutation} profile,
 * KIT.md): the features the runner's jar carries under this package, on the reference engine,
 * the scenarios chosen by the {@code cucumber.filter.tags} system property the profile passes.
 *
 * <p>It sits in the features' own package and is found by the Cucumber engine directly, not
 * through a JUnit suite: PIT runs each scenario on its own for every mutant, and a scenario's id
 * then names its one feature file, which is all Cucumber reads to run it. Through a suite every
 * run would read all the feature files first, several times the scenario's own cost. Not a
 * surefire test (its name does not end in Test): ReferenceConformanceTest runs the whole suite.
 */
@SuppressWarnings("deprecation")
@io.cucumber.junit.platform.engine.Cucumber
public class MutationFeatures {
}
