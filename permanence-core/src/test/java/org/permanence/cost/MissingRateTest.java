package org.permanence.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.permanence.child.ChildId;
import org.permanence.code.PlacementProvider;
import org.permanence.code.PlacementType;

/** A missing rate's message: its stretch of days, a birthday named by its ordinal, never its date. */
class MissingRateTest {

  private static MissingRate missing(int age, String first, String last, boolean startsOnBirthday,
      boolean endsBeforeBirthday) {
    return MissingRate.builder()
        .childId(ChildId.of("C1"))
        .episodeStart(LocalDate.of(2019, 5, 1))
        .placementType(PlacementType.U4)
        .placementProvider(Optional.of(PlacementProvider.PR1))
        .age(age)
        .firstDay(LocalDate.parse(first))
        .lastDay(LocalDate.parse(last))
        .startsOnBirthday(startsOnBirthday)
        .endsBeforeBirthday(endsBeforeBirthday)
        .build();
  }

  @ParameterizedTest(name = "age {0}: {5}")
  @CsvSource(delimiter = '|', value = {
    // one day, dated
    "5  | 2019-06-01 | 2019-06-01 | false | false | on 2019-06-01",
    "5  | 2019-06-01 | 2019-06-30 | false | false | from 2019-06-01 to 2019-06-30",
    // a one-day stretch that a birthday bounds is still not dated at the birthday
    "5  | 2019-06-01 | 2019-06-01 | true  | false | from the 5th birthday to 2019-06-01",
    "5  | 2019-06-01 | 2019-06-01 | false | true  | from 2019-06-01 to the day before the 6th birthday",
    // ordinals: 1st, 2nd, 3rd, then th, and 11th to 13th
    "0  | 2019-06-01 | 2019-06-30 | false | true  | from 2019-06-01 to the day before the 1st birthday",
    "1  | 2019-06-01 | 2019-06-30 | true  | true  | from the 1st birthday to the day before the 2nd birthday",
    "2  | 2019-06-01 | 2019-06-30 | true  | true  | from the 2nd birthday to the day before the 3rd birthday",
    "3  | 2019-06-01 | 2019-06-30 | true  | true  | from the 3rd birthday to the day before the 4th birthday",
    "10 | 2019-06-01 | 2019-06-30 | true  | true  | from the 10th birthday to the day before the 11th birthday",
    "11 | 2019-06-01 | 2019-06-30 | true  | true  | from the 11th birthday to the day before the 12th birthday",
    "12 | 2019-06-01 | 2019-06-30 | true  | true  | from the 12th birthday to the day before the 13th birthday",
    "13 | 2019-06-01 | 2019-06-30 | true  | true  | from the 13th birthday to the day before the 14th birthday",
    "17 | 2019-06-01 | 2019-06-30 | true  | true  | from the 17th birthday to the day before the 18th birthday",
  })
  void theStretchIsDatedOrNamedByItsBirthdays(int age, String first, String last, boolean startsOnBirthday,
      boolean endsBeforeBirthday, String days) {
    MissingRate missing = missing(age, first, last, startsOnBirthday, endsBeforeBirthday);

    assertThat(missing.message()).isEqualTo("child C1, episode starting 2019-05-01: no rate for placement U4"
        + " with provider PR1 at age " + age + " " + days
        + "; expected a rate card row that matches (a 0 row if the placement costs nothing)");
    assertThat(missing).hasToString(missing.message());
  }

  @Test
  void aStretchIsDatedAtBothEndsUnlessSaidToBeBoundedByABirthday() {
    MissingRate missing = MissingRate.builder()
        .childId(ChildId.of("C1"))
        .episodeStart(LocalDate.of(2019, 5, 1))
        .placementType(PlacementType.U4)
        .placementProvider(Optional.empty())
        .age(5)
        .firstDay(LocalDate.of(2019, 6, 1))
        .lastDay(LocalDate.of(2019, 6, 30))
        .build();

    assertThat(missing.startsOnBirthday()).isFalse();
    assertThat(missing.endsBeforeBirthday()).isFalse();
    assertThat(missing.message()).contains("with provider (none) at age 5 from 2019-06-01 to 2019-06-30;");
  }
}
