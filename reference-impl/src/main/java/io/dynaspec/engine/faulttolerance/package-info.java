/**
 * Seeded fault schedules: a cluster driven through writes, reads, zone failures and recoveries
 * and held, stepped and released deliveries, one step at a time, so that a seed names one run
 * exactly. The engine's reliability test checks what a schedule did; {@code dynaspec
 * trace-check} records its model-level traces. Above the cluster layer, beside {@code trace}:
 * it drives a cluster from outside and depends on cluster, value and error only.
 */
package io.dynaspec.engine.faulttolerance;
