package org.permanence.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.threeten.extra.LocalDateRange;

class HorizonTest {

  /** The child of every row is 18 on 10 June 2030. */
  private static final LocalDate EIGHTEENTH = LocalDate.parse("2030-06-10");

  @ParameterizedTest(name = "{0} from {1}: {2} days, to {3}")
  @CsvSource(delimiter = '|', value = {
    // in-year: to the next 1 April; an exit on 1 April runs a whole year, one on 31 March a day
    "in-year            | 2025-08-15 | 229 | 2026-04-01",
    "in-year            | 2025-04-01 | 365 | 2026-04-01",
    "in-year            | 2026-03-31 | 1   | 2026-04-01",
    "in-year            | 2027-05-01 | 336 | 2028-04-01",
    // full-year: 364 days, whatever the leap years
    "full-year          | 2027-05-01 | 364 | 2028-04-29",
    // weeks:N: 7N days; weeks:0 is empty
    "weeks:6            | 2025-08-15 | 42  | 2025-09-26",
    "weeks:0            | 2025-08-15 | 0   | 2025-08-15",
    // to-18: to the birthday
    "to-18              | 2029-06-10 | 365 | 2030-06-10",
    // until: the date itself is not counted; on or before the exit, empty
    "until:2025-12-31   | 2025-08-15 | 138 | 2025-12-31",
    "until:2025-08-15   | 2025-08-15 | 0   | 2025-08-15",
    "until:2025-01-01   | 2025-08-15 | 0   | 2025-08-15",
    // every horizon stops at the 18th birthday
    "full-year          | 2030-01-01 | 160 | 2030-06-10",
    "weeks:999999       | 2030-01-01 | 160 | 2030-06-10",
    "until:2031-01-01   | 2030-01-01 | 160 | 2030-06-10",
    "in-year            | 2030-05-01 | 40  | 2030-06-10",
    // an exit on or after the 18th birthday counts nothing
    "to-18              | 2030-06-10 | 0   | 2030-06-10",
    "in-year            | 2030-07-01 | 0   | 2030-07-01",
  })
  void aHorizonCountsTheDaysFromTheExitToItsEndOrThe18thBirthday(
      String text, String exit, long days, String endExclusive) {
    LocalDateRange counted = Horizon.parse(text).days(LocalDate.parse(exit), EIGHTEENTH);

    assertThat(counted.getStart()).isEqualTo(LocalDate.parse(exit));
    assertThat(counted.getEnd()).isEqualTo(LocalDate.parse(endExclusive));
    assertThat(counted.lengthInDays()).isEqualTo(days);
  }

  @ParameterizedTest
  @ValueSource(strings = {"in-year", "full-year", "weeks:26", "to-18", "until:2026-03-31"})
  void aHorizonReadsBackFromItsText(String text) {
    assertThat(Horizon.parse(text)).hasToString(text).isEqualTo(Horizon.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "in year", "IN-YEAR", "weeks:", "weeks:-1", "weeks:x", "weeks:1234567",
      "until:", "until:2026-02-30", "until:31/03/2026", "to-17"})
  void anythingElseIsRefusedNamingTheForms(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> Horizon.parse(text))
        .withMessageContaining("'" + text + "'");
  }

  @Property(tries = 300)
  void aLongerHorizonNeverCountsFewerDays(
      @ForAll @IntRange(min = 0, max = 2000) int weeks,
      @ForAll @IntRange(min = 0, max = 10_000) int exitDay) {
    LocalDate exit = LocalDate.parse("2020-01-01").plusDays(exitDay);

    long shorter = Horizon.weeks(weeks).days(exit, EIGHTEENTH).lengthInDays();
    long longer = Horizon.weeks(weeks + 1).days(exit, EIGHTEENTH).lengthInDays();

    assertThat(longer).isGreaterThanOrEqualTo(shorter);
    assertThat(longer).isLessThanOrEqualTo(Math.max(0, EIGHTEENTH.toEpochDay() - exit.toEpochDay()));
  }

  @Test
  void horizonsAreEqualWhenWrittenTheSame() {
    List<Horizon> different = List.of(Horizon.inYear(), Horizon.fullYear(), Horizon.toEighteen(), Horizon.weeks(26),
        Horizon.weeks(27), Horizon.until(LocalDate.parse("2026-03-31")), Horizon.until(LocalDate.parse("2026-04-01")));

    for (Horizon horizon : different) {
      Horizon again = Horizon.parse(horizon.toString());
      assertThat(again).isEqualTo(horizon).hasSameHashCodeAs(horizon);
      assertThat(different).filteredOn(other -> other.equals(horizon)).containsExactly(horizon);
    }
    assertThat(Horizon.weeks(26)).isNotEqualTo("weeks:26");
    // a set of horizons spreads them: no two of these share a hash
    assertThat(different.stream().map(Horizon::hashCode).distinct()).hasSameSizeAs(different);
  }
}
