package org.permanence.time;

/**
 * Calendar arithmetic on epoch days ({@link java.time.LocalDate#toEpochDay()}) without making a
 * {@code LocalDate}: for the inner loops of calculations over a national extract.
 *
 * <p>Every method gives what the same question asked of {@code LocalDate} gives, in the proleptic
 * Gregorian calendar.
 */
public final class EpochDays {

  private EpochDays() {}

  /**
   * Returns the epoch day of a date, which must be valid (no 30 February).
   *
   * @param year the year
   * @param month the month, 1 to 12
   * @param day the day of the month, valid for that month and year
   * @return the epoch day
   */
  public static long of(int year, int month, int day) {
    // days since 1 March of year 0, counting years from March so that 29 February comes last
    int y = month <= 2 ? year - 1 : year;
    int era = Math.floorDiv(y, 400);
    int yearOfEra = y - era * 400;
    int monthFromMarch = month > 2 ? month - 3 : month + 9;
    int dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1;
    int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097L + dayOfEra - 719468L;
  }

  /**
   * Returns the year of an epoch day.
   *
   * @param epochDay the day
   * @return its year
   */
  public static int yearOf(long epochDay) {
    long marchYear = marchYearOf(epochDay);
    // January and February belong to the calendar year after the March-based one
    return (int) (monthFromMarch(epochDay, marchYear) >= 10 ? marchYear + 1 : marchYear);
  }

  /**
   * Returns the year in which the financial year (1 April to 31 March) of an epoch day starts.
   *
   * @param epochDay the day
   * @return the financial year's start year: 2025 for 31 March 2026
   */
  public static int financialYearOf(long epochDay) {
    long marchYear = marchYearOf(epochDay);
    // April to February are months 1 to 11 of the March-based year; March is the last month of
    // the financial year before
    return (int) (monthFromMarch(epochDay, marchYear) == 0 ? marchYear - 1 : marchYear);
  }

  /**
   * Returns the epoch day of 1 April of a year, the first day of its financial year.
   *
   * @param year the year
   * @return the epoch day of 1 April
   */
  public static long firstOfApril(int year) {
    return of(year, 4, 1);
  }

  /**
   * Tells whether a year is a leap year.
   *
   * @param year the year
   * @return true if it has a 29 February
   */
  public static boolean isLeap(int year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  /** The year, counted from 1 March, that holds the day. */
  private static long marchYearOf(long epochDay) {
    long z = epochDay + 719468L;
    long era = Math.floorDiv(z, 146097L);
    long dayOfEra = z - era * 146097L;
    long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    return yearOfEra + era * 400;
  }

  /** The month of the day counted from March as 0, given its March-based year. */
  private static long monthFromMarch(long epochDay, long marchYear) {
    long era = Math.floorDiv(marchYear, 400L);
    long yearOfEra = marchYear - era * 400;
    long dayOfYear = epochDay + 719468L - era * 146097L
        - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    return (5 * dayOfYear + 2) / 153;
  }
}
