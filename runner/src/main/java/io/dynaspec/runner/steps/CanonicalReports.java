package io.dynaspec.runner.steps;

import io.cucumber.core.plugin.HtmlFormatter;
import io.cucumber.core.plugin.JUnitFormatter;
import io.cucumber.core.plugin.MessageFormatter;
import io.cucumber.messages.types.Envelope;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventHandler;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestCaseStarted;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cucumber's HTML, JUnit XML and message reports of a run ({@code cucumber.html},
 * {@code cucumber-junit.xml}, {@code cucumber-messages.ndjson} in one folder), with each
 * scenario's messages together and the scenarios in the order of their features' URIs and lines,
 * however many ran at once and whichever finished first. Cucumber's own formatters write the
 * messages as they come, interleaved when scenarios run at once; this plugin holds the messages
 * of the scenarios until the run ends and hands them to those formatters in that order, the run's
 * other messages before and after them as they came.
 * <p>
 * A plugin of its own, so that a JUnit platform run names it as any other:
 * {@code cucumber.plugin=io.dynaspec.runner.steps.CanonicalReports:target/cucumber}.
 */
public final class CanonicalReports implements ConcurrentEventListener {

    /** Where a scenario is: it orders the scenarios. */
    private record Place(String uri, int line) {
    }

    private final List<EventHandler<Envelope>> formatters = new ArrayList<>();
    /** The run's messages before its first scenario's, then those after it, each in the order they came. */
    private final List<Envelope> opening = new ArrayList<>();
    private final List<Envelope> closing = new ArrayList<>();
    /** Each scenario's messages by its test case id, in the order its first message came. */
    private final Map<String, List<Envelope>> scenarios = new LinkedHashMap<>();
    private final Map<String, String> testCaseOfStart = new HashMap<>();
    private final Map<String, Place> places = new HashMap<>();

    /** @param folder where the three reports are written; made if missing */
    public CanonicalReports(String folder) {
        Path dir = Path.of(folder);
        try {
            Files.createDirectories(dir);
            EventPublisher toFormatters = new EventPublisher() {
                @Override
                @SuppressWarnings("unchecked")
                public <T> void registerHandlerFor(Class<T> type, EventHandler<T> handler) {
                    if (type != Envelope.class) {
                        throw new IllegalStateException("a report formatter asks for " + type.getName() + ", not messages");
                    }
                    formatters.add((EventHandler<Envelope>) handler);
                }

                @Override
                public <T> void removeHandlerFor(Class<T> type, EventHandler<T> handler) {
                    formatters.remove(handler);
                }
            };
            new HtmlFormatter(open(dir.resolve("cucumber.html"))).setEventPublisher(toFormatters);
            new JUnitFormatter(open(dir.resolve("cucumber-junit.xml"))).setEventPublisher(toFormatters);
            new MessageFormatter(open(dir.resolve("cucumber-messages.ndjson"))).setEventPublisher(toFormatters);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reports in " + dir, e);
        }
    }

    private static OutputStream open(Path file) throws IOException {
        return Files.newOutputStream(file);
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseStarted.class, this::place);
        publisher.registerHandlerFor(Envelope.class, this::hold);
    }

    private synchronized void place(TestCaseStarted event) {
        places.put(event.getTestCase().getId().toString(),
                new Place(event.getTestCase().getUri().toString(), event.getTestCase().getLocation().getLine()));
    }

    private synchronized void hold(Envelope envelope) {
        if (envelope.getTestRunFinished().isPresent()) {
            closing.add(envelope);
            handOver();
            return;
        }
        Optional<String> testCase = testCaseOf(envelope);
        if (testCase.isPresent()) {
            scenarios.computeIfAbsent(testCase.get(), id -> new ArrayList<>()).add(envelope);
        } else {
            (scenarios.isEmpty() ? opening : closing).add(envelope);
        }
    }

    /** The test case a message belongs to, if it belongs to one. */
    private Optional<String> testCaseOf(Envelope e) {
        if (e.getTestCase().isPresent()) {
            return Optional.of(e.getTestCase().get().getId());
        }
        if (e.getTestCaseStarted().isPresent()) {
            var started = e.getTestCaseStarted().get();
            testCaseOfStart.put(started.getId(), started.getTestCaseId());
            return Optional.of(started.getTestCaseId());
        }
        Optional<String> start = e.getTestStepStarted().map(s -> s.getTestCaseStartedId())
                .or(() -> e.getTestStepFinished().map(s -> s.getTestCaseStartedId()))
                .or(() -> e.getTestCaseFinished().map(s -> s.getTestCaseStartedId()))
                .or(() -> e.getAttachment().flatMap(a -> a.getTestCaseStartedId()));
        return start.map(testCaseOfStart::get);
    }

    /** The run has ended: every message goes to the formatters, the scenarios' in their order. */
    private void handOver() {
        List<Envelope> ordered = new ArrayList<>(opening);
        scenarios.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<Envelope>> s) -> placeOf(s.getKey()).uri())
                        .thenComparingInt(s -> placeOf(s.getKey()).line()))
                .forEach(s -> ordered.addAll(s.getValue()));
        ordered.addAll(closing);
        opening.clear();
        scenarios.clear();
        closing.clear();
        for (Envelope e : ordered) {
            formatters.forEach(f -> f.receive(e));
        }
    }

    /** A test case that never started (none should) sorts last, in the order it came. */
    private Place placeOf(String testCase) {
        return places.getOrDefault(testCase, new Place("\uffff", Integer.MAX_VALUE));
    }
}
