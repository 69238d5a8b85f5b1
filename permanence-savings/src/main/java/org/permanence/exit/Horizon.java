package org.permanence.exit;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.permanence.time.FinancialYear;
import org.threeten.extra.LocalDateRange;

/**
 * How far past an exit its saving is counted: the days the child would otherwise have spent in
 * the placement left, from the exit date (the first day out of care).
 *
 * <ul>
 *   <li>{@code in-year}: to the first 1 April after the exit date (an exit on 1 April runs a whole
 *       year);
 *   <li>{@code full-year}: 52 weeks, 364 days;
 *   <li>{@code weeks:N}: {@code 7 * N} days;
 *   <li>{@code to-18}: to the 18th birthday;
 *   <li>{@code until:yyyy-mm-dd}: to that date, not included.
 * </ul>
 *
 * <p>Every horizon stops at the 18th birthday. One that ends on or before the exit date (an
 * {@code until} date not after it, {@code weeks:0}, an exit on or after the 18th birthday) is
 * empty: nothing is counted. This class is immutable and thread-safe; horizons are equal when
 * they are written the same.
 */
public final class Horizon {

  private static final Horizon IN_YEAR = new Horizon(Kind.IN_YEAR, 0, null);
  private static final Horizon FULL_YEAR = new Horizon(Kind.FULL_YEAR, 0, null);
  private static final Horizon TO_18 = new Horizon(Kind.TO_18, 0, null);
  private static final Pattern WEEKS = Pattern.compile("weeks:(\\d{1,6})");
  private static final Pattern UNTIL = Pattern.compile("until:(.+)");

  /** The forms a horizon is written in, for messages. */
  public static final String FORMS = "in-year, full-year, weeks:N, to-18 or until:yyyy-mm-dd";

  private enum Kind { IN_YEAR, FULL_YEAR, WEEKS, TO_18, UNTIL }

  private final Kind kind;
  private final int weeks;
  private final LocalDate until;

  private Horizon(Kind kind, int weeks, LocalDate until) {
    this.kind = kind;
    this.weeks = weeks;
    this.until = until;
  }

  /**
   * Returns the horizon to the end of the exit's financial year.
   *
   * @return {@code in-year}
   */
  public static Horizon inYear() {
    return IN_YEAR;
  }

  /**
   * Returns the horizon of 52 weeks.
   *
   * @return {@code full-year}
   */
  public static Horizon fullYear() {
    return FULL_YEAR;
  }

  /**
   * Returns the horizon of a number of weeks.
   *
   * @param weeks the weeks, zero or more
   * @return {@code weeks:N}
   * @throws IllegalArgumentException if the weeks are negative
   */
  public static Horizon weeks(int weeks) {
    if (weeks < 0) {
      throw new IllegalArgumentException("a horizon's weeks cannot be negative, but were " + weeks);
    }
    return new Horizon(Kind.WEEKS, weeks, null);
  }

  /**
   * Returns the horizon to the 18th birthday.
   *
   * @return {@code to-18}
   */
  public static Horizon toEighteen() {
    return TO_18;
  }

  /**
   * Returns the horizon to a date.
   *
   * @param endExclusive the first day not counted
   * @return {@code until:yyyy-mm-dd}
   */
  public static Horizon until(LocalDate endExclusive) {
    return new Horizon(Kind.UNTIL, 0, requireNonNull(endExclusive, "endExclusive"));
  }

  /**
   * Reads a horizon as written on the command line: {@value #FORMS}.
   *
   * @param text the horizon
   * @return the horizon
   * @throws IllegalArgumentException if the text is none of those forms
   */
  public static Horizon parse(String text) {
    requireNonNull(text, "text");
    switch (text) {
      case "in-year":
        return IN_YEAR;
      case "full-year":
        return FULL_YEAR;
      case "to-18":
        return TO_18;
      default:
        break;
    }
    Matcher weeks = WEEKS.matcher(text);
    if (weeks.matches()) {
      return weeks(Integer.parseInt(weeks.group(1)));
    }
    Matcher until = UNTIL.matcher(text);
    if (until.matches()) {
      try {
        return until(LocalDate.parse(until.group(1)));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("'" + text + "' has no date after until:; expected "
            + "until:yyyy-mm-dd, such as until:2026-03-31");
      }
    }
    throw new IllegalArgumentException("'" + text + "' is not a horizon; expected " + FORMS);
  }

  /**
   * Returns the days a horizon counts after an exit: from the exit date to the horizon's end, or
   * the 18th birthday if sooner; empty (starting and ending on the exit date) when the end is
   * not after the exit date.
   *
   * @param exitDate the exit date, the first day out of care
   * @param eighteenthBirthday the child's 18th birthday
   * @return the half-open range of days {@code [exitDate, end)}
   */
  public LocalDateRange days(LocalDate exitDate, LocalDate eighteenthBirthday) {
    requireNonNull(exitDate, "exitDate");
    requireNonNull(eighteenthBirthday, "eighteenthBirthday");
    LocalDate end = eighteenthBirthday;
    switch (kind) {
      case IN_YEAR:
        end = earlier(end, FinancialYear.from(exitDate).next().start());
        break;
      case FULL_YEAR:
        end = earlier(end, exitDate.plusDays(364));
        break;
      case WEEKS:
        // past the 18th birthday nothing counts, so a horizon of any length stops there
        long days = ChronoUnit.DAYS.between(exitDate, eighteenthBirthday);
        end = 7L * weeks < days ? exitDate.plusDays(7L * weeks) : eighteenthBirthday;
        break;
      case UNTIL:
        end = earlier(end, until);
        break;
      default:
        break;
    }
    return LocalDateRange.of(exitDate, end.isAfter(exitDate) ? end : exitDate);
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Horizon && ((Horizon) obj).kind == kind && ((Horizon) obj).weeks == weeks
        && Objects.equals(((Horizon) obj).until, until);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, weeks, until);
  }

  /**
   * Returns the horizon as written on the command line, such as {@code weeks:26}.
   *
   * @return the text form, which {@link #parse} reads back
   */
  @Override
  public String toString() {
    switch (kind) {
      case IN_YEAR:
        return "in-year";
      case FULL_YEAR:
        return "full-year";
      case WEEKS:
        return "weeks:" + weeks;
      case TO_18:
        return "to-18";
      default:
        return "until:" + until;
    }
  }
}
