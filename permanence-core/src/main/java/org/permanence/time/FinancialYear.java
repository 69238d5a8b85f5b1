package org.permanence.time;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Preconditions;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threeten.extra.LocalDateRange;

/**
 * A UK financial year, from 1 April to 31 March, written {@code 2019-20}.
 *
 * <p>{@code FinancialYear.of(2019)} is the year {@code [2019-04-01, 2020-04-01)}: it contains
 * 1 April 2019 and 31 March 2020, and ends before 1 April 2020. Years order by their start. Its
 * quarters are Q1 April-June, Q2 July-September, Q3 October-December and Q4 January-March.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FinancialYear implements Comparable<FinancialYear> {

  private static final Pattern TEXT = Pattern.compile("(\\d{4})-(\\d{2})");

  private final int startYear;

  private FinancialYear(int startYear) {
    this.startYear = startYear;
  }

  /**
   * Returns the financial year that starts on 1 April of the given calendar year.
   *
   * @param startYear the calendar year in which the financial year starts, 1000 to 9998
   * @return the financial year, such as 2019-20 for 2019
   * @throws IllegalArgumentException if the year is outside 1000 to 9998
   */
  public static FinancialYear of(int startYear) {
    Preconditions.checkArgument(
        startYear >= 1000 && startYear <= 9998,
        "startYear must be between 1000 and 9998, but was %s",
        startYear);
    return new FinancialYear(startYear);
  }

  /**
   * Returns the financial year that contains a date: 31 March 2020 is in 2019-20, 1 April 2020 in
   * 2020-21.
   *
   * @param date the date
   * @return the financial year containing it
   */
  public static FinancialYear from(LocalDate date) {
    requireNonNull(date, "date");
    int year = date.getYear();
    return of(date.getMonthValue() >= Month.APRIL.getValue() ? year : year - 1);
  }

  /**
   * Parses the form {@code 2019-20}: the starting year, a hyphen, and the last two digits of the
   * following year.
   *
   * @param text the text, such as {@code "2019-20"} or {@code "1999-00"}
   * @return the financial year
   * @throws IllegalArgumentException if the text is not of that form, or the second year does not
   *     follow the first
   */
  public static FinancialYear parse(CharSequence text) {
    requireNonNull(text, "text");
    Matcher matcher = TEXT.matcher(text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "Financial year '" + text + "' is not of the form yyyy-yy, such as 2019-20");
    }
    int start = Integer.parseInt(matcher.group(1));
    int endSuffix = Integer.parseInt(matcher.group(2));
    if ((start + 1) % 100 != endSuffix) {
      throw new IllegalArgumentException(
          "Financial year '"
              + text
              + "' must end in the year after it starts, such as "
              + of(Math.max(1000, Math.min(9998, start))));
    }
    return of(start);
  }

  /**
   * Splits a date range into its pieces in each financial year it touches, in order.
   *
   * <p>{@code [2020-03-30, 2020-04-02)} splits into {@code 2019-20: [2020-03-30, 2020-04-01)} and
   * {@code 2020-21: [2020-04-01, 2020-04-02)}. An empty range gives no pieces.
   *
   * @param range the half-open range to split
   * @return the non-empty pieces, each within one financial year, adding up to the range
   */
  public static List<Piece> split(LocalDateRange range) {
    requireNonNull(range, "range");
    List<Piece> pieces = new ArrayList<>(2);
    if (range.isEmpty()) {
      return pieces;
    }
    LocalDate cursor = range.getStart();
    LocalDate endExclusive = range.getEnd();
    while (cursor.isBefore(endExclusive)) {
      FinancialYear year = from(cursor);
      LocalDate pieceEnd = year.endExclusive();
      if (pieceEnd.isAfter(endExclusive)) {
        pieceEnd = endExclusive;
      }
      pieces.add(new Piece(year, LocalDateRange.of(cursor, pieceEnd)));
      cursor = pieceEnd;
    }
    return pieces;
  }

  /**
   * Returns the calendar year in which this financial year starts.
   *
   * @return the starting year, 2019 for 2019-20
   */
  public int startYear() {
    return startYear;
  }

  /**
   * Returns the first day of the year, 1 April.
   *
   * @return the first day, inclusive
   */
  public LocalDate start() {
    return LocalDate.of(startYear, Month.APRIL, 1);
  }

  /**
   * Returns the day after the year, 1 April of the next calendar year.
   *
   * @return the end, exclusive
   */
  public LocalDate endExclusive() {
    return LocalDate.of(startYear + 1, Month.APRIL, 1);
  }

  /**
   * Returns the last day of the year, 31 March.
   *
   * @return the last day, inclusive
   */
  public LocalDate endInclusive() {
    return LocalDate.of(startYear + 1, Month.MARCH, 31);
  }

  /**
   * Returns the year as a half-open range {@code [1 April, next 1 April)}.
   *
   * @return the range of the year
   */
  public LocalDateRange range() {
    return LocalDateRange.of(start(), endExclusive());
  }

  /**
   * Returns the number of days in the year: 366 when it contains a 29 February, otherwise 365.
   *
   * @return 365 or 366
   */
  public int lengthInDays() {
    return LocalDate.of(startYear + 1, Month.JANUARY, 1).isLeapYear() ? 366 : 365;
  }

  /**
   * Tells whether the year contains a date.
   *
   * @param date the date
   * @return true if {@code start() <= date < endExclusive()}
   */
  public boolean contains(LocalDate date) {
    requireNonNull(date, "date");
    return !date.isBefore(start()) && date.isBefore(endExclusive());
  }

  /**
   * Returns the following financial year.
   *
   * @return the next year
   */
  public FinancialYear next() {
    return of(startYear + 1);
  }

  /**
   * Returns the preceding financial year.
   *
   * @return the previous year
   */
  public FinancialYear previous() {
    return of(startYear - 1);
  }

  /**
   * Returns one quarter of the year.
   *
   * @param number 1 (April-June) to 4 (January-March)
   * @return the quarter
   * @throws IllegalArgumentException if the number is not 1 to 4
   */
  public FinancialQuarter quarter(int number) {
    return FinancialQuarter.of(this, number);
  }

  /**
   * Returns the four quarters of the year, Q1 to Q4.
   *
   * @return the quarters in order
   */
  public List<FinancialQuarter> quarters() {
    return List.of(quarter(1), quarter(2), quarter(3), quarter(4));
  }

  @Override
  public int compareTo(FinancialYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof FinancialYear && ((FinancialYear) obj).startYear == startYear;
  }

  @Override
  public int hashCode() {
    return startYear;
  }

  /**
   * Returns the year in the form {@code 2019-20}, which {@link #parse} reads back.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    // ASCII digits whatever the default locale, since parse reads only those; no Formatter, as
    // an output of a million rows prints a year on each
    int next = (startYear + 1) % 100;
    return startYear + (next < 10 ? "-0" : "-") + next;
  }

  /**
   * One financial year's piece of a date range, from {@link FinancialYear#split}.
   *
   * @param year the financial year
   * @param range the part of the range in that year, half-open and never empty
   */
  public record Piece(FinancialYear year, LocalDateRange range) {

    /**
     * Checks the piece.
     *
     * @param year the financial year
     * @param range the part of the range in that year
     */
    public Piece {
      requireNonNull(year, "year");
      requireNonNull(range, "range");
    }
  }
}
