/**
 * JMH benchmarks at national scale, outside the default build: {@link
 * org.permanence.benchmarks.DurationsBenchmark} reads a generated extract of 1M episodes and
 * computes periods of care and durations.
 */
package org.permanence.benchmarks;
