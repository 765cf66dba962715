package io.dynaspec.runner.suite;

import static io.cucumber.junit.platform.engine.Constants.FILTER_TAGS_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * The suite exactly as an emulator's own build runs it (features/README.md, "The kit in your own
 * build"): the features from the runner jar's classpath, not from the kit's folder, the target
 * from {@code -Ddynaspec.target} (here the default, the reference engine). One area is enough to
 * show the features are found and run; the whole suite runs in ReferenceConformanceTest.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("io.dynaspec.features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "io.dynaspec.runner.steps")
@ConfigurationParameter(key = FILTER_TAGS_PROPERTY_NAME, value = "@put_item and not @reference-only")
public class KitAsDependencyConformanceTest {
}
