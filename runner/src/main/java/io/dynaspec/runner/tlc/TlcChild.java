package io.dynaspec.runner.tlc;

import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;

/**
 * The main class of the child JVM that runs TLC: it starts TLC with the given arguments and,
 * beside it, reports TLC's statistics every second on standard output.
 *
 * <p>TLC prints progress only once a minute, which says nothing during a run of seconds; its
 * statistics are readable at any time through the management bean it registers. Each report is
 * one line, {@value #PROGRESS_PREFIX} followed by elapsed milliseconds, states generated,
 * distinct states, states on the queue and the current search depth, separated by spaces.
 */
public final class TlcChild {

    /** Starts every progress line this class prints. */
    public static final String PROGRESS_PREFIX = "@!@!@DYNASPEC-PROGRESS ";

    private static final String MODEL_CHECKER_BEAN = "tlc2.tool:type=ModelChecker";

    private TlcChild() {
    }

    public static void main(String[] args) throws Exception {
        long interval = Long.getLong("dynaspec.progressMillis", 1000L);
        Thread reporter = new Thread(() -> report(interval), "dynaspec-progress");
        reporter.setDaemon(true);
        reporter.start();
        tlc2.TLC.main(args);
    }

    private static void report(long intervalMillis) {
        long start = System.nanoTime();
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName bean = new ObjectName(MODEL_CHECKER_BEAN);
            while (true) {
                Thread.sleep(intervalMillis);
                if (!server.isRegistered(bean)) {
                    continue;
                }
                long generated = (Long) server.getAttribute(bean, "StatesGenerated");
                long distinct = (Long) server.getAttribute(bean, "DistinctStatesGenerated");
                long queue = (Long) server.getAttribute(bean, "StateQueueSize");
                int depth = (Integer) server.getAttribute(bean, "Progress");
                long elapsed = (System.nanoTime() - start) / 1_000_000;
                System.out.println(PROGRESS_PREFIX + elapsed + " " + generated + " " + distinct
                        + " " + queue + " " + depth);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // Progress is a courtesy: if TLC's bean cannot be read, the run goes on without it.
            System.out.println(PROGRESS_PREFIX + "unavailable " + e);
        }
    }
}
