package org.permanence.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.time.Year;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeTest {

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  @ParameterizedTest(name = "born {0}, on {1}: {2}")
  @CsvSource({
    // born on 29 February: the birthday is 1 March in common years
    "2008-02-29, 2008-02-29, 0",
    "2008-02-29, 2009-02-28, 0",
    "2008-02-29, 2009-03-01, 1",
    "2008-02-29, 2011-02-28, 2",
    "2008-02-29, 2011-03-01, 3",
    "2008-02-29, 2012-02-28, 3",
    "2008-02-29, 2012-02-29, 4",
    "2008-02-29, 2012-03-01, 4",
    "2008-02-29, 2026-02-28, 17",
    "2008-02-29, 2026-03-01, 18",
    "2004-02-29, 2022-02-28, 17",
    "2004-02-29, 2022-03-01, 18",
    "2000-02-29, 2018-02-28, 17",
    "2000-02-29, 2018-03-01, 18",
    // 2100 is not a leap year, 2000 is
    "2096-02-29, 2100-02-28, 3",
    "2096-02-29, 2100-03-01, 4",
    "1996-02-29, 2000-02-28, 3",
    "1996-02-29, 2000-02-29, 4",
    // ordinary births
    "2010-06-15, 2010-06-15, 0",
    "2010-06-15, 2011-06-14, 0",
    "2010-06-15, 2011-06-15, 1",
    "2010-06-15, 2028-06-14, 17",
    "2010-06-15, 2028-06-15, 18",
    "2001-12-31, 2019-12-30, 17",
    "2001-12-31, 2019-12-31, 18",
    "2002-01-01, 2019-12-31, 17",
    "2002-01-01, 2020-01-01, 18",
    "2002-02-28, 2020-02-28, 18",
    "2002-03-01, 2020-02-29, 17",
    "2002-03-01, 2020-03-01, 18",
  })
  void completedYears(String dateOfBirth, String onDate, int expected) {
    assertThat(Age.completedYears(date(dateOfBirth), date(onDate))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "born {0}: 18 on {1}")
  @CsvSource({
    "2008-02-29, 2026-03-01",
    "2004-02-29, 2022-03-01",
    "2000-02-29, 2018-03-01",
    "1996-02-29, 2014-03-01",
  })
  void eighteenthBirthdayOfALeapDayBirthIsFirstMarchInACommonYear(
      String dateOfBirth, String expected) {
    assertThat(Age.eighteenthBirthday(date(dateOfBirth))).isEqualTo(date(expected));
  }

  @Test
  void eighteenthBirthdayIsNotThePlusYearsDate() {
    LocalDate born = date("2008-02-29");

    assertThat(born.plusYears(18)).isEqualTo(date("2026-02-28"));
    assertThat(Age.eighteenthBirthday(born)).isEqualTo(date("2026-03-01"));
  }

  @ParameterizedTest(name = "born {0}: 18 on {1}")
  @CsvSource({
    "2010-06-15, 2028-06-15",
    "2002-02-28, 2020-02-28",
    "2002-03-01, 2020-03-01",
    "2008-03-01, 2026-03-01",
    "2001-12-31, 2019-12-31",
    "2002-01-01, 2020-01-01",
  })
  void eighteenthBirthdayOfAnOrdinaryBirthIsTheSameDayEighteenYearsOn(
      String dateOfBirth, String expected) {
    assertThat(Age.eighteenthBirthday(date(dateOfBirth))).isEqualTo(date(expected));
  }

  @ParameterizedTest(name = "born {0}: birthday {1} is {2}")
  @CsvSource({
    "2008-02-29, 0, 2008-02-29",
    "2008-02-29, 1, 2009-03-01",
    "2008-02-29, 4, 2012-02-29",
    "2096-02-29, 4, 2100-03-01",
    "2010-06-15, 0, 2010-06-15",
    "2010-06-15, 7, 2017-06-15",
  })
  void birthday(String dateOfBirth, int years, String expected) {
    assertThat(Age.birthday(date(dateOfBirth), years)).isEqualTo(date(expected));
  }

  @Test
  void birthdayRejectsNegativeYears() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Age.birthday(date("2010-06-15"), -1))
        .withMessageContaining("years")
        .withMessageContaining("-1");
  }

  @Test
  void completedYearsBeforeTheDateOfBirthThrowsWithoutNamingTheDateOfBirth() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Age.completedYears(date("2010-06-15"), date("2010-06-14")))
        .withMessageContaining("before the date of birth")
        .withMessageNotContaining("2010-06-15")
        .withMessageNotContaining("2010");
  }

  @Test
  void nullArgumentsAreRejected() {
    assertThatNullPointerException().isThrownBy(() -> Age.completedYears(null, date("2020-01-01")));
    assertThatNullPointerException().isThrownBy(() -> Age.completedYears(date("2010-06-15"), null));
    assertThatNullPointerException().isThrownBy(() -> Age.birthday(null, 1));
    assertThatNullPointerException().isThrownBy(() -> Age.eighteenthBirthday(null));
  }

  // properties

  /** Dates of birth from 1900 to 2100, with many 29 February births. */
  @Provide
  Arbitrary<LocalDate> datesOfBirth() {
    return Arbitraries.oneOf(
        Arbitraries.longs()
            .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay),
        Arbitraries.integers()
            .between(1900, 2100)
            .filter(Year::isLeap)
            .map(y -> LocalDate.of(y, 2, 29)));
  }

  /**
   * Completed years worked independently: whole years between the calendar years, less one if the
   * birthday (1 March for a 29 February birth in a common year) has not come yet.
   */
  private static int expectedAge(LocalDate dateOfBirth, LocalDate onDate) {
    int month = dateOfBirth.getMonthValue();
    int day = dateOfBirth.getDayOfMonth();
    if (month == 2 && day == 29 && !Year.isLeap(onDate.getYear())) {
      month = 3;
      day = 1;
    }
    int years = onDate.getYear() - dateOfBirth.getYear();
    boolean birthdayToCome =
        onDate.getMonthValue() < month
            || (onDate.getMonthValue() == month && onDate.getDayOfMonth() < day);
    return birthdayToCome ? years - 1 : years;
  }

  @Property
  void completedYearsAgreesWithAnIndependentCount(
      @ForAll("datesOfBirth") LocalDate dateOfBirth,
      @ForAll @IntRange(min = 0, max = 40_000) int daysOld) {
    LocalDate onDate = dateOfBirth.plusDays(daysOld);

    assertThat(Age.completedYears(dateOfBirth, onDate))
        .isEqualTo(expectedAge(dateOfBirth, onDate));
  }

  @Property
  void completedYearsNeverFallsAsTheDateAdvances(
      @ForAll("datesOfBirth") LocalDate dateOfBirth,
      @ForAll @IntRange(min = 0, max = 10_000) int daysOld,
      @ForAll @IntRange(min = 0, max = 800) int later) {
    LocalDate first = dateOfBirth.plusDays(daysOld);
    LocalDate second = first.plusDays(later);

    int before = Age.completedYears(dateOfBirth, first);
    int after = Age.completedYears(dateOfBirth, second);

    assertThat(after).isGreaterThanOrEqualTo(before);
    assertThat(Age.completedYears(dateOfBirth, first.plusDays(1)) - before).isBetween(0, 1);
  }

  @Property
  void completedYearsIsEighteenFromTheEighteenthBirthdayAndNotBefore(
      @ForAll("datesOfBirth") LocalDate dateOfBirth,
      @ForAll @IntRange(min = -800, max = 800) int offset) {
    LocalDate eighteenth = Age.eighteenthBirthday(dateOfBirth);
    LocalDate nineteenth = Age.birthday(dateOfBirth, 19);
    LocalDate onDate = eighteenth.plusDays(offset);

    int age = Age.completedYears(dateOfBirth, onDate);

    if (onDate.isBefore(eighteenth)) {
      assertThat(age).isLessThan(18);
    } else if (onDate.isBefore(nineteenth)) {
      assertThat(age).isEqualTo(18);
    } else {
      assertThat(age).isGreaterThan(18);
    }
    assertThat(Age.completedYears(dateOfBirth, eighteenth)).isEqualTo(18);
    assertThat(Age.completedYears(dateOfBirth, eighteenth.minusDays(1))).isEqualTo(17);
  }
}
