package org.permanence.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.permanence.batch.BatchResult;
import org.permanence.batch.Failure;
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
import org.permanence.exit.Exit;
import org.permanence.exit.Horizon;
import org.permanence.exit.Route;
import org.permanence.input.InputFile;
import org.permanence.input.RateCards;
import org.permanence.rate.RateCard;
import org.permanence.saving.ExitSaving;
import org.permanence.saving.ExitSavingsCalculator;
import org.permanence.support.SupportCard;
import org.permanence.support.SupportCards;
import org.permanence.time.FinancialYear;

/**
 * Planned exits priced and projected, worked by hand. As at 31 December 2025 (2025-26). The rate
 * card prices U4 with PR1 at £700 a week (£100 a day), U4 with PR4 at £1,400 (£200 a day) and K2
 * at £3,500 (£500 a day). The support card pays an SGO allowance of £140 a week (£20 a day) and
 * £1,000 once, and £500 once for an adoption; a return home or a child arrangements order has no
 * support. Every child is born on 10 June 2015 unless said otherwise, so no horizon here reaches
 * an 18th birthday.
 */
class PipelineCalculatorTest {

  private static final PipelineCalculator CALCULATOR = PipelineCalculator.DEFAULT;
  private static final LocalDate AS_AT = LocalDate.parse("2025-12-31");
  private static final Optional<BigDecimal> NO_DISCOUNT = Optional.empty();
  private static final Optional<BigDecimal> GREEN_BOOK = Optional.of(ExitSavingsCalculator.GREEN_BOOK_RATE);

  private static final RateCard RATES = RateCards.read(InputFile.ofText("rates.csv", String.join("\n",
      "place,provider,min_age,max_age,effective_from,weekly_cost",
      "U4,PR1,,,2000-01-01,700",
      "U4,PR4,,,2000-01-01,1400",
      "K2,*,,,2000-01-01,3500",
      "")));

  private static final SupportCard SUPPORT = SupportCards.read(InputFile.ofText("support.csv", String.join("\n",
      "route,kind,min_age,max_age,effective_from,amount",
      "SGO,weekly,,,2000-01-01,140",
      "SGO,one-off,,,2000-01-01,1000",
      "ADOPTION,one-off,,,2000-01-01,500",
      "")));

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  private static BigDecimal pounds(String amount) {
    return new BigDecimal(amount);
  }

  private static Child child(String id) {
    return Child.of(ChildId.of(id), date("2015-06-10"));
  }

  /** An episode from {@code start} to {@code end} (exclusive) ending for {@code rec}, or open. */
  private static Episode episode(String id, String start, String end, String rec, PlacementType type,
      PlacementProvider provider) {
    Episode.Builder episode = Episode.builder()
        .childId(ChildId.of(id))
        .start(date(start))
        .reasonForNewEpisode(ReasonForNewEpisode.S)
        .legalStatus(LegalStatus.C2)
        .placementType(type)
        .placementProvider(provider);
    if (end != null) {
      episode.endExclusive(date(end)).reasonEnded(ReasonEpisodeCeased.of(rec));
    }
    return episode.build();
  }

  /** A child in care since 1 January 2025 in one placement, still open. */
  private static CareHistory inCare(String id, PlacementType type, PlacementProvider provider) {
    return CareHistory.of(child(id), List.of(episode(id, "2025-01-01", null, null, type, provider)));
  }

  private static final CareData DATA = CareData.of(List.of(
      // A: in K2 from 10 January 2024, moved on 1 June 2025 (X1, the same period) to U4 with PR4
      CareHistory.of(child("A"), List.of(
          episode("A", "2024-01-10", "2025-06-01", "X1", PlacementType.K2, PlacementProvider.PR1),
          episode("A", "2025-06-01", null, null, PlacementType.U4, PlacementProvider.PR4))),
      inCare("B", PlacementType.U4, PlacementProvider.PR1),
      inCare("C2", PlacementType.U4, PlacementProvider.PR1),
      inCare("C10", PlacementType.U4, PlacementProvider.PR1),
      inCare("K", PlacementType.K2, PlacementProvider.PR1),
      // moved from U4 to K2 on 1 November 2025 and leaves on 1 February 2026, after the as-at date:
      // at the as-at date the K2 episode is open
      CareHistory.of(child("LEAVING"), List.of(
          episode("LEAVING", "2025-01-01", "2025-11-01", "X1", PlacementType.U4, PlacementProvider.PR1),
          episode("LEAVING", "2025-11-01", "2026-02-01", "E45", PlacementType.K2, PlacementProvider.PR1))),
      CareHistory.of(child("ENDED"), List.of(
          episode("ENDED", "2025-01-01", "2025-06-01", "E4B", PlacementType.U4, PlacementProvider.PR1))),
      // 18 on 15 February 2026
      CareHistory.of(Child.of(ChildId.of("NEAR18"), date("2008-02-15")), List.of(
          episode("NEAR18", "2024-01-01", null, null, PlacementType.U4, PlacementProvider.PR1))),
      // projection children
      inCare("P1", PlacementType.U4, PlacementProvider.PR4),
      inCare("P2", PlacementType.U4, PlacementProvider.PR1),
      inCare("P3", PlacementType.K2, PlacementProvider.PR1),
      inCare("P4", PlacementType.U4, PlacementProvider.PR1),
      inCare("P5", PlacementType.U4, PlacementProvider.PR1)));

  private static PlannedExit plan(String id, String date, Route route, PlanStatus status) {
    return PlannedExit.builder().childId(ChildId.of(id)).date(date(date)).route(route).status(status).build();
  }

  private static PlannedExit plan(String id, String date, Route route) {
    return plan(id, date, route, PlanStatus.SCHEDULED);
  }

  private static List<List<Object>> rows(ExitSaving saving) {
    return saving.years().stream().map(year -> List.<Object>of(year.year().toString(), year.days(),
        year.avoidedCost(), year.supportCost(), year.netSaving(), year.presentValue())).toList();
  }

  private static BatchResult<PipelineSaving> price(Horizon horizon, Optional<BigDecimal> rate,
      PlannedExit... plans) {
    return CALCULATOR.savings(List.of(plans), DATA, AS_AT, horizon, RATES, SUPPORT, rate);
  }

  private static ExitSaving only(BatchResult<PipelineSaving> result) {
    assertThat(result.failures()).isEmpty();
    assertThat(result.values()).hasSize(1);
    return result.values().get(0).saving();
  }

  // ---------------------------------------------------------------- the exit

  @Test
  void aPlannedExitLeavesThePlacementOfTheOpenEpisodeWithNoReasonYet() {
    Exit exit = CALCULATOR.exit(plan("A", "2026-03-01", Route.SGO), DATA, AS_AT);

    assertThat(exit.childId()).isEqualTo(ChildId.of("A"));
    assertThat(exit.date()).isEqualTo(date("2026-03-01"));
    assertThat(exit.route()).isEqualTo(Route.SGO);
    assertThat(exit.reason()).isEmpty();
    // the open episode's placement, not the K2 of the period's first episode
    assertThat(exit.placementType()).isEqualTo(PlacementType.U4);
    assertThat(exit.placementProvider()).contains(PlacementProvider.PR4);
    // the period began with the first episode: X1 links the two
    assertThat(exit.periodStart()).isEqualTo(date("2024-01-10"));
  }

  @Test
  void anEpisodeEndingAfterTheAsAtDateIsTheOpenOne() {
    Exit exit = CALCULATOR.exit(plan("LEAVING", "2026-01-20", Route.SGO), DATA, AS_AT);

    assertThat(exit.placementType()).isEqualTo(PlacementType.K2);
    assertThat(exit.periodStart()).isEqualTo(date("2025-01-01"));
  }

  @Test
  void aPlanThatDoesNotFitTheDataIsNoExit() {
    assertThatThrownBy(() -> CALCULATOR.exit(plan("GHOST", "2026-02-01", Route.SGO), DATA, AS_AT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GHOST");
    assertThatThrownBy(() -> CALCULATOR.exit(plan("ENDED", "2026-02-01", Route.SGO), DATA, AS_AT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ENDED")
        .hasMessageContaining("not in care");
    assertThatThrownBy(() -> CALCULATOR.exit(plan("B", "2025-12-31", Route.SGO), DATA, AS_AT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-12-31");
    assertThatThrownBy(() -> CALCULATOR.exit(plan("NEAR18", "2026-02-15", Route.SGO), DATA, AS_AT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("18th birthday");
    // the day before the birthday is allowed
    assertThat(CALCULATOR.exit(plan("NEAR18", "2026-02-14", Route.SGO), DATA, AS_AT).date())
        .isEqualTo(date("2026-02-14"));
  }

  // ---------------------------------------------------------------- savings

  @Test
  void aPlannedSgoIsPricedFromTheCurrentPlacementNetOfItsSupport() {
    ExitSaving saving = only(price(Horizon.inYear(), NO_DISCOUNT, plan("A", "2026-03-01", Route.SGO)));

    // 1 to 31 March 2026: 31 days in U4 with PR4 at 200 a day, 6,200 avoided; 31 * 20 = 620 of
    // allowance and 1,000 once: 1,620; net 4,580
    assertThat(rows(saving)).containsExactly(
        List.of("2025-26", 31L, pounds("6200.00"), pounds("1620.00"), pounds("4580.00"), pounds("4580.00")));
    assertThat(saving.exit().reason()).isEmpty();
    assertThat(saving.netSaving()).isEqualTo(pounds("4580.00"));
  }

  @Test
  void aFullYearIsSplitByFinancialYearAndDiscounted() {
    BatchResult<PipelineSaving> result = price(Horizon.fullYear(), GREEN_BOOK,
        plan("A", "2026-03-01", Route.SGO, PlanStatus.ASSESSING));

    // 364 days from 1 March 2026: 31 in 2025-26, 333 in 2026-27 (to 27 February 2027).
    // 2026-27: 333 * 200 = 66,600 avoided; 333 * 20 = 6,660 allowance; net 59,940;
    // 59,940 / 1.035 = 57,913.043... -> 57,913.04
    ExitSaving saving = only(result);
    assertThat(rows(saving)).containsExactly(
        List.of("2025-26", 31L, pounds("6200.00"), pounds("1620.00"), pounds("4580.00"), pounds("4580.00")),
        List.of("2026-27", 333L, pounds("66600.00"), pounds("6660.00"), pounds("59940.00"), pounds("57913.04")));
    assertThat(saving.netSaving()).isEqualTo(pounds("64520.00"));
    assertThat(saving.presentValue()).isEqualTo(pounds("62493.04"));
    assertThat(result.values().get(0).plan().status()).isEqualTo(PlanStatus.ASSESSING);
  }

  @Test
  void supportFollowsThePlannedRoute() {
    // B is in U4 with PR1: a week is 7 * 100 = 700 avoided whatever the route
    ExitSaving home = only(price(Horizon.weeks(1), NO_DISCOUNT, plan("B", "2026-02-01", Route.RETURN_HOME)));
    ExitSaving adoption = only(price(Horizon.weeks(1), NO_DISCOUNT, plan("B", "2026-02-01", Route.ADOPTION)));
    ExitSaving sgo = only(price(Horizon.weeks(1), NO_DISCOUNT, plan("B", "2026-02-01", Route.SGO)));

    // no support for a return home; 500 once for an adoption; 7 * 20 + 1,000 = 1,140 for an SGO
    assertThat(rows(home)).containsExactly(
        List.of("2025-26", 7L, pounds("700.00"), pounds("0.00"), pounds("700.00"), pounds("700.00")));
    assertThat(rows(adoption)).containsExactly(
        List.of("2025-26", 7L, pounds("700.00"), pounds("500.00"), pounds("200.00"), pounds("200.00")));
    assertThat(rows(sgo)).containsExactly(
        List.of("2025-26", 7L, pounds("700.00"), pounds("1140.00"), pounds("-440.00"), pounds("-440.00")));
  }

  @Test
  void theHorizonStopsAtThe18thBirthday() {
    // NEAR18 turns 18 on 15 February 2026: an in-year horizon from 1 February counts 14 days
    ExitSaving saving = only(price(Horizon.inYear(), NO_DISCOUNT, plan("NEAR18", "2026-02-01", Route.CAO)));

    assertThat(rows(saving)).containsExactly(
        List.of("2025-26", 14L, pounds("1400.00"), pounds("0.00"), pounds("1400.00"), pounds("1400.00")));
  }

  @Test
  void savingsAreInOrderOfPlannedDateThenChild() {
    BatchResult<PipelineSaving> result = price(Horizon.weeks(1), NO_DISCOUNT,
        plan("C2", "2026-03-01", Route.SGO),
        plan("B", "2026-02-01", Route.CAO),
        plan("C10", "2026-03-01", Route.CAO),
        plan("A", "2026-01-15", Route.ADOPTION));

    assertThat(result.failures()).isEmpty();
    // C10 before C2 on the same day: identifiers compare as text
    assertThat(result.values()).extracting(s -> s.plan().childId().value())
        .containsExactly("A", "B", "C10", "C2");
    assertThat(result.values()).allSatisfy(s -> assertThat(s.saving().exit().childId()).isEqualTo(s.plan().childId()));
  }

  @Test
  void aPlanThatDoesNotFitTheDataFailsInTheBatchAndTheOthersArePriced() {
    BatchResult<PipelineSaving> result = price(Horizon.weeks(1), NO_DISCOUNT,
        plan("B", "2026-02-01", Route.CAO),
        plan("ENDED", "2026-02-01", Route.CAO),
        plan("GHOST", "2026-02-01", Route.CAO),
        plan("C2", "2025-12-31", Route.CAO));

    assertThat(result.values()).extracting(s -> s.plan().childId().value()).containsExactly("B");
    assertThat(rows(result.values().get(0).saving())).containsExactly(
        List.of("2025-26", 7L, pounds("700.00"), pounds("0.00"), pounds("700.00"), pounds("700.00")));
    // in the order of the plans: C2's date first
    assertThat(result.failures()).extracting(f -> f.childId().map(ChildId::value).orElse(""))
        .containsExactly("C2", "ENDED", "GHOST");
    assertThat(result.failures().get(1).message()).contains("ENDED");
    assertThat(result.failures().get(2).message()).contains("GHOST");
    assertThat(result.failures()).extracting(Failure::toString)
        .allSatisfy(text -> assertThat(text).containsAnyOf("C2", "ENDED", "GHOST"));
  }

  @Test
  void aMissingRateFailsInTheBatchNamingTheChildAndThePlacement() {
    RateCard onlyFostering = RateCards.read(InputFile.ofText("rates.csv",
        "place,provider,min_age,max_age,effective_from,weekly_cost\nU*,*,,,2000-01-01,700\n"));

    BatchResult<PipelineSaving> result = CALCULATOR.savings(List.of(
            plan("K", "2026-02-01", Route.SGO), plan("B", "2026-02-01", Route.CAO)),
        DATA, AS_AT, Horizon.weeks(1), onlyFostering, SUPPORT, NO_DISCOUNT);

    assertThat(result.values()).extracting(s -> s.plan().childId().value()).containsExactly("B");
    assertThat(result.failures()).singleElement().satisfies(failure -> {
      assertThat(failure.childId()).contains(ChildId.of("K"));
      assertThat(failure.message()).contains("K2");
    });
  }

  // ---------------------------------------------------------------- projection

  /*
   * The exits that happened, priced two weeks (14 days) at the Green Book rate:
   *   X1 31 March 2025, CAO from U4 PR1: in 2024-25, so outside 2025-26;
   *   X2 1 April 2025, SGO from U4 PR1: 1,400 avoided; 280 + 1,000 support; net 120;
   *   X3 31 December 2025 (the as-at date), adoption from K2: 7,000 avoided; 500 once; net 6,500;
   *   X4 15 July 2025, return home from U4 PR4: 2,800 avoided; net 2,800.
   * The planned exits, priced the same way:
   *   P1 15 January 2026, SGO scheduled, U4 PR4: 2,800 - (280 + 1,000) = 1,520;
   *   P2 1 February 2026, CAO scheduled, U4 PR1: 1,400;
   *   P3 31 March 2026, SGO assessing, K2: 1 day in 2025-26 (500 - (20 + 1,000) = -520) and 13 in
   *      2026-27 (6,500 - 260 = 6,240, discounted 6,240 / 1.035 = 6,028.985... -> 6,028.99):
   *      net 5,720, present value 5,508.99;
   *   P4 1 April 2026, adoption scheduled, U4 PR1: 1,400 - 500 = 900, in 2026-27;
   *   P5 1 March 2026, return home assessing, U4 PR1: 1,400.
   */

  private static ExitSaving happened(String id, String date, String rec, Route route, PlacementType type,
      PlacementProvider provider) {
    Exit exit = Exit.builder().child(child(id)).date(date(date)).reason(ReasonEpisodeCeased.of(rec))
        .route(route).placementType(type).placementProvider(provider).periodStart(date("2025-01-01"))
        .build();
    return ExitSavingsCalculator.DEFAULT.saving(exit, Horizon.weeks(2), RATES, SUPPORT, GREEN_BOOK);
  }

  private static final List<ExitSaving> EXITS = List.of(
      happened("X1", "2025-03-31", "E41", Route.CAO, PlacementType.U4, PlacementProvider.PR1),
      happened("X2", "2025-04-01", "E45", Route.SGO, PlacementType.U4, PlacementProvider.PR1),
      happened("X3", "2025-12-31", "E11", Route.ADOPTION, PlacementType.K2, PlacementProvider.PR1),
      happened("X4", "2025-07-15", "E4A", Route.RETURN_HOME, PlacementType.U4, PlacementProvider.PR4));

  private static List<PipelineSaving> planned() {
    BatchResult<PipelineSaving> result = price(Horizon.weeks(2), GREEN_BOOK,
        plan("P1", "2026-01-15", Route.SGO, PlanStatus.SCHEDULED),
        plan("P2", "2026-02-01", Route.CAO, PlanStatus.SCHEDULED),
        plan("P3", "2026-03-31", Route.SGO, PlanStatus.ASSESSING),
        plan("P4", "2026-04-01", Route.ADOPTION, PlanStatus.SCHEDULED),
        plan("P5", "2026-03-01", Route.RETURN_HOME, PlanStatus.ASSESSING));
    assertThat(result.failures()).isEmpty();
    return result.values();
  }

  private static Projection project(String target) {
    return CALCULATOR.projection(EXITS, planned(), AS_AT, date(target));
  }

  private static List<Integer> counts(Projection projection, Route route) {
    return List.of(projection.achievedExits(route), projection.lowExits(route), projection.highExits(route));
  }

  private static List<Integer> counts(Projection projection) {
    return List.of(projection.achievedExits(), projection.lowExits(), projection.highExits());
  }

  private static List<BigDecimal> savings(Projection projection) {
    return List.of(projection.achievedSaving(), projection.lowSaving(), projection.highSaving());
  }

  private static List<BigDecimal> presentValues(Projection projection) {
    return List.of(projection.achievedPresentValue(), projection.lowPresentValue(), projection.highPresentValue());
  }

  private static String id(ExitSaving saving) {
    return saving.exit().childId().value();
  }

  private static String id(PipelineSaving saving) {
    return saving.plan().childId().value();
  }

  @Test
  void theHandWorkedFiguresBehindTheProjectionHold() {
    assertThat(EXITS).extracting(ExitSaving::netSaving)
        .containsExactly(pounds("1400.00"), pounds("120.00"), pounds("6500.00"), pounds("2800.00"));
    assertThat(planned()).extracting(PipelineCalculatorTest::id, s -> s.saving().netSaving(),
            s -> s.saving().presentValue())
        .containsExactly(
            tuple("P1", pounds("1520.00"), pounds("1520.00")),
            tuple("P2", pounds("1400.00"), pounds("1400.00")),
            tuple("P5", pounds("1400.00"), pounds("1400.00")),
            tuple("P3", pounds("5720.00"), pounds("5508.99")),
            tuple("P4", pounds("900.00"), pounds("900.00")));
  }

  @Test
  void atTheEndOfTheYearAchievedLowAndHighCountInTotalAndByRoute() {
    Projection projection = project("2026-03-31");

    assertThat(projection.year()).isEqualTo(FinancialYear.of(2025));
    assertThat(projection.asAt()).isEqualTo(AS_AT);
    assertThat(projection.target()).isEqualTo(date("2026-03-31"));
    // achieved: X2, X3 (on the as-at date), X4; X1 was in 2024-25. Scheduled by 31 March: P1, P2
    // (P4 is in 2026-27). Assessing: P5 and P3 (on the target date itself).
    assertThat(projection.achieved()).extracting(PipelineCalculatorTest::id).containsExactly("X2", "X3", "X4");
    assertThat(projection.scheduled()).extracting(PipelineCalculatorTest::id).containsExactly("P1", "P2");
    assertThat(projection.assessing()).extracting(PipelineCalculatorTest::id).containsExactly("P5", "P3");
    assertThat(counts(projection)).containsExactly(3, 5, 7);
    assertThat(counts(projection, Route.ADOPTION)).containsExactly(1, 1, 1);
    assertThat(counts(projection, Route.CAO)).containsExactly(0, 1, 1);
    assertThat(counts(projection, Route.RETURN_HOME)).containsExactly(1, 1, 2);
    assertThat(counts(projection, Route.SGO)).containsExactly(1, 2, 3);
    assertThat(counts(projection, Route.of("KINSHIP"))).containsExactly(0, 0, 0);
  }

  @Test
  void theProjectedSavingsAreSumsOfTheExitsNetSavingsAndPresentValues() {
    Projection projection = project("2026-03-31");

    // achieved 120 + 6,500 + 2,800 = 9,420; low + 1,520 + 1,400 = 12,340; high + 1,400 + 5,720 = 19,460
    assertThat(savings(projection))
        .containsExactly(pounds("9420.00"), pounds("12340.00"), pounds("19460.00"));
    // only P3 reaches 2026-27: high 12,340 + 1,400 + 5,508.99 = 19,248.99
    assertThat(presentValues(projection))
        .containsExactly(pounds("9420.00"), pounds("12340.00"), pounds("19248.99"));
    // and so each total is the sum of its exits' own totals
    BigDecimal achieved = projection.achieved().stream().map(ExitSaving::netSaving)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal scheduled = projection.scheduled().stream().map(s -> s.saving().netSaving()).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal assessing = projection.assessing().stream().map(s -> s.saving().netSaving())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(projection.lowSaving()).isEqualByComparingTo(achieved.add(scheduled));
    assertThat(projection.highSaving()).isEqualByComparingTo(achieved.add(scheduled).add(assessing));
  }

  @Test
  void plannedExitsAfterTheTargetDateAreLeftOut() {
    // by 1 February: P1 and P2 (on the target date) scheduled; no assessment ends by then
    Projection february = project("2026-02-01");
    assertThat(counts(february)).containsExactly(3, 5, 5);
    assertThat(savings(february)).containsExactly(pounds("9420.00"), pounds("12340.00"), pounds("12340.00"));

    // by 31 January: P1 alone
    Projection january = project("2026-01-31");
    assertThat(counts(january)).containsExactly(3, 4, 4);
    assertThat(counts(january, Route.CAO)).containsExactly(0, 0, 0);
    assertThat(savings(january)).containsExactly(pounds("9420.00"), pounds("10940.00"), pounds("10940.00"));

    // by 30 March: P3, on 31 March, is left out: high 12,340 + 1,400 = 13,740
    Projection march = project("2026-03-30");
    assertThat(counts(march)).containsExactly(3, 5, 6);
    assertThat(savings(march)).containsExactly(pounds("9420.00"), pounds("12340.00"), pounds("13740.00"));
  }

  @Test
  void aTargetDateBeforeTheAsAtDateCountsAchievedExitsOnlyToIt() {
    // by 30 September 2025: X2 (1 April) and X4 (15 July); X3 (31 December) is after the target
    Projection september = project("2025-09-30");
    assertThat(september.achieved()).extracting(PipelineCalculatorTest::id).containsExactly("X2", "X4");
    assertThat(counts(september)).containsExactly(2, 2, 2);
    assertThat(counts(september, Route.ADOPTION)).containsExactly(0, 0, 0);
    assertThat(counts(september, Route.SGO)).containsExactly(1, 1, 1);
    // 120 + 2,800
    assertThat(savings(september)).containsExactly(pounds("2920.00"), pounds("2920.00"), pounds("2920.00"));

    // the day before the as-at date leaves out X3, exited on the as-at date
    assertThat(counts(project("2025-12-30"))).containsExactly(2, 2, 2);
  }

  @Test
  void aTargetInTheNextYearCountsThatYearsPlannedExitsOnly() {
    // 2026-27: nothing has happened in it by the as-at date; P4 (1 April 2026) is scheduled
    Projection next = project("2026-06-30");

    assertThat(next.year()).isEqualTo(FinancialYear.of(2026));
    assertThat(counts(next)).containsExactly(0, 1, 1);
    assertThat(counts(next, Route.ADOPTION)).containsExactly(0, 1, 1);
    assertThat(savings(next)).containsExactly(pounds("0.00"), pounds("900.00"), pounds("900.00"));
  }
}
