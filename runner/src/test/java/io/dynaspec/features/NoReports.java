package io.dynaspec.features;

import io.cucumber.plugin.EventListener;
import io.cucumber.plugin.event.EventPublisher;

/**
 * A Cucumber plugin that writes nothing, for mutation testing: PIT runs each scenario once per
 * mutant, and the usual HTML, JUnit and message reports would each be written again every time.
 */
public final class NoReports implements EventListener {
    @Override
    public void setEventPublisher(EventPublisher publisher) {
        // nothing is reported: PIT judges each run by its outcome alone
    }
}
