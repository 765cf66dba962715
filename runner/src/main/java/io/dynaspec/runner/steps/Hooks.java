package io.dynaspec.runner.steps;

import io.cucumber.java.After;
import io.cucumber.java.AfterAll;
import io.cucumber.java.Before;
import io.cucumber.java.BeforeAll;
import io.cucumber.java.Scenario;
import io.dynaspec.runner.targets.Cluster;
import io.dynaspec.runner.targets.SuiteTags;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/** Opens the run's session when the JUnit platform runs the suite, and cleans up after each scenario. */
public final class Hooks {

    /** The session these hooks opened themselves (JUnit platform runs), closed after the last scenario. */
    private static SuiteSession opened;

    private final World world;

    public Hooks(World world) {
        this.world = world;
    }

    @BeforeAll
    public static void openSession() {
        if (!SuiteSession.isInstalled()) {
            opened = SuiteSession.fromSystemProperties();
            SuiteSession.install(opened);
        }
    }

    @AfterAll
    public static void closeSession() {
        if (opened != null) {
            SuiteSession.uninstall(opened);
            try {
                opened.close();
            } finally {
                opened.target().close();
                opened = null;
            }
        }
    }

    /**
     * Waits for the scenario's turn (alone, for one that touches what every scenario shares), then
     * records what it sends.
     */
    @Before(order = 0)
    public void enter(Scenario scenario) throws InterruptedException {
        world.enterGate(runsAlone(scenario.getSourceTagNames()));
        world.session().recorder().bind(world.transcript());
    }

    /**
     * Alone: a {@code @serial} scenario, and a {@code @reference-only} one where the target has
     * internals to use (elsewhere it is skipped). The engine's internals are engine-wide: a failed
     * zone, a held replication or transaction, the clock and the model-level trace reach every table.
     */
    private boolean runsAlone(java.util.Collection<String> tags) {
        return tags.contains(SuiteTags.SERIAL)
                || tags.contains(SuiteTags.REFERENCE_ONLY) && world.target().cluster().isPresent();
    }

    /** Skipped, never failed: the target simply cannot show what the scenario looks at. */
    @Before(value = SuiteTags.REFERENCE_ONLY, order = 1)
    public void requireEngineInternals() {
        Assumptions.assumeTrue(world.target().cluster().isPresent(), world.target().whyNoCluster());
    }

    /**
     * A fresh recorder per scenario: its tables, and so its partition groups, are new, and each
     * group's trace starts in the model's initial state (leader A, epoch 1, all up, empty logs).
     */
    @Before(value = SuiteTags.FAULTS, order = 2)
    public void startModelTrace(Scenario scenario) {
        world.target().cluster().ifPresent(cluster -> world.session().traces()
                .ifPresent(t -> t.start(cluster, scenario.getUri(), scenario.getName())));
    }

    /**
     * Runs after {@link #deleteTables} (order 10000 by default; after hooks run from the highest
     * order down), so that the trace includes the heal.
     */
    @After(value = SuiteTags.FAULTS, order = 1000)
    public void writeModelTrace() {
        world.target().cluster().ifPresent(cluster -> world.session().traces().ifPresent(t -> t.finish(cluster)));
    }

    @After
    public void deleteTables(Scenario scenario) {
        List<Exchange> transcript = world.transcript().finish(world::toLogical);
        world.session().finished(scenario.getId(), transcript);
        if (!transcript.isEmpty()) {
            scenario.attach(transcript.stream()
                    .map(e -> e.operation() + "\n> " + e.request() + "\n< " + e.status() + " " + e.response())
                    .collect(Collectors.joining("\n\n")), "text/plain", "requests and responses");
        }
        // Faults are engine-wide: undo them so that the next scenario starts healthy. Only a
        // scenario that runs alone can have caused one.
        if (world.runsAlone()) {
            world.target().cluster().ifPresent(Cluster::heal);
        }
        for (String table : world.createdTables()) {
            try {
                world.db().deleteTable(r -> r.tableName(table));
            } catch (ResourceNotFoundException alreadyGone) {
                // The scenario deleted it itself.
            } catch (DynamoDbException refused) {
                if (!"ValidationException".equals(refused.awsErrorDetails().errorCode())) {
                    throw refused;
                }
                // The scenario left deletion protection on (WorkingWithTables.Basics.html): off, then delete.
                world.db().updateTable(r -> r.tableName(table).deletionProtectionEnabled(false));
                world.db().deleteTable(r -> r.tableName(table));
            }
        }
    }

    /** Runs last (after hooks run from the highest order down): lets the next scenarios in. */
    @After(order = 0)
    public void leave() {
        world.session().recorder().unbind();
        world.leaveGate();
    }
}
