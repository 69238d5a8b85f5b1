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
 * property reports a small history. Depend on this module in test scope.
 */
package org.permanence.testkit;
