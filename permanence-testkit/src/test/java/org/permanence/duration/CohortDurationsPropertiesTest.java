package org.permanence.duration;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;
import org.permanence.care.CareData;
import org.permanence.care.CareHistory;
import org.permanence.testkit.PermanenceArbitraries;
import org.permanence.time.FinancialYear;
import org.threeten.extra.LocalDateRange;

@StatisticsReport(StatisticsReportMode.OFF)
class CohortDurationsPropertiesTest {

  /** A council's extract at an as-at date and a window around it. */
  record Case(CareData data, LocalDate asAt, LocalDateRange window) {}

  @Provide
  Arbitrary<Case> cases() {
    return PermanenceArbitraries.datesBetween(LocalDate.of(2005, 1, 1), LocalDate.of(2041, 1, 1))
        .flatMap(
            asAt ->
                PermanenceArbitraries.careData(asAt)
                    .flatMap(data -> windows(data, asAt).map(window -> new Case(data, asAt, window))));
  }

  /** Windows that often hold the end of some period: around one child's history, or recent years. */
  private static Arbitrary<LocalDateRange> windows(CareData data, LocalDate asAt) {
    Arbitrary<LocalDateRange> any =
        PermanenceArbitraries.dateWindows(LocalDateRange.of(asAt.minusYears(4), asAt.plusYears(1)));
    Arbitrary<LocalDateRange> recentYears =
        Arbitraries.integers().between(0, 3)
            .map(back -> FinancialYear.from(asAt).startYear() - back)
            .map(year -> FinancialYear.of(year).range());
    Arbitrary<LocalDateRange> lastFourYears =
        Arbitraries.just(LocalDateRange.of(asAt.minusYears(4), asAt.plusDays(1)));
    if (data.size() == 0) {
      return Arbitraries.oneOf(any, recentYears, lastFourYears);
    }
    Arbitrary<LocalDateRange> aroundOne =
        Arbitraries.of(data.histories()).flatMap(PermanenceArbitraries::dateWindowsAround);
    return Arbitraries.frequencyOf(
        List.of(
            Tuple.of(1, any),
            Tuple.of(2, recentYears),
            Tuple.of(2, lastFourYears),
            Tuple.of(3, aroundOne)));
  }

  @Property(tries = 300)
  void countsThePeriodsThatEndedInTheWindow(@ForAll("cases") Case c) {
    CohortDurations cohort = DurationCalculator.DEFAULT.cohort(c.data().histories(), c.window(), c.asAt());

    List<Long> expectedDays = new ArrayList<>();
    for (CareHistory history : c.data().histories()) {
      for (NaiveCare.Period period : NaiveCare.periods(history, c.asAt())) {
        if (period.endExclusive().filter(end -> c.window().contains(end)).isPresent()) {
          expectedDays.add(period.days());
        }
      }
    }
    assertThat(cohort.failures()).isEmpty();
    assertThat(cohort.count()).isEqualTo(expectedDays.size());
    assertThat(cohort.totalDays()).isEqualTo(expectedDays.stream().mapToLong(Long::longValue).sum());
    for (PeriodDuration period : cohort.periods()) {
      assertThat(period.period().endExclusive()).isPresent();
      assertThat(c.window().contains(period.period().endExclusive().get())).isTrue();
    }
    Statistics.label("periods ended")
        .collect(cohort.count() == 0 ? "none" : cohort.count() == 1 ? "one" : "several");
    Statistics.label("periods ended")
        .coverage(
            coverage -> {
              coverage.check("none").percentage(p -> p <= 95);
              coverage.check("several").count(n -> n >= 3);
            });
  }

  @Property(tries = 300)
  void meanAndMedianAgreeWithTheDays(@ForAll("cases") Case c) {
    CohortDurations cohort = DurationCalculator.DEFAULT.cohort(c.data().histories(), c.window(), c.asAt());
    int count = cohort.count();
    if (count == 0) {
      assertThat(cohort.meanDays()).isEqualByComparingTo(BigDecimal.ZERO);
      assertThat(cohort.medianDays()).isEqualByComparingTo(BigDecimal.ZERO);
      return;
    }
    // the mean is rounded to 2 places, so mean * count is within 0.005 * count of the total
    BigDecimal error =
        cohort.meanDays().multiply(BigDecimal.valueOf(count))
            .subtract(BigDecimal.valueOf(cohort.totalDays()))
            .abs();
    assertThat(error).isLessThanOrEqualTo(new BigDecimal("0.005").multiply(BigDecimal.valueOf(count)));

    // the median by its definition: the middle of the sorted days, or the mean of the two middles
    long[] sorted = cohort.periods().stream().mapToLong(PeriodDuration::days).sorted().toArray();
    BigDecimal middle =
        count % 2 == 1
            ? BigDecimal.valueOf(sorted[count / 2])
            : BigDecimal.valueOf(sorted[count / 2 - 1])
                .add(BigDecimal.valueOf(sorted[count / 2]))
                .divide(BigDecimal.valueOf(2));
    assertThat(cohort.medianDays()).isEqualByComparingTo(middle);

    long min = cohort.periods().stream().mapToLong(PeriodDuration::days).min().getAsLong();
    long max = cohort.periods().stream().mapToLong(PeriodDuration::days).max().getAsLong();
    assertThat(cohort.medianDays())
        .isGreaterThanOrEqualTo(BigDecimal.valueOf(min))
        .isLessThanOrEqualTo(BigDecimal.valueOf(max));
    // the median is a middle day count or the mean of two: a whole number or one ending in .5
    assertThat(cohort.medianDays().multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale())
        .isLessThanOrEqualTo(0);
  }
}
