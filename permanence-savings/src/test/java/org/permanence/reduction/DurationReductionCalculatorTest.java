package org.permanence.reduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.permanence.care.CareData;
import org.permanence.care.CareHistory;
import org.permanence.care.Episode;
import org.permanence.child.Child;
import org.permanence.child.ChildId;
import org.permanence.code.LegalStatus;
import org.permanence.code.PlacementProvider;
import org.permanence.code.PlacementType;
import org.permanence.code.ReasonEpisodeCeased;
import org.permanence.code.ReasonForNewEpisode;
import org.permanence.input.InputFile;
import org.permanence.input.RateCards;
import org.permanence.rate.RateCard;
import org.threeten.extra.LocalDateRange;

/**
 * The scenario worked by hand. The card prices U4 at £700 a week (£100 a day) and £770 (£110 a
 * day) from 25 May 2025, U5 at £1,400 (£200 a day) and K2 at £3,500 (£500 a day). The window is
 * 1 April to 31 December 2025, as at 31 December 2025.
 */
class DurationReductionCalculatorTest {

  private static final DurationReductionCalculator CALCULATOR = DurationReductionCalculator.DEFAULT;

  private static final LocalDate AS_AT = LocalDate.parse("2025-12-31");
  private static final LocalDateRange WINDOW = LocalDateRange.ofClosed(LocalDate.parse("2025-04-01"), AS_AT);

  private static final RateCard RATES = RateCards.read(InputFile.ofText("rates.csv",
      "place,provider,min_age,max_age,effective_from,weekly_cost\n"
          + "U4,*,,,2000-01-01,700\n"
          + "U4,*,,,2025-05-25,770\n"
          + "U5,*,,,2000-01-01,1400\n"
          + "K2,*,,,2000-01-01,3500\n"));

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  private static Episode episode(String id, String start, String end, String rec, PlacementType type) {
    Episode.Builder episode = Episode.builder()
        .childId(ChildId.of(id))
        .start(date(start))
        .reasonForNewEpisode(ReasonForNewEpisode.S)
        .legalStatus(LegalStatus.C2)
        .placementType(type)
        .placementProvider(PlacementProvider.PR1);
    if (end != null) {
      episode.endExclusive(date(end)).reasonEnded(ReasonEpisodeCeased.of(rec));
    }
    return episode.build();
  }

  private static CareHistory history(String id, String born, Episode... episodes) {
    return CareHistory.of(Child.of(ChildId.of(id), date(born)), List.of(episodes));
  }

  /**
   * C1 130 days in U4 before the uplift; C2 92 days in U5 then 4 in U4 after it; C3 5 days; C4
   * still in care; C5 ended on the window's first day; C6 turned 18 on 10 June 2025, ten days
   * before its episode ended; C7 a zero-day period; C8 ends after the as-at date, so is open at
   * it; C9 ended on the window's last day; C10 ended the day before the window.
   */
  private static final CareData DATA = CareData.of(List.of(
      history("C1", "2015-06-01", episode("C1", "2025-01-01", "2025-05-11", "E45", PlacementType.U4)),
      history("C2", "2015-06-01",
          episode("C2", "2025-03-01", "2025-06-01", "X1", PlacementType.U5),
          episode("C2", "2025-06-01", "2025-06-05", "E4A", PlacementType.U4)),
      history("C3", "2015-06-01", episode("C3", "2025-07-01", "2025-07-06", "E11", PlacementType.U4)),
      history("C4", "2015-06-01", episode("C4", "2025-01-01", null, null, PlacementType.U4)),
      history("C5", "2015-06-01", episode("C5", "2025-03-01", "2025-04-01", "E13", PlacementType.U4)),
      history("C6", "2007-06-10", episode("C6", "2025-01-01", "2025-06-20", "E4B", PlacementType.K2)),
      history("C7", "2015-06-01", episode("C7", "2025-08-01", "2025-08-01", "E45", PlacementType.U4)),
      history("C8", "2015-06-01", episode("C8", "2025-12-01", "2026-01-05", "E45", PlacementType.U4)),
      history("C9", "2015-06-01", episode("C9", "2025-12-01", "2025-12-31", "E41", PlacementType.U4)),
      history("C10", "2015-06-01", episode("C10", "2025-03-01", "2025-03-31", "E45", PlacementType.U4))));

  @Test
  void eachPeriodEndedInTheWindowLosesItsLastWeeksAtTheirActualCost() {
    DurationReduction scenario = CALCULATOR.reduction(DATA, WINDOW, AS_AT, RATES, 2);

    assertThat(scenario.failures()).isEmpty();
    assertThat(scenario.periods())
        .extracting(p -> p.childId().value(), p -> p.periodEnd().toString(), PeriodReduction::days,
            PeriodReduction::reducedDays, p -> p.avoidedCost().toPlainString())
        .containsExactly(
            // 14 days at £100
            tuple("C1", "2025-05-11", 130L, 14L, "1400.00"),
            // 22 to 31 May in U5, 10 days at £200, and 1 to 4 June in U4 at £110
            tuple("C2", "2025-06-05", 96L, 14L, "2440.00"),
            // shorter than two weeks: ended at its start, 5 days at £110
            tuple("C3", "2025-07-06", 5L, 5L, "550.00"),
            tuple("C5", "2025-04-01", 31L, 14L, "1400.00"),
            // counted to the day before the 18th birthday: 27 May to 9 June at £500
            tuple("C6", "2025-06-20", 160L, 14L, "7000.00"),
            tuple("C7", "2025-08-01", 0L, 0L, "0.00"),
            tuple("C9", "2025-12-31", 30L, 14L, "1540.00"));
    assertThat(scenario.periods().get(4).reducedRange())
        .isEqualTo(LocalDateRange.of(date("2025-05-27"), date("2025-06-10")));
    assertThat(scenario.avoidedCost()).isEqualByComparingTo("14330.00");
    assertThat(scenario.count()).isEqualTo(7);
    // 452 days over 7 periods; 75 days taken off
    assertThat(scenario.totalDays()).isEqualTo(452);
    assertThat(scenario.reducedDays()).isEqualTo(75);
    assertThat(scenario.meanDays()).isEqualByComparingTo("64.57");
    assertThat(scenario.meanDaysAfter()).isEqualByComparingTo("53.86");
    assertThat(scenario.meanDaysShorter()).isEqualByComparingTo("10.71");
    assertThat(scenario.explain()).contains("7 periods").contains("64.57").contains("53.86")
        .contains("2 weeks").contains("£14330.00");
  }

  @Test
  void noWeeksSaveNothingButListEveryPeriod() {
    DurationReduction scenario = CALCULATOR.reduction(DATA, WINDOW, AS_AT, RATES, 0);

    assertThat(scenario.periods()).hasSize(7)
        .allSatisfy(period -> {
          assertThat(period.reducedDays()).isZero();
          assertThat(period.avoidedCost()).isEqualByComparingTo("0.00");
        });
    assertThat(scenario.meanDaysAfter()).isEqualTo(scenario.meanDays());
  }

  @Test
  void theFewestWeeksThatReachATarget() {
    // one week saves 700 + (3 days at £200 + 4 at £110) + 550 + 700 + 3500 + 0 + 770 = 7260
    assertThat(CALCULATOR.weeksFor(DATA, WINDOW, AS_AT, RATES, new BigDecimal("7260")).weeks()).isEqualTo(1);
    assertThat(CALCULATOR.weeksFor(DATA, WINDOW, AS_AT, RATES, new BigDecimal("0.01")).weeks()).isEqualTo(1);
    assertThat(CALCULATOR.weeksFor(DATA, WINDOW, AS_AT, RATES, new BigDecimal("7260.01")).weeks()).isEqualTo(2);
    DurationReduction two = CALCULATOR.weeksFor(DATA, WINDOW, AS_AT, RATES, new BigDecimal("14330"));
    assertThat(two.weeks()).isEqualTo(2);
    assertThat(two.avoidedCost()).isEqualByComparingTo("14330.00");
  }

  @Test
  void theMostIsEveryPeriodsWholeCost() {
    // whole periods: 13,000 + (18,400 + 440) + 550 + 3,100 + 80,000 + 0 + 3,300 = 118,790, first
    // reached at 23 weeks, the fewest that cover C6's 160 days; 22 weeks leave 6 of them (£3,000)
    DurationReduction most = CALCULATOR.weeksFor(DATA, WINDOW, AS_AT, RATES, new BigDecimal("118790"));
    assertThat(most.weeks()).isEqualTo(23);
    assertThat(most.avoidedCost()).isEqualByComparingTo("118790.00");
    assertThat(CALCULATOR.reduction(DATA, WINDOW, AS_AT, RATES, 22).avoidedCost())
        .isEqualByComparingTo("115790.00");

    assertThatThrownBy(() -> CALCULATOR.weeksFor(DATA, WINDOW, AS_AT, RATES, new BigDecimal("118790.01")))
        .isInstanceOfSatisfying(TargetOutOfReachException.class, e -> {
          assertThat(e.most()).isEqualByComparingTo("118790.00");
          assertThat(e.weeks()).isEqualTo(23);
          assertThat(e.target()).isEqualByComparingTo("118790.01");
          assertThat(e.getMessage()).contains("118790.01").contains("at most 118790.00");
        });
  }

  @Test
  void withNoPeriodEndedNoTargetCanBeReached() {
    LocalDateRange nothingEnded = LocalDateRange.ofClosed(date("2025-09-01"), date("2025-09-30"));

    assertThat(CALCULATOR.reduction(DATA, nothingEnded, AS_AT, RATES, 6).periods()).isEmpty();
    assertThatThrownBy(() -> CALCULATOR.weeksFor(DATA, nothingEnded, AS_AT, RATES, BigDecimal.ONE))
        .isInstanceOfSatisfying(TargetOutOfReachException.class,
            e -> assertThat(e.most()).isEqualByComparingTo("0"));
  }

  @Test
  void aTargetIsMoreThanZeroAndWeeksAreNotNegative() {
    assertThatThrownBy(() -> CALCULATOR.weeksFor(DATA, WINDOW, AS_AT, RATES, BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than zero");
    assertThatThrownBy(() -> CALCULATOR.reduction(DATA, WINDOW, AS_AT, RATES, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
  }

  /** C1 was in P1, which the card does not price, until 1 March, then 45 days in U4. */
  private static final CareData UNPRICED_START = CareData.of(List.of(
      history("C1", "2015-06-01",
          episode("C1", "2025-01-01", "2025-03-01", "X1", PlacementType.P1),
          episode("C1", "2025-03-01", "2025-04-15", "E45", PlacementType.U4))));

  @Test
  void ratesAreNeededOnlyForTheDaysTakenOff() {
    assertThat(CALCULATOR.reduction(UNPRICED_START, WINDOW, AS_AT, RATES, 6).failures()).isEmpty();

    DurationReduction ten = CALCULATOR.reduction(UNPRICED_START, WINDOW, AS_AT, RATES, 10);

    assertThat(ten.periods()).isEmpty();
    assertThat(ten.failures()).singleElement()
        .satisfies(failure -> assertThat(failure.message()).contains("C1").contains("P1"));
    // a target six weeks reach never needs the days in P1
    assertThat(CALCULATOR.weeksFor(UNPRICED_START, WINDOW, AS_AT, RATES, new BigDecimal("4200")).weeks())
        .isEqualTo(6);
    // one that needs more than the 45 days in U4 (£4,500) stops at the first weeks that reach P1
    DurationReduction needsP1 =
        CALCULATOR.weeksFor(UNPRICED_START, WINDOW, AS_AT, RATES, new BigDecimal("4500.01"));
    assertThat(needsP1.hasFailures()).isTrue();
    assertThat(needsP1.weeks()).isEqualTo(7);
  }

  @Test
  void oneEndedPeriodExplainsItselfInTheSingular() {
    // C9 alone: 30 days, its last 7 at £110
    DurationReduction one = CALCULATOR.reduction(DATA,
        LocalDateRange.ofClosed(date("2025-12-01"), date("2025-12-31")), AS_AT, RATES, 1);

    assertThat(one.explain()).isEqualTo("1 period of care ended from 2025-12-01 to 2025-12-31, as at 2025-12-31,"
        + " lasting 30.00 days on average. Had each ended 1 week sooner (never before its start), they would have"
        + " lasted 23.00 days on average, 7.00 days shorter, and their placements would have cost £770.00 less.");
  }

  @Test
  void periodsThatCannotBeCostedAreCountedOutInTheExplanation() {
    DurationReduction ten = CALCULATOR.reduction(UNPRICED_START, WINDOW, AS_AT, RATES, 10);
    CareData twoUnpriced = CareData.of(List.of(
        history("C1", "2015-06-01",
            episode("C1", "2025-01-01", "2025-03-01", "X1", PlacementType.P1),
            episode("C1", "2025-03-01", "2025-04-15", "E45", PlacementType.U4)),
        history("C2", "2015-06-01", episode("C2", "2025-01-01", "2025-04-15", "E45", PlacementType.P1))));

    // no period left to average: the means are zero, not missing
    assertThat(ten.meanDays()).isEqualByComparingTo("0").hasToString("0.00");
    assertThat(ten.meanDaysAfter()).hasToString("0.00");
    assertThat(ten.explain()).startsWith("0 periods of care ended")
        .endsWith(" 1 child's periods could not be costed and are left out.");
    assertThat(CALCULATOR.reduction(twoUnpriced, WINDOW, AS_AT, RATES, 10).explain())
        .endsWith(" 2 children's periods could not be costed and are left out.");
    assertThat(CALCULATOR.reduction(UNPRICED_START, WINDOW, AS_AT, RATES, 6).explain()).doesNotContain("costed");
  }

  @Test
  void aTargetOutOfReachAtOneWeekSaysWeek() {
    // C3 alone: 5 days at £110, all of them taken off by one week
    assertThatThrownBy(() -> CALCULATOR.weeksFor(DATA, LocalDateRange.ofClosed(date("2025-07-01"), date("2025-07-31")),
            AS_AT, RATES, new BigDecimal("551")))
        .isInstanceOfSatisfying(TargetOutOfReachException.class, e -> {
          assertThat(e.weeks()).isEqualTo(1);
          assertThat(e.getMessage()).isEqualTo("a saving of 551 is out of reach: ending every period that ended in"
              + " the window at its start (1 week or more sooner) saves at most 550.00");
        });
  }
}
