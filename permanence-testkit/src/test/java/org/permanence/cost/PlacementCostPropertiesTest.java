package org.permanence.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;
import org.permanence.batch.BatchResult;
import org.permanence.care.CareData;
import org.permanence.care.CareHistory;
import org.permanence.care.Episode;
import org.permanence.child.Child;
import org.permanence.code.PlacementProvider;
import org.permanence.code.PlacementType;
import org.permanence.duration.DurationCalculator;
import org.permanence.money.ExactAmount;
import org.permanence.rate.PlacePattern;
import org.permanence.rate.RateCard;
import org.permanence.rate.RateRow;
import org.permanence.testkit.PermanenceArbitraries;
import org.permanence.time.Age;
import org.permanence.time.FinancialYear;
import org.threeten.extra.LocalDateRange;

/**
 * The invariants of placement costs over generated histories, windows, as-at dates and complete
 * rate cards ({@link PermanenceArbitraries#rateCards()}, whose catch-all row leaves no day without
 * a rate): splitting adds up, more days or higher rates never cost less, a total is the sum of its
 * breakdown, the days costed are the days in care, and the cost equals a day-by-day sum written
 * straight from METHODOLOGY 5.
 */
@StatisticsReport(StatisticsReportMode.OFF)
class PlacementCostPropertiesTest {

  private static final PlacementCostCalculator CALCULATOR = PlacementCostCalculator.DEFAULT;

  /** A history, a window and an as-at date that matter to it, a card, and a number to pick with. */
  record Case(CareHistory history, LocalDateRange window, LocalDate asAt, RateCard card, int pick) {

    PlacementCost cost() {
      return CALCULATOR.cost(history, window, asAt, card);
    }

    /** A date in the window, its ends included, picked by {@link #pick}. */
    LocalDate splitDate() {
      return window.getStart().plusDays(Math.floorMod(pick, window.lengthInDays() + 1));
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    return PermanenceArbitraries.careHistories()
        .flatMap(
            history ->
                Combinators.combine(
                        windowsAround(history),
                        PermanenceArbitraries.asAtDates(history),
                        cardsFor(history),
                        Arbitraries.integers().between(0, 100_000),
                        Arbitraries.frequency(Tuple.of(1, false), Tuple.of(3, true)))
                    .as(
                        (window, asAt, card, pick, afterWindow) -> {
                          // mostly the as-at date is on or after the window's last day, so that
                          // the window is seen whole and has days in care more often
                          LocalDate seen = afterWindow ? window.getEnd().plusDays(pick % 400 - 1) : asAt;
                          return new Case(history, window, seen, card, pick);
                        }));
  }

  /**
   * The testkit's windows around a history, or the financial year of a day of one of its episodes,
   * or that year and the next.
   */
  private static Arbitrary<LocalDateRange> windowsAround(CareHistory history) {
    Arbitrary<LocalDate> episodeDays = Arbitraries.of(history.episodes())
        .flatMap(episode -> {
          LocalDate start = episode.start();
          LocalDate end = episode.endExclusive().orElse(start.plusYears(2));
          return end.isAfter(start) ? PermanenceArbitraries.datesBetween(start, end) : Arbitraries.just(start);
        });
    Arbitrary<LocalDateRange> years = Combinators.combine(episodeDays, Arbitraries.of(false, true))
        .as((day, twoYears) -> {
          FinancialYear year = FinancialYear.from(day);
          return LocalDateRange.of(year.start(), (twoYears ? year.next() : year).endExclusive());
        });
    return Arbitraries.frequencyOf(List.of(
        Tuple.of(1, PermanenceArbitraries.dateWindowsAround(history)),
        Tuple.of(1, years)));
  }

  /**
   * Complete cards from the testkit, with up to four more rows aimed at the history's own
   * placements (exact place, its provider or any) taking effect around its episodes' starts, so
   * that rates change within stays.
   */
  private static Arbitrary<RateCard> cardsFor(CareHistory history) {
    Arbitrary<RateRow> aimed = Combinators.combine(
            Arbitraries.of(history.episodes()),
            PermanenceArbitraries.rateRows(),
            Arbitraries.integers().between(-30, 400),
            Arbitraries.of(true, false))
        .as((episode, row, shift, ownProvider) -> RateRow.builder()
            .place(PlacePattern.of(episode.placementType()))
            .provider(ownProvider ? episode.placementProvider() : Optional.empty())
            .minAge(row.minAge())
            .maxAge(row.maxAge())
            .effectiveFrom(episode.start().plusDays(shift))
            .weeklyCost(row.weeklyCost())
            .build());
    return Combinators.combine(PermanenceArbitraries.rateCards(), aimed.list().ofMaxSize(4))
        .as((card, extra) -> {
          List<RateRow> rows = new ArrayList<>(card.rows());
          for (RateRow row : extra) {
            rows.add(row);
            if (!RateCard.problems(rows).isEmpty()) {
              rows.remove(rows.size() - 1);
            }
          }
          return RateCard.of(rows);
        });
  }

  // splitting a window adds up, year by year

  @Property(tries = 300)
  void splittingAWindowInTwoAddsUpInEachYear(@ForAll("cases") Case c) {
    LocalDate split = c.splitDate();
    LocalDateRange before = LocalDateRange.of(c.window().getStart(), split);
    LocalDateRange after = LocalDateRange.of(split, c.window().getEnd());

    PlacementCost whole = c.cost();
    PlacementCost first = CALCULATOR.cost(c.history(), before, c.asAt(), c.card());
    PlacementCost second = CALCULATOR.cost(c.history(), after, c.asAt(), c.card());

    assertThat(amounts(whole)).isEqualTo(sum(amounts(first), amounts(second)));
    assertThat(days(whole)).isEqualTo(sumDays(days(first), days(second)));
    assertThat(whole.total()).isEqualTo(first.total().plus(second.total()));
    collectCoverage(whole, c.card());
  }

  // splitting a stay adds up

  /** A child's stay in one placement, a point to split it at, and a card. */
  record Stay(Child child, PlacementType place, Optional<PlacementProvider> provider, LocalDateRange range,
      LocalDate split, RateCard card) {}

  @Provide
  Arbitrary<Stay> stays() {
    Arbitrary<Integer> lengths = Arbitraries.frequencyOf(List.of(
        Tuple.of(1, Arbitraries.integers().between(0, 10)),
        Tuple.of(3, Arbitraries.integers().between(0, 1500))));
    // a start any day from birth to 19, or in the year before the 18th birthday
    Arbitrary<Integer> offsets = Arbitraries.integers().between(0, 19 * 366);
    Arbitrary<Boolean> nearAdulthood = Arbitraries.of(false, true);
    return Combinators.combine(
            PermanenceArbitraries.children(),
            PermanenceArbitraries.placementTypes(),
            PermanenceArbitraries.placementProviders().optional(0.8),
            Combinators.combine(offsets, nearAdulthood).as(Tuple::of),
            lengths,
            Arbitraries.integers().between(0, 100_000),
            PermanenceArbitraries.rateCards())
        .as((child, place, provider, offset, length, pick, card) -> {
          LocalDate start = offset.get2()
              ? child.eighteenthBirthday().minusDays(1 + offset.get1() % 365)
              : child.dateOfBirth().plusDays(offset.get1());
          LocalDate split = start.plusDays(Math.floorMod(pick, length + 1));
          return new Stay(child, place, provider, LocalDateRange.of(start, start.plusDays(length)), split, card);
        });
  }

  @Property(tries = 300)
  void splittingAStayInTwoAddsUpInEachYear(@ForAll("stays") Stay s) {
    PlacementCost whole = CALCULATOR.stay(s.child(), s.place(), s.provider(), s.range(), s.card());
    PlacementCost first = CALCULATOR.stay(s.child(), s.place(), s.provider(),
        LocalDateRange.of(s.range().getStart(), s.split()), s.card());
    PlacementCost second = CALCULATOR.stay(s.child(), s.place(), s.provider(),
        LocalDateRange.of(s.split(), s.range().getEnd()), s.card());

    assertThat(amounts(whole)).isEqualTo(sum(amounts(first), amounts(second)));
    assertThat(days(whole)).isEqualTo(sumDays(days(first), days(second)));
    // a stay counts every day up to the day before the 18th birthday
    LocalDate adulthood = s.child().eighteenthBirthday();
    LocalDate end = s.range().getEnd().isAfter(adulthood) ? adulthood : s.range().getEnd();
    assertThat(whole.days()).isEqualTo(Math.max(0, end.toEpochDay() - s.range().getStart().toEpochDay()));
    assertThat(whole.total()).isEqualTo(naiveStay(s));
    Statistics.label("stay past 18").collect(s.range().getEnd().isAfter(adulthood));
    Statistics.label("stay past 18").coverage(coverage -> coverage.check(true).percentage(p -> p >= 5));
  }

  // monotone: more days, a later as-at date or higher rates never cost less

  @Property(tries = 300)
  void aWiderWindowNeverCostsLess(@ForAll("cases") Case c) {
    LocalDateRange narrower = LocalDateRange.of(c.window().getStart(), c.splitDate());

    PlacementCost wide = c.cost();
    PlacementCost narrow = CALCULATOR.cost(c.history(), narrower, c.asAt(), c.card());

    assertThat(wide.total()).isGreaterThanOrEqualTo(narrow.total());
    assertThat(wide.days()).isGreaterThanOrEqualTo(narrow.days());
    for (YearCost year : narrow.years()) {
      YearCost wider = wide.year(year.year()).orElseThrow();
      assertThat(wider.amount()).isGreaterThanOrEqualTo(year.amount());
      assertThat(wider.days()).isGreaterThanOrEqualTo(year.days());
    }
  }

  @Property(tries = 300)
  void aLaterAsAtDateNeverCostsLess(@ForAll("cases") Case c) {
    // seen later, an open episode runs longer or its end becomes known, and new episodes appear;
    // no day counted earlier is lost
    LocalDate later = c.asAt().plusDays(c.pick() % 500);

    PlacementCost earlier = c.cost();
    PlacementCost seenLater = CALCULATOR.cost(c.history(), c.window(), later, c.card());

    assertThat(seenLater.total()).isGreaterThanOrEqualTo(earlier.total());
    assertThat(seenLater.days()).isGreaterThanOrEqualTo(earlier.days());
  }

  @Property(tries = 300)
  void raisingEveryRateNeverLowersTheCost(@ForAll("cases") Case c) {
    // every row up by the same amount: each day costs that amount / 7 more, exactly
    BigDecimal rise = BigDecimal.valueOf(c.pick() % 10_000, 2);
    RateCard raised = RateCard.of(c.card().rows().stream()
        .map(row -> withWeeklyCost(row, row.weeklyCost().add(rise))).toList());
    // every row up by its own factor, 1 to 4: the order of the rows' costs may change, but not
    // which row applies
    List<RateRow> rows = c.card().rows();
    List<RateRow> scaledRows = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      BigDecimal factor = BigDecimal.ONE.add(BigDecimal.valueOf(Math.floorMod(c.pick() + 37 * i, 300), 2));
      scaledRows.add(withWeeklyCost(rows.get(i), rows.get(i).weeklyCost().multiply(factor)));
    }
    RateCard scaled = RateCard.of(scaledRows);

    PlacementCost cost = c.cost();
    PlacementCost costRaised = CALCULATOR.cost(c.history(), c.window(), c.asAt(), raised);
    PlacementCost costScaled = CALCULATOR.cost(c.history(), c.window(), c.asAt(), scaled);

    assertThat(costRaised.total()).isEqualTo(cost.total().plus(ExactAmount.ofDays(rise, cost.days())))
        .isGreaterThanOrEqualTo(cost.total());
    assertThat(costScaled.total()).isGreaterThanOrEqualTo(cost.total());
    assertThat(days(costRaised)).isEqualTo(days(cost));
    assertThat(days(costScaled)).isEqualTo(days(cost));
  }

  // a total is the sum of its breakdown

  @Property(tries = 300)
  void totalsAreTheSumOfTheirSegments(@ForAll("cases") Case c) {
    PlacementCost cost = c.cost();
    List<CostSegment> segments = cost.segments();

    assertThat(segments.stream().map(CostSegment::amount).reduce(ExactAmount.ZERO, ExactAmount::plus))
        .isEqualTo(cost.total());
    assertThat(segments.stream().mapToLong(CostSegment::days).sum()).isEqualTo(cost.days());
    assertThat(cost.years()).extracting(YearCost::year).isSorted().doesNotHaveDuplicates();
    for (YearCost year : cost.years()) {
      List<CostSegment> inYear = segments.stream().filter(s -> s.financialYear().equals(year.year())).toList();
      assertThat(inYear).as("segments of %s", year.year()).isNotEmpty();
      assertThat(inYear.stream().mapToLong(CostSegment::days).sum()).isEqualTo(year.days());
      assertThat(inYear.stream().map(CostSegment::amount).reduce(ExactAmount.ZERO, ExactAmount::plus))
          .isEqualTo(year.amount());
    }
    Child child = c.history().child();
    for (int i = 0; i < segments.size(); i++) {
      CostSegment segment = segments.get(i);
      if (i > 0) {
        assertThat(segment.firstDay()).isAfter(segments.get(i - 1).lastDay());
      }
      assertThat(c.window().encloses(segment.range())).isTrue();
      assertThat(segment.lastDay()).isBefore(child.eighteenthBirthday()).isBeforeOrEqualTo(c.asAt());
      assertThat(FinancialYear.from(segment.firstDay())).isEqualTo(segment.financialYear());
      assertThat(child.ageOn(segment.firstDay())).isEqualTo(child.ageOn(segment.lastDay())).isEqualTo(segment.age());
      for (LocalDate day : List.of(segment.firstDay(), segment.lastDay())) {
        assertThat(c.card().rate(segment.placementType(), segment.placementProvider(), segment.age(), day))
            .contains(segment.row());
      }
      assertThat(segment.amount()).isEqualTo(ExactAmount.ofDays(segment.weeklyRate(), segment.days()));
      assertThat(segment.childId()).isEqualTo(c.history().childId());
    }
  }

  // one '*' row: days * rate / 7

  @Property(tries = 300)
  void aCardOfOneStarRowCostsDaysTimesTheRateOverSeven(@ForAll("cases") Case c) {
    BigDecimal weekly = BigDecimal.valueOf(c.pick(), 2);
    RateCard card = RateCard.of(List.of(RateRow.builder()
        .place(PlacePattern.any())
        .effectiveFrom(LocalDate.of(1900, 1, 1))
        .weeklyCost(weekly)
        .build()));

    PlacementCost cost = CALCULATOR.cost(c.history(), c.window(), c.asAt(), card);

    assertThat(cost.total()).isEqualTo(ExactAmount.ofDays(weekly, cost.days()));
    for (YearCost year : cost.years()) {
      assertThat(year.amount()).isEqualTo(ExactAmount.ofDays(weekly, year.days()));
    }
    // which rows the card holds never changes the days
    assertThat(days(cost)).isEqualTo(days(c.cost()));
  }

  // the days costed are the days in care

  @Property(tries = 300)
  void theDaysCostedInEachYearAreTheDaysInCare(@ForAll("cases") Case c) {
    PlacementCost cost = c.cost();

    Map<FinancialYear, Long> inCare = new TreeMap<>();
    for (FinancialYear.Piece piece : FinancialYear.split(c.window())) {
      long days = DurationCalculator.DEFAULT.daysInCare(c.history(), piece.range(), c.asAt());
      if (days > 0) {
        inCare.put(piece.year(), days);
      }
    }
    assertThat(days(cost)).isEqualTo(inCare);
    assertThat(cost.days()).isEqualTo(DurationCalculator.DEFAULT.daysInCare(c.history(), c.window(), c.asAt()));
  }

  // the cost against a day-by-day sum written from METHODOLOGY 5

  @Property(tries = 300)
  void theCostIsTheSumOverItsDaysOfTheDaysRateOverSeven(@ForAll("cases") Case c) {
    assertThat(amounts(c.cost())).isEqualTo(naiveCost(c));
  }

  // a batch

  @Property(tries = 100)
  void aBatchGivesEachChildsCostAndLeavesOutChildrenWithNoDays(@ForAll("batches") Batch b) {
    BatchResult<PlacementCost> result = CALCULATOR.costs(b.histories(), b.window(), b.asAt(), b.card());

    List<String> expected = new ArrayList<>();
    for (CareHistory history : b.histories()) {
      PlacementCost alone = CALCULATOR.cost(history, b.window(), b.asAt(), b.card());
      if (!alone.years().isEmpty()) {
        expected.add(history.childId() + " " + alone.years());
      }
    }
    assertThat(result.failures()).isEmpty();
    assertThat(result.values()).extracting(cost -> cost.childId() + " " + cost.years())
        .containsExactlyElementsOf(expected);
  }

  @Property(tries = 100)
  void costingColumnsOnOneThreadOrManyGivesWhatCostingEachHistoryGives(@ForAll("batches") Batch b) {
    CareData data = CareData.of(b.histories());
    BatchResult<PlacementCost> byHistory = CALCULATOR.costs(data.histories(), b.window(), b.asAt(), b.card());

    BatchResult<PlacementCost> byColumns = CALCULATOR.costs(data, b.window(), b.asAt(), b.card());
    BatchResult<PlacementCost> inParallel = CALCULATOR.costsInParallel(data, b.window(), b.asAt(), b.card());

    for (BatchResult<PlacementCost> result : List.of(byColumns, inParallel)) {
      assertThat(result.failures()).isEqualTo(byHistory.failures());
      assertThat(result.values()).extracting(cost -> cost.childId() + " " + cost.years())
          .containsExactlyElementsOf(byHistory.values().stream()
              .map(cost -> cost.childId() + " " + cost.years()).collect(Collectors.toList()));
      for (int i = 0; i < result.values().size(); i++) {
        assertThat(result.values().get(i).segments()).isEqualTo(byHistory.values().get(i).segments());
      }
    }
  }

  record Batch(List<CareHistory> histories, LocalDateRange window, LocalDate asAt, RateCard card) {}

  @Provide
  Arbitrary<Batch> batches() {
    return PermanenceArbitraries.datesBetween(LocalDate.of(2005, 1, 1), LocalDate.of(2040, 1, 1))
        .flatMap(asAt -> Combinators.combine(
                PermanenceArbitraries.careData(asAt),
                PermanenceArbitraries.dateWindows(LocalDateRange.of(asAt.minusYears(4), asAt.plusYears(1))),
                PermanenceArbitraries.rateCards())
            .as((data, window, card) -> new Batch(data.histories(), window, asAt, card)));
  }

  // ------------------------------------------------------------------------------------------
  // helpers

  /** METHODOLOGY 5 day by day: each day in care costs the weekly rate of its row / 7. */
  private static Map<FinancialYear, ExactAmount> naiveCost(Case c) {
    Child child = c.history().child();
    Map<FinancialYear, BigDecimal> sevenTimes = new TreeMap<>();
    for (Episode episode : c.history().asAt(c.asAt()).episodes()) {
      if (episode.isShortBreak()) {
        continue;
      }
      LocalDateRange days = episode.range(c.asAt());
      for (LocalDate day = days.getStart(); day.isBefore(days.getEnd()); day = day.plusDays(1)) {
        if (!c.window().contains(day) || !day.isBefore(child.eighteenthBirthday())) {
          continue;
        }
        int age = Age.completedYears(child.dateOfBirth(), day);
        BigDecimal weekly = c.card().rate(episode.placementType(), episode.placementProvider(), age, day)
            .orElseThrow().weeklyCost();
        sevenTimes.merge(FinancialYear.from(day), weekly, BigDecimal::add);
      }
    }
    Map<FinancialYear, ExactAmount> amounts = new TreeMap<>();
    sevenTimes.forEach((year, seven) -> amounts.put(year, ExactAmount.ofSevenTimes(seven)));
    return amounts;
  }

  private static ExactAmount naiveStay(Stay s) {
    BigDecimal sevenTimes = BigDecimal.ZERO;
    for (LocalDate day = s.range().getStart(); day.isBefore(s.range().getEnd()); day = day.plusDays(1)) {
      if (!day.isBefore(s.child().eighteenthBirthday())) {
        break;
      }
      int age = s.child().ageOn(day);
      sevenTimes = sevenTimes.add(s.card().rate(s.place(), s.provider(), age, day).orElseThrow().weeklyCost());
    }
    return ExactAmount.ofSevenTimes(sevenTimes);
  }

  private static RateRow withWeeklyCost(RateRow row, BigDecimal weeklyCost) {
    return RateRow.builder()
        .place(row.place())
        .provider(row.provider())
        .minAge(row.minAge())
        .maxAge(row.maxAge())
        .effectiveFrom(row.effectiveFrom())
        .source(row.source())
        .weeklyCost(weeklyCost)
        .build();
  }

  private static Map<FinancialYear, ExactAmount> amounts(PlacementCost cost) {
    Map<FinancialYear, ExactAmount> amounts = new TreeMap<>();
    cost.years().forEach(year -> amounts.put(year.year(), year.amount()));
    return amounts;
  }

  private static Map<FinancialYear, Long> days(PlacementCost cost) {
    Map<FinancialYear, Long> days = new TreeMap<>();
    cost.years().forEach(year -> days.put(year.year(), year.days()));
    return days;
  }

  private static Map<FinancialYear, ExactAmount> sum(
      Map<FinancialYear, ExactAmount> a, Map<FinancialYear, ExactAmount> b) {
    Map<FinancialYear, ExactAmount> total = new TreeMap<>(a);
    b.forEach((year, amount) -> total.merge(year, amount, ExactAmount::plus));
    return total;
  }

  private static Map<FinancialYear, Long> sumDays(Map<FinancialYear, Long> a, Map<FinancialYear, Long> b) {
    Map<FinancialYear, Long> total = new TreeMap<>(a);
    b.forEach((year, days) -> total.merge(year, days, Long::sum));
    return total;
  }

  private static void collectCoverage(PlacementCost cost, RateCard card) {
    Statistics.label("days costed").collect(cost.days() == 0 ? "none" : "some");
    Statistics.label("years").collect(cost.years().size() > 1 ? "several" : String.valueOf(cost.years().size()));
    Statistics.label("rows used").collect(
        cost.segments().stream().anyMatch(s -> s.row() != card.rows().get(0)) ? "not only the catch-all" : "catch-all");
    Statistics.label("days costed").coverage(coverage -> coverage.check("some").percentage(p -> p >= 20));
    Statistics.label("years").coverage(coverage -> coverage.check("several").percentage(p -> p >= 3));
    Statistics.label("rows used")
        .coverage(coverage -> coverage.check("not only the catch-all").percentage(p -> p >= 8));
  }
}
