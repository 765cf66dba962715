/**
 * Model-level traces of the replication layer: what a partition group did, step by step, in the
 * TLA+ spec's vocabulary, so that a run of the engine can be checked as a behaviour of the model
 * ({@code dynaspec trace-check}, spec/trace/README.md).
 */
package io.dynaspec.engine.trace;
