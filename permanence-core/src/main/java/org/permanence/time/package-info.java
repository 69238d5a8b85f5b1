/**
 * Time in the UK public sector: {@link org.permanence.time.FinancialYear} (April to March, written
 * {@code 2019-20}), {@link org.permanence.time.FinancialQuarter}, and {@link
 * org.permanence.time.Age} (completed years and birthdays, with 29 February birthdays on 1 March
 * in common years).
 *
 * <p>Date ranges are ThreeTen-Extra {@link org.threeten.extra.LocalDateRange}s, half-open: {@code
 * [start, end)}.
 */
package org.permanence.time;
