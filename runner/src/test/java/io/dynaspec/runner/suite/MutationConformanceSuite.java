package io.dynaspec.runner.suite;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The conformance suite as mutation testing runs it (the runner's {@code mutation} profile, KIT.md):
 * the features on the reference engine, the scenarios chosen by the {@code cucumber.filter.tags}
 * system property the profile passes. Not a surefire test (its name does not end in Test): the
 * whole suite already runs in ReferenceConformanceTest.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("../features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "io.dynaspec.runner.steps")
public class MutationConformanceSuite {
}
