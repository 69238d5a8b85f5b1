package org.permanence.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.permanence.exit.Route;
import org.permanence.time.FinancialYear;

/**
 * Statuses worked by hand. 2025-26 has 365 days; 1 April to 31 December 2025 is 275 of them, and
 * to 30 September 183. 2023-24 has 366 (29 February 2024).
 */
class TargetProgressTest {

  private static final FinancialYear Y2025 = FinancialYear.of(2025);

  private static TargetProgress progress(Measure measure, FinancialYear year, String target,
      String actual, String asAt) {
    return TargetProgress.of(Target.of(measure, year, new BigDecimal(target)), new BigDecimal(actual),
        LocalDate.parse(asAt));
  }

  @ParameterizedTest(name = "{0} exits of 73 at {1}: {2}")
  @CsvSource({
    // 73 * 275 / 365 = 55 exactly: reaching it is on track, a whole exit short is behind
    "55, 2025-12-31, on track",
    "54, 2025-12-31, behind",
    "73, 2025-12-31, met",
    "80, 2025-12-31, met",
    // on 1 April the share is 73 / 365 = 0.2: no exit yet is behind, one is on track
    "0,  2025-04-01, behind",
    "1,  2025-04-01, on track",
    // on 31 March the share is the whole target
    "72, 2026-03-31, behind",
    "73, 2026-03-31, met",
  })
  void exitsAreJudgedAgainstTheirShareOfTheYearSoFar(String actual, String asAt, String status) {
    TargetProgress progress = progress(Measure.EXITS, Y2025, "73", actual, asAt);

    assertThat(progress.status()).map(TargetStatus::label).contains(status);
  }

  @Test
  void fifteenExitsByAprilAtTheEndOfDecember() {
    // 15 * 275 / 365 = 11.3013...: 11 is behind, 12 on track
    assertThat(progress(Measure.EXITS, Y2025, "15", "11", "2025-12-31").status()).contains(TargetStatus.BEHIND);
    TargetProgress twelve = progress(Measure.exits(Route.SGO), Y2025, "15", "12", "2025-12-31");
    assertThat(twelve.status()).contains(TargetStatus.ON_TRACK);
    assertThat(twelve.daysElapsed()).isEqualTo(275);
    assertThat(twelve.proRataTarget()).isEqualByComparingTo("11.30");
  }

  @Test
  void aSavingIsComparedWithItsShareExactlyNotAsRounded() {
    // 180,000 * 183 / 365 = 90,246.5753...: shown as 90,246.58
    TargetProgress above = progress(Measure.NET_SAVING, Y2025, "180000", "90246.58", "2025-09-30");
    TargetProgress below = progress(Measure.NET_SAVING, Y2025, "180000", "90246.57", "2025-09-30");

    assertThat(above.proRataTarget()).isEqualByComparingTo("90246.58");
    assertThat(above.status()).contains(TargetStatus.ON_TRACK);
    assertThat(below.status()).contains(TargetStatus.BEHIND);
  }

  @Test
  void meanDaysAreMetAtOrBelowTheTargetAndOtherwiseBehindWhateverTheDate() {
    assertThat(progress(Measure.MEAN_DAYS, Y2025, "400", "400", "2025-04-01").status()).contains(TargetStatus.MET);
    assertThat(progress(Measure.MEAN_DAYS, Y2025, "400", "399.5", "2025-12-31").status()).contains(TargetStatus.MET);
    assertThat(progress(Measure.MEAN_DAYS, Y2025, "400", "400.01", "2025-04-01").status()).contains(TargetStatus.BEHIND);
  }

  @Test
  void aYearGoneIsMetOrMissedAndAYearNotBegunHasNoStatus() {
    FinancialYear y2023 = FinancialYear.of(2023);
    TargetProgress gone = progress(Measure.EXITS, y2023, "15", "14", "2025-12-31");

    assertThat(gone.status()).contains(TargetStatus.MISSED);
    assertThat(gone.daysElapsed()).isEqualTo(366);
    assertThat(gone.proRataTarget()).isEqualByComparingTo("15.00");
    assertThat(progress(Measure.EXITS, y2023, "15", "15", "2025-12-31").status()).contains(TargetStatus.MET);
    assertThat(progress(Measure.MEAN_DAYS, y2023, "400", "401", "2025-12-31").status()).contains(TargetStatus.MISSED);
    TargetProgress ahead = progress(Measure.EXITS, FinancialYear.of(2026), "15", "0", "2025-12-31");
    assertThat(ahead.status()).isEqualTo(Optional.empty());
    assertThat(ahead.daysElapsed()).isZero();
  }

  @Test
  void aTargetCannotBeNegative() {
    assertThatThrownBy(
        () -> Target.of(Measure.EXITS, Y2025, new BigDecimal("-1")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
