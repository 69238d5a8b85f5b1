package org.permanence.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Epoch-day arithmetic against {@link LocalDate}, which it stands in for in inner loops. */
class EpochDaysTest {

  @Property(tries = 5000)
  void aDayHasTheYearAndFinancialYearLocalDateGives(@ForAll @LongRange(min = -4_371_587, max = 2_932_896) long day) {
    LocalDate date = LocalDate.ofEpochDay(day);

    assertThat(EpochDays.yearOf(day)).isEqualTo(date.getYear());
    assertThat(EpochDays.financialYearOf(day))
        .isEqualTo(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    assertThat(EpochDays.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth())).isEqualTo(day);
  }

  @Property(tries = 2000)
  void firstOfAprilAndLeapYearsAreLocalDates(@ForAll @IntRange(min = -9999, max = 9999) int year) {
    assertThat(EpochDays.firstOfApril(year)).isEqualTo(LocalDate.of(year, 4, 1).toEpochDay());
    assertThat(EpochDays.isLeap(year)).isEqualTo(Year.isLeap(year));
  }

  @Test
  void theEdgesOfAFinancialYear() {
    assertThat(EpochDays.financialYearOf(LocalDate.of(2026, 3, 31).toEpochDay())).isEqualTo(2025);
    assertThat(EpochDays.financialYearOf(LocalDate.of(2026, 4, 1).toEpochDay())).isEqualTo(2026);
    assertThat(EpochDays.financialYearOf(LocalDate.of(2024, 2, 29).toEpochDay())).isEqualTo(2023);
    assertThat(EpochDays.yearOf(LocalDate.of(2024, 2, 29).toEpochDay())).isEqualTo(2024);
    assertThat(EpochDays.yearOf(LocalDate.of(2023, 12, 31).toEpochDay())).isEqualTo(2023);
    assertThat(EpochDays.yearOf(0)).isEqualTo(1970);
    assertThat(EpochDays.yearOf(-1)).isEqualTo(1969);
    assertThat(EpochDays.of(1, 1, 1)).isEqualTo(LocalDate.of(1, 1, 1).toEpochDay());
  }
}
