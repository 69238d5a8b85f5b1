package org.permanence.time;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Preconditions;
import java.time.LocalDate;
import java.time.Month;

/**
 * Ages and birthdays under the UK convention for 29 February.
 *
 * <p>A child born on 29 February has a birthday on 1 March in common years, so a child born on
 * 29 February 2008 turns 1 on 1 March 2009 and 18 on 1 March 2026. ({@link LocalDate#plusYears}
 * would give 28 February, a day early.)
 */
public final class Age {

  /** The age at which a child in England stops being looked after. */
  public static final int ADULTHOOD = 18;

  private Age() {}

  /**
   * Returns the date of a birthday: the day the child attains the given age.
   *
   * @param dateOfBirth the date of birth
   * @param years the age attained, zero or more
   * @return the birthday; 1 March for a 29 February birth in a common year
   */
  public static LocalDate birthday(LocalDate dateOfBirth, int years) {
    requireNonNull(dateOfBirth, "dateOfBirth");
    Preconditions.checkArgument(years >= 0, "years must not be negative, but was %s", years);
    if (dateOfBirth.getMonth() == Month.FEBRUARY && dateOfBirth.getDayOfMonth() == 29) {
      int year = dateOfBirth.getYear() + years;
      return LocalDate.of(year, Month.MARCH, 1).minusDays(java.time.Year.isLeap(year) ? 1 : 0);
    }
    return dateOfBirth.plusYears(years);
  }

  /**
   * Returns the 18th birthday, the day a child in England stops being looked after. Care, costs
   * and support count up to the day before it: {@code [.., eighteenthBirthday)}.
   *
   * @param dateOfBirth the date of birth
   * @return the 18th birthday
   */
  public static LocalDate eighteenthBirthday(LocalDate dateOfBirth) {
    return birthday(dateOfBirth, ADULTHOOD);
  }

  /**
   * Returns the age in completed years on a date: 0 before the first birthday.
   *
   * @param dateOfBirth the date of birth
   * @param onDate the date on which the age is wanted, not before the date of birth
   * @return the completed years
   * @throws IllegalArgumentException if the date is before the date of birth
   */
  public static int completedYears(LocalDate dateOfBirth, LocalDate onDate) {
    requireNonNull(dateOfBirth, "dateOfBirth");
    requireNonNull(onDate, "onDate");
    Preconditions.checkArgument(
        !onDate.isBefore(dateOfBirth), "onDate must not be before the date of birth");
    int years = onDate.getYear() - dateOfBirth.getYear();
    if (birthday(dateOfBirth, years).isAfter(onDate)) {
      years--;
    }
    return years;
  }
}
