/**
 * jqwik generators for property-based tests of code that uses permanence: {@link
 * org.permanence.testkit.PermanenceArbitraries} gives arbitraries of the SSDA903 codes, {@link
 * org.permanence.child.ChildId}s and {@link org.permanence.child.Child}ren, dates, half-open
 * {@link org.threeten.extra.LocalDateRange} windows, {@link org.permanence.time.FinancialYear}s,
 * {@link org.permanence.care.Episode}s, valid {@link org.permanence.care.CareHistory}s and whole
 * {@link org.permanence.care.CareData} extracts, and {@link org.permanence.rate.RateRow}s and
 * {@link org.permanence.rate.RateCard}s that price every day.
 *
 * <p>Every generated history is valid and is built from shrinkable whole numbers, so a failing
 * property reports a small history.
 *
 * <p>{@link org.permanence.testkit.CsvMutants} fuzzes readers of CSV files: it gives {@link
 * org.permanence.testkit.CsvMutant}s of a valid file, made by a few {@link
 * org.permanence.testkit.CsvMutation}s (truncated lines, stray quotes, other encodings, impossible
 * dates, huge numbers, byte-order marks, columns missing or reordered, ...), each knowing its
 * physical lines, so that a property can check that a reader answers every file with a result or
 * with problems on lines of the file. {@link org.permanence.testkit.FuzzTries} runs such a
 * property deeper when the system property {@code fuzz.tries} asks.
 *
 * <p>Depend on this module in test scope.
 */
package org.permanence.testkit;
