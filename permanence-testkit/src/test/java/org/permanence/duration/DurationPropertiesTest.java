package org.permanence.duration;

import static java.time.temporal.ChronoUnit.DAYS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;
import org.permanence.care.CareHistory;
import org.permanence.care.PeriodOfCare;
import org.permanence.care.ShortBreaks;
import org.permanence.testkit.PermanenceArbitraries;
import org.permanence.time.Age;
import org.threeten.extra.LocalDateRange;

@StatisticsReport(StatisticsReportMode.OFF)
class DurationPropertiesTest {

  private static final DurationCalculator CALCULATOR = DurationCalculator.DEFAULT;
  private static final DurationCalculator WITH_SHORT_BREAKS =
      DurationCalculator.of(ShortBreaks.INCLUDE);

  /** A history, a window and an as-at date that matter to it, and a whole number to pick with. */
  record Case(CareHistory history, LocalDateRange window, LocalDate asAt, int pick) {}

  @Provide
  Arbitrary<Case> cases() {
    return PermanenceArbitraries.careHistories()
        .flatMap(
            history ->
                Combinators.combine(
                        PermanenceArbitraries.dateWindowsAround(history),
                        PermanenceArbitraries.asAtDates(history),
                        Arbitraries.integers().between(0, 100_000),
                        Arbitraries.of(false, true))
                    .as(
                        (window, asAt, pick, afterWindow) -> {
                          // half the time the as-at date is on or after the window's last day,
                          // so that the window is seen whole
                          LocalDate seen =
                              afterWindow ? window.getEnd().plusDays(pick % 400 - 1) : asAt;
                          return new Case(history, window, seen, pick);
                        }));
  }

  @Property(tries = 400)
  void splittingAWindowInTwoAddsUp(@ForAll("cases") Case c) {
    LocalDate split = c.window().getStart().plusDays(Math.floorMod(c.pick(), c.window().lengthInDays() + 1));
    LocalDateRange before = LocalDateRange.of(c.window().getStart(), split);
    LocalDateRange after = LocalDateRange.of(split, c.window().getEnd());

    long whole = CALCULATOR.daysInCare(c.history(), c.window(), c.asAt());
    assertThat(CALCULATOR.daysInCare(c.history(), before, c.asAt())
            + CALCULATOR.daysInCare(c.history(), after, c.asAt()))
        .isEqualTo(whole);
    Statistics.label("days in the window").collect(whole == 0 ? "none" : "some");
    Statistics.label("days in the window")
        .coverage(coverage -> coverage.check("some").percentage(p -> p >= 10));
  }

  @Property(tries = 400)
  void periodsAddUpToTheChildsDaysInCare(@ForAll("cases") Case c) {
    long total = CALCULATOR.daysInCare(c.history(), c.window(), c.asAt());

    long overAllPeriods = 0;
    for (PeriodOfCare period : c.history().periodsOfCare(c.asAt())) {
      overAllPeriods += CALCULATOR.duration(period, c.window()).daysInWindow();
    }
    assertThat(overAllPeriods).isEqualTo(total);

    long overListedPeriods = 0;
    for (PeriodDuration duration : CALCULATOR.durations(c.history(), c.window(), c.asAt())) {
      assertThat(duration.window()).isEqualTo(c.window());
      overListedPeriods += duration.daysInWindow();
    }
    assertThat(overListedPeriods).isEqualTo(total);
  }

  @Property(tries = 400)
  void daysInAWindowAreNeverNegativeNorMoreThanItsLength(@ForAll("cases") Case c) {
    assertThat(CALCULATOR.daysInCare(c.history(), c.window(), c.asAt()))
        .isBetween(0L, (long) c.window().lengthInDays());
    assertThat(WITH_SHORT_BREAKS.daysInCare(c.history(), c.window(), c.asAt()))
        .isBetween(0L, (long) c.window().lengthInDays());
    for (PeriodDuration duration : CALCULATOR.durations(c.history(), c.window(), c.asAt())) {
      assertThat(duration.daysInWindow()).isBetween(0L, (long) c.window().lengthInDays());
    }
  }

  @Property(tries = 400)
  void aPeriodCountsNoDayFromTheEighteenthBirthday(@ForAll("cases") Case c) {
    LocalDate adulthood = Age.eighteenthBirthday(c.history().child().dateOfBirth());
    for (PeriodOfCare period : c.history().periodsOfCare(c.asAt())) {
      long days = CALCULATOR.daysInCare(period);
      assertThat(days).isNotNegative();
      if (days > 0) {
        assertThat(days).isLessThanOrEqualTo(DAYS.between(period.start(), adulthood));
      }
      LocalDate naturalEnd = period.endExclusive().orElse(c.asAt().plusDays(1));
      assertThat(days).isLessThanOrEqualTo(DAYS.between(period.start(), naturalEnd));
    }
  }

  @Property(tries = 400)
  void daysInCareMatchADayByDayCount(@ForAll("cases") Case c) {
    assertThat(CALCULATOR.daysInCare(c.history(), c.window(), c.asAt()))
        .isEqualTo(NaiveCare.daysInCare(c.history(), c.window(), c.asAt(), false));
    assertThat(WITH_SHORT_BREAKS.daysInCare(c.history(), c.window(), c.asAt()))
        .isEqualTo(NaiveCare.daysInCare(c.history(), c.window(), c.asAt(), true));
  }

  @Property(tries = 400)
  void periodDaysMatchADayByDayCount(@ForAll("cases") Case c) {
    List<PeriodOfCare> periods = c.history().periodsOfCare(c.asAt());
    List<NaiveCare.Period> expected = NaiveCare.periods(c.history(), c.asAt());
    assertThat(periods).hasSameSizeAs(expected);
    for (int i = 0; i < periods.size(); i++) {
      PeriodOfCare period = periods.get(i);
      assertThat(period.start()).isEqualTo(expected.get(i).start());
      assertThat(period.endExclusive()).isEqualTo(expected.get(i).endExclusive());
      assertThat(CALCULATOR.duration(period, c.window()).days()).isEqualTo(expected.get(i).days());
    }
  }

  @Property(tries = 400)
  void aLaterExtractGivesTheSameFigures(@ForAll("cases") Case c) {
    LocalDate asAt = c.asAt();
    // any window that ends with the as-at date: [x, asAt + 1)
    LocalDate x = c.window().getStart().isAfter(asAt) ? asAt.plusDays(1) : c.window().getStart();
    LocalDateRange toAsAt = LocalDateRange.of(x, asAt.plusDays(1));
    LocalDate later = asAt.plusDays(Math.floorMod(c.pick(), 800));

    long fromFullHistory = CALCULATOR.daysInCare(c.history(), toAsAt, asAt);
    assertThat(CALCULATOR.daysInCare(c.history().asAt(asAt), toAsAt, asAt))
        .isEqualTo(fromFullHistory);
    assertThat(CALCULATOR.daysInCare(c.history().asAt(later), toAsAt, asAt))
        .isEqualTo(fromFullHistory);
    assertThat(fromFullHistory).isEqualTo(NaiveCare.daysInCare(c.history(), toAsAt, asAt, false));
    assertThat(c.history().asAt(later).periodsOfCare(asAt))
        .isEqualTo(c.history().periodsOfCare(asAt));
  }
}
