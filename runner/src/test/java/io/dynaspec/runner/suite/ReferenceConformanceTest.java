package io.dynaspec.runner.suite;

import static io.cucumber.junit.platform.engine.Constants.FILTER_TAGS_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PARALLEL_EXECUTION_ENABLED_PROPERTY_NAME;

import io.dynaspec.runner.targets.SuiteTags;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The conformance suite on the reference engine (the default target), one surefire test per
 * scenario, as many at once as there are processors (Cucumber's dynamic strategy); the
 * {@code @reference-only} and {@code @serial} scenarios run alone all the same (Hooks).
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("../features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "io.dynaspec.runner.steps")
@ConfigurationParameter(key = FILTER_TAGS_PROPERTY_NAME, value = SuiteTags.REFERENCE_DEFAULT)
@ConfigurationParameter(key = PARALLEL_EXECUTION_ENABLED_PROPERTY_NAME, value = "true")
public class ReferenceConformanceTest {
}
