package org.permanence.reduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.permanence.care.CareData;
import org.permanence.care.PeriodOfCare;
import org.permanence.input.InputFile;
import org.permanence.input.RateCards;
import org.permanence.rate.RateCard;
import org.permanence.testkit.PermanenceArbitraries;
import org.threeten.extra.LocalDateRange;

/** What holds of the scenario for any care data, window and number of weeks. */
class DurationReductionPropertiesTest {

  private static final DurationReductionCalculator CALCULATOR = DurationReductionCalculator.DEFAULT;

  private static final LocalDate AS_AT = LocalDate.parse("2025-12-31");

  /** Every placement at £700 a week: each day taken off saves exactly £100. */
  private static final RateCard FLAT = RateCards.read(InputFile.ofText("flat.csv",
      "place,provider,min_age,max_age,effective_from,weekly_cost\n*,*,,,1900-01-01,700\n"));

  /** Rates that change with age and over time, so that a day's cost varies. */
  private static final RateCard VARIED = RateCards.read(InputFile.ofText("varied.csv",
      "place,provider,min_age,max_age,effective_from,weekly_cost\n"
          + "*,*,10,17,1900-01-01,123.45\n"
          + "*,*,0,9,1900-01-01,456.78\n"
          + "*,*,10,17,2020-04-06,333.33\n"
          + "U*,*,,,1900-01-01,1001.01\n"
          + "K*,*,,,2022-01-01,4999.99\n"));

  @Provide
  Arbitrary<CareData> data() {
    return PermanenceArbitraries.careData(AS_AT);
  }

  @Provide
  Arbitrary<LocalDateRange> windows() {
    // from any day to the as-at date, so that most windows hold periods that ended
    return PermanenceArbitraries.datesBetween(LocalDate.parse("2005-01-01"), AS_AT.plusDays(1))
        .map(from -> LocalDateRange.ofClosed(from, AS_AT));
  }

  @Property(tries = 200)
  void eachDayTakenOffAtAFlatRateSavesItsDailyCost(@ForAll("data") CareData data,
      @ForAll("windows") LocalDateRange window, @ForAll @IntRange(min = 0, max = 1000) int weeks) {
    DurationReduction scenario = CALCULATOR.reduction(data, window, AS_AT, FLAT, weeks);

    assertThat(scenario.failures()).isEmpty();
    for (PeriodReduction period : scenario.periods()) {
      PeriodOfCare care = period.period();
      assertThat(care.isOpen()).isFalse();
      assertThat(window.contains(period.periodEnd())).isTrue();
      assertThat(period.reducedDays()).isEqualTo(Math.min(7L * weeks, care.daysInCare()));
      // the days taken off are the last of the period's days in care
      assertThat(period.reducedRange().getEnd()).isEqualTo(care.careRange().getEnd());
      assertThat(period.reducedRange().lengthInDays()).isEqualTo(period.reducedDays());
      assertThat(period.avoidedCost()).isEqualByComparingTo(BigDecimal.valueOf(100L * period.reducedDays()));
    }
    assertThat(scenario.totalDays() - scenario.reducedDays())
        .isEqualTo(scenario.periods().stream().mapToLong(PeriodReduction::daysAfter).sum());
    Statistics.label("some period ended").collect(scenario.count() > 0);
    Statistics.label("some period ended").coverage(
        coverage -> coverage.check(true).percentage(percent -> percent > 50));
  }

  @Property(tries = 200)
  void aLongerReductionNeverSavesLessAndTheTotalIsTheSumOfRows(@ForAll("data") CareData data,
      @ForAll("windows") LocalDateRange window, @ForAll @IntRange(min = 0, max = 400) int weeks) {
    DurationReduction shorter = CALCULATOR.reduction(data, window, AS_AT, VARIED, weeks);
    DurationReduction longer = CALCULATOR.reduction(data, window, AS_AT, VARIED, weeks + 1);

    assertThat(longer.avoidedCost()).isGreaterThanOrEqualTo(shorter.avoidedCost());
    assertThat(longer.count()).isEqualTo(shorter.count());
    for (int i = 0; i < shorter.count(); i++) {
      assertThat(longer.periods().get(i).avoided()).isGreaterThanOrEqualTo(shorter.periods().get(i).avoided());
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (PeriodReduction period : shorter.periods()) {
      sum = sum.add(period.avoidedCost());
    }
    assertThat(shorter.avoidedCost()).isEqualByComparingTo(sum);
  }

  @Property(tries = 200)
  void theWeeksFoundAreTheFewestThatReachTheTarget(@ForAll("data") CareData data,
      @ForAll("windows") LocalDateRange window, @ForAll @IntRange(min = 1, max = 100_000_00) int targetPence) {
    BigDecimal target = BigDecimal.valueOf(targetPence, 2);
    DurationReduction all = CALCULATOR.reduction(data, window, AS_AT, VARIED, 1000);
    boolean reachable = all.avoidedCost().compareTo(target) >= 0;
    Statistics.label("reachable").collect(reachable);
    Statistics.label("reachable").coverage(coverage -> {
      coverage.check(true).percentage(percent -> percent > 30);
      coverage.check(false).percentage(percent -> percent > 5);
    });

    if (!reachable) {
      assertThatThrownBy(() -> CALCULATOR.weeksFor(data, window, AS_AT, VARIED, target))
          .isInstanceOfSatisfying(TargetOutOfReachException.class,
              e -> assertThat(e.most()).isEqualByComparingTo(all.avoidedCost()));
      return;
    }
    DurationReduction found = CALCULATOR.weeksFor(data, window, AS_AT, VARIED, target);

    assertThat(found.avoidedCost()).isGreaterThanOrEqualTo(target);
    assertThat(found.weeks()).isPositive();
    if (found.weeks() > 1) {
      assertThat(CALCULATOR.reduction(data, window, AS_AT, VARIED, found.weeks() - 1).avoidedCost())
          .isLessThan(target);
    }
  }
}
