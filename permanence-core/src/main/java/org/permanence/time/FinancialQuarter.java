package org.permanence.time;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Preconditions;
import java.time.LocalDate;
import org.threeten.extra.LocalDateRange;

/**
 * A quarter of a UK financial year, written {@code 2019-20 Q3}.
 *
 * <p>Q1 is April-June, Q2 July-September, Q3 October-December and Q4 January-March (of the
 * following calendar year): {@code 2019-20 Q4} is {@code [2020-01-01, 2020-04-01)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FinancialQuarter implements Comparable<FinancialQuarter> {

  private final FinancialYear year;
  private final int number;

  private FinancialQuarter(FinancialYear year, int number) {
    this.year = year;
    this.number = number;
  }

  /**
   * Returns a quarter of a financial year.
   *
   * @param year the financial year
   * @param number 1 to 4
   * @return the quarter
   * @throws IllegalArgumentException if the number is not 1 to 4
   */
  public static FinancialQuarter of(FinancialYear year, int number) {
    requireNonNull(year, "year");
    Preconditions.checkArgument(
        number >= 1 && number <= 4, "quarter number must be 1 to 4, but was %s", number);
    return new FinancialQuarter(year, number);
  }

  /**
   * Returns the quarter that contains a date: 31 December 2019 is in 2019-20 Q3.
   *
   * @param date the date
   * @return the quarter containing it
   */
  public static FinancialQuarter from(LocalDate date) {
    requireNonNull(date, "date");
    int monthsIntoYear = (date.getMonthValue() + 8) % 12;
    return of(FinancialYear.from(date), monthsIntoYear / 3 + 1);
  }

  /**
   * Returns the financial year of this quarter.
   *
   * @return the year
   */
  public FinancialYear year() {
    return year;
  }

  /**
   * Returns the number of this quarter in its year.
   *
   * @return 1 to 4
   */
  public int number() {
    return number;
  }

  /**
   * Returns the first day of the quarter.
   *
   * @return the first day, inclusive
   */
  public LocalDate start() {
    return year.start().plusMonths(3L * (number - 1));
  }

  /**
   * Returns the day after the quarter.
   *
   * @return the end, exclusive
   */
  public LocalDate endExclusive() {
    return year.start().plusMonths(3L * number);
  }

  /**
   * Returns the quarter as a half-open range.
   *
   * @return the range {@code [start, endExclusive)}
   */
  public LocalDateRange range() {
    return LocalDateRange.of(start(), endExclusive());
  }

  @Override
  public int compareTo(FinancialQuarter other) {
    int byYear = year.compareTo(other.year);
    return byYear != 0 ? byYear : Integer.compare(number, other.number);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof FinancialQuarter)) {
      return false;
    }
    FinancialQuarter other = (FinancialQuarter) obj;
    return number == other.number && year.equals(other.year);
  }

  @Override
  public int hashCode() {
    return year.hashCode() * 4 + number;
  }

  /**
   * Returns the quarter in the form {@code 2019-20 Q3}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return year + " Q" + number;
  }
}
