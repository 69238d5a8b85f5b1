package org.permanence.testkit;

import static java.time.temporal.ChronoUnit.DAYS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;
import org.permanence.care.CareData;
import org.permanence.care.CareHistory;
import org.permanence.care.Episode;
import org.permanence.child.Child;
import org.permanence.child.ChildId;
import org.permanence.code.CategoryOfNeed;
import org.permanence.code.LegalStatus;
import org.permanence.code.PlacementProvider;
import org.permanence.code.PlacementType;
import org.permanence.code.ReasonEpisodeCeased;
import org.permanence.code.ReasonForNewEpisode;
import org.permanence.code.ReasonForPlacementChange;
import org.permanence.code.Sex;
import org.permanence.input.InputFile;
import org.permanence.input.RateCards;
import org.permanence.rate.RateCard;
import org.permanence.rate.RateRow;
import org.permanence.time.FinancialYear;
import org.threeten.extra.LocalDateRange;

// coverage is still checked; only the printed tables are left out of the build log
@StatisticsReport(StatisticsReportMode.OFF)
class PermanenceArbitrariesTest {

  private static final int SAMPLES = 2000;

  private static final Set<ReasonForNewEpisode> CONTINUATIONS =
      EnumSet.of(
          ReasonForNewEpisode.P,
          ReasonForNewEpisode.L,
          ReasonForNewEpisode.T,
          ReasonForNewEpisode.U,
          ReasonForNewEpisode.B);

  private static final Set<PlacementType> TEMPORARY =
      EnumSet.of(
          PlacementType.T0, PlacementType.T1, PlacementType.T2, PlacementType.T3, PlacementType.T4);

  private static final Set<PlacementType> NO_PROVIDER =
      EnumSet.of(
          PlacementType.T0,
          PlacementType.T1,
          PlacementType.T2,
          PlacementType.T3,
          PlacementType.Z11,
          PlacementType.Z12,
          PlacementType.Z13,
          PlacementType.Z14);

  // ------------------------------------------------------------------------------------------
  // codes, identifiers, children, dates

  @Example
  void codeArbitrariesGiveEveryCode() {
    assertThat(sampled(PermanenceArbitraries.legalStatuses()))
        .containsOnly(LegalStatus.values());
    assertThat(sampled(PermanenceArbitraries.placementTypes()))
        .containsOnly(PlacementType.values());
    assertThat(sampled(PermanenceArbitraries.placementProviders()))
        .containsOnly(PlacementProvider.values());
    assertThat(sampled(PermanenceArbitraries.reasonsEpisodeCeased()))
        .containsOnly(ReasonEpisodeCeased.values());
    assertThat(sampled(PermanenceArbitraries.categoriesOfNeed()))
        .containsOnly(CategoryOfNeed.values());
    assertThat(sampled(PermanenceArbitraries.reasonsForNewEpisode()))
        .containsOnly(ReasonForNewEpisode.values());
    assertThat(sampled(PermanenceArbitraries.reasonsForPlacementChange()))
        .containsOnly(ReasonForPlacementChange.values());
    assertThat(sampled(PermanenceArbitraries.sexes())).containsOnly(Sex.values());
  }

  @Property(tries = 200)
  void childIdsReadBackFromTheirText(@ForAll("childIds") ChildId id) {
    assertThat(id.value()).isNotBlank().isEqualTo(id.value().strip());
    assertThat(ChildId.of(id.value())).isEqualTo(id);
  }

  @Provide
  Arbitrary<ChildId> childIds() {
    return PermanenceArbitraries.childIds();
  }

  @Property(tries = 300)
  void childrenAreBornFrom1995To2025(@ForAll("children") Child child) {
    assertThat(child.dateOfBirth())
        .isAfterOrEqualTo(LocalDate.of(1995, 1, 1))
        .isBefore(LocalDate.of(2026, 1, 1));
    Statistics.label("29 February birth").collect(isLeapDay(child.dateOfBirth()));
    Statistics.label("29 February birth")
        .coverage(coverage -> coverage.check(true).percentage(p -> p >= 1));
  }

  @Provide
  Arbitrary<Child> children() {
    return PermanenceArbitraries.children();
  }

  @Example
  void leapDayBirthsOccur() {
    assertThat(
            PermanenceArbitraries.children()
                .sampleStream()
                .limit(SAMPLES)
                .anyMatch(child -> isLeapDay(child.dateOfBirth())))
        .isTrue();
  }

  @Property(tries = 200)
  void datesBetweenStayInTheHalfOpenRange(@ForAll("datesInRanges") Tuple2<LocalDateRange, LocalDate> pair) {
    assertThat(pair.get1().contains(pair.get2())).isTrue();
  }

  @Provide
  Arbitrary<Tuple2<LocalDateRange, LocalDate>> datesInRanges() {
    return PermanenceArbitraries.dateWindows()
        .filter(window -> !window.isEmpty())
        .flatMap(
            range ->
                PermanenceArbitraries.datesBetween(range.getStart(), range.getEnd())
                    .map(date -> Tuple.of(range, date)));
  }

  @Example
  void datesBetweenReachBothEndsOfARange() {
    LocalDate start = LocalDate.of(2020, 3, 30);
    LocalDate endExclusive = LocalDate.of(2020, 4, 2);
    List<LocalDate> dates =
        sampled(PermanenceArbitraries.datesBetween(start, endExclusive));
    assertThat(dates)
        .containsOnly(
            LocalDate.of(2020, 3, 30), LocalDate.of(2020, 3, 31), LocalDate.of(2020, 4, 1));
  }

  @Example
  void datesBetweenRefuseAnEmptyRange() {
    LocalDate date = LocalDate.of(2020, 4, 1);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PermanenceArbitraries.datesBetween(date, date))
        .withMessageContaining("endExclusive");
  }

  @Property(tries = 200)
  void financialYearsRunFrom2000To2040(@ForAll("financialYears") FinancialYear year) {
    assertThat(year.startYear()).isBetween(2000, 2040);
  }

  @Provide
  Arbitrary<FinancialYear> financialYears() {
    return PermanenceArbitraries.financialYears();
  }

  // ------------------------------------------------------------------------------------------
  // windows

  @Property(tries = 500)
  void dateWindowsAreHalfOpenAndWithinTheirBounds(@ForAll("windows") LocalDateRange window) {
    assertThat(window.getStart()).isAfterOrEqualTo(LocalDate.of(1995, 1, 1));
    assertThat(window.getEnd())
        .isAfterOrEqualTo(window.getStart())
        .isBeforeOrEqualTo(LocalDate.of(2046, 1, 1));
    assertThat(window.lengthInDays()).isEqualTo(DAYS.between(window.getStart(), window.getEnd()));
    assertThat(window.contains(window.getStart())).isEqualTo(!window.isEmpty());
    assertThat(window.contains(window.getEnd())).isFalse();

    Statistics.label("shape").collect(shape(window));
    Statistics.label("shape")
        .coverage(
            coverage -> {
              coverage.check("empty").count(n -> n > 0);
              coverage.check("one day").count(n -> n > 0);
              coverage.check("financial year").count(n -> n > 0);
            });
    Statistics.label("across 31 March / 1 April").collect(crossesYearEnd(window));
    Statistics.label("across 31 March / 1 April")
        .coverage(coverage -> coverage.check(true).percentage(p -> p >= 5));
  }

  @Provide
  Arbitrary<LocalDateRange> windows() {
    return PermanenceArbitraries.dateWindows();
  }

  @Property(tries = 200)
  void dateWindowsWithinARangeStayInIt(@ForAll("boundedWindows") Tuple2<LocalDateRange, LocalDateRange> pair) {
    LocalDateRange within = pair.get1();
    LocalDateRange window = pair.get2();
    assertThat(window.getStart()).isAfterOrEqualTo(within.getStart());
    assertThat(window.getEnd())
        .isAfterOrEqualTo(window.getStart())
        .isBeforeOrEqualTo(within.getEnd());
  }

  @Provide
  Arbitrary<Tuple2<LocalDateRange, LocalDateRange>> boundedWindows() {
    return PermanenceArbitraries.dateWindows()
        .flatMap(
            within -> PermanenceArbitraries.dateWindows(within).map(w -> Tuple.of(within, w)));
  }

  @Example
  void dateWindowsIncludeEmptyOneDayAndYearEndWindows() {
    List<LocalDateRange> windows = sampled(PermanenceArbitraries.dateWindows());
    assertThat(windows).anyMatch(LocalDateRange::isEmpty);
    assertThat(windows).anyMatch(w -> w.lengthInDays() == 1);
    assertThat(windows).anyMatch(PermanenceArbitrariesTest::crossesYearEnd);
  }

  // ------------------------------------------------------------------------------------------
  // episodes

  @Property(tries = 300)
  void episodesAreEachValid(@ForAll("childEpisodes") Tuple2<Child, Episode> pair) {
    Child child = pair.get1();
    Episode episode = pair.get2();
    assertThat(episode.childId()).isEqualTo(child.id());
    assertThat(episode.start()).isAfterOrEqualTo(child.dateOfBirth());
    episode.endExclusive().ifPresent(end -> assertThat(end).isAfterOrEqualTo(episode.start()));
    assertThat(episode.reasonEnded().isPresent()).isEqualTo(episode.endExclusive().isPresent());
    assertThat(CareHistory.problems(child, List.of(episode))).isEmpty();
    assertProviderFits(episode);
    Statistics.label("open").collect(episode.isOpen());
    Statistics.label("open").coverage(coverage -> coverage.check(true).count(n -> n > 0));
  }

  @Provide
  Arbitrary<Tuple2<Child, Episode>> childEpisodes() {
    return PermanenceArbitraries.children()
        .flatMap(child -> PermanenceArbitraries.episodes(child).map(e -> Tuple.of(child, e)));
  }

  // ------------------------------------------------------------------------------------------
  // care histories

  @Property(tries = 500)
  void careHistoriesAreValidAndPlausible(@ForAll("histories") CareHistory history) {
    assertValidAndPlausible(history);
    collectEdgeCases(history);
    for (String edgeCase :
        List.of("29 February birth", "zero-day episode", "same-day re-entry", "open", "short break",
            "more than one period", "care to the 18th birthday", "care past the 18th birthday")) {
      Statistics.label(edgeCase).coverage(coverage -> coverage.check(true).count(n -> n > 0));
    }
  }

  @Provide
  Arbitrary<CareHistory> histories() {
    return PermanenceArbitraries.careHistories();
  }

  @Property(tries = 300)
  void careHistoriesAsAtADateAreAsExtractedThen(@ForAll("extracts") Tuple2<LocalDate, CareHistory> pair) {
    LocalDate asAt = pair.get1();
    CareHistory history = pair.get2();
    assertValidAndPlausible(history);
    assertThat(history.child().dateOfBirth()).isBeforeOrEqualTo(asAt);
    for (Episode episode : history.episodes()) {
      assertThat(episode.start()).isBeforeOrEqualTo(asAt);
      episode.endExclusive().ifPresent(end -> assertThat(end).isBeforeOrEqualTo(asAt));
    }
    assertThat(history.asAt(asAt)).isEqualTo(history);
    assertThat(history.periodsOfCare(asAt)).isNotEmpty();
    Statistics.label("open at the date").collect(history.episodes().get(history.episodes().size() - 1).isOpen());
    Statistics.label("open at the date")
        .coverage(coverage -> {
          coverage.check(true).count(n -> n > 0);
          coverage.check(false).count(n -> n > 0);
        });
  }

  @Provide
  Arbitrary<Tuple2<LocalDate, CareHistory>> extracts() {
    return PermanenceArbitraries.datesBetween(LocalDate.of(2000, 1, 1), LocalDate.of(2041, 1, 1))
        .flatMap(asAt -> PermanenceArbitraries.careHistories(asAt).map(h -> Tuple.of(asAt, h)));
  }

  @Example
  void edgeCasesOfHistoriesOccur() {
    List<CareHistory> histories = sampled(PermanenceArbitraries.careHistories());
    assertThat(histories).anyMatch(h -> isLeapDay(h.child().dateOfBirth()));
    assertThat(histories).anyMatch(PermanenceArbitrariesTest::hasZeroDayEpisode);
    assertThat(histories).anyMatch(PermanenceArbitrariesTest::hasSameDayReEntry);
    assertThat(histories).anyMatch(PermanenceArbitrariesTest::isOpen);
    assertThat(histories).anyMatch(h -> h.episodes().stream().anyMatch(Episode::isShortBreak));
    assertThat(histories).anyMatch(h -> careEpisodes(h).stream().anyMatch(PermanenceArbitrariesTest::endsX1));
  }

  @Example
  void mostHistoriesEndCareByTheEighteenthBirthday() {
    List<CareHistory> histories = sampled(PermanenceArbitraries.careHistories());
    long past = histories.stream().filter(PermanenceArbitrariesTest::runsPastEighteen).count();
    assertThat(past).isPositive().isLessThan(histories.size() / 4);
  }

  @Property(tries = 100)
  void careDataHoldsDistinctChildrenInOrder(@ForAll("data") CareData data) {
    List<ChildId> ids = data.histories().stream().map(CareHistory::childId).toList();
    assertThat(ids).doesNotHaveDuplicates().isSorted();
    assertThat(data.size()).isBetween(0, 8);
    for (CareHistory history : data.histories()) {
      assertValidAndPlausible(history);
      assertThat(data.history(history.childId())).isSameAs(history);
    }
    Statistics.label("children").collect(data.size() > 1 ? "several" : String.valueOf(data.size()));
    Statistics.label("children").coverage(coverage -> coverage.check("several").count(n -> n > 0));
  }

  @Provide
  Arbitrary<CareData> data() {
    return PermanenceArbitraries.careData();
  }

  @Property(tries = 100)
  void careDataAsAtADateIsAsExtractedThen(@ForAll("dataExtracts") Tuple2<LocalDate, CareData> pair) {
    LocalDate asAt = pair.get1();
    for (CareHistory history : pair.get2().histories()) {
      assertValidAndPlausible(history);
      assertThat(history.asAt(asAt)).isEqualTo(history);
    }
  }

  @Provide
  Arbitrary<Tuple2<LocalDate, CareData>> dataExtracts() {
    return PermanenceArbitraries.datesBetween(LocalDate.of(2000, 1, 1), LocalDate.of(2041, 1, 1))
        .flatMap(asAt -> PermanenceArbitraries.careData(asAt).map(d -> Tuple.of(asAt, d)));
  }

  @Property(tries = 200)
  void asAtDatesAndWindowsAroundAHistoryAreNearIt(@ForAll("datesAround") Tuple2<CareHistory, Tuple2<LocalDate, LocalDateRange>> sample) {
    CareHistory history = sample.get1();
    LocalDate asAt = sample.get2().get1();
    LocalDateRange window = sample.get2().get2();
    LocalDate birth = history.child().dateOfBirth();
    assertThat(asAt).isAfterOrEqualTo(birth.minusDays(1));
    assertThat(window.getStart()).isAfterOrEqualTo(history.episodes().get(0).start().minusYears(1));
    assertThat(window.getEnd()).isAfterOrEqualTo(window.getStart());
  }

  @Provide
  Arbitrary<Tuple2<CareHistory, Tuple2<LocalDate, LocalDateRange>>> datesAround() {
    return PermanenceArbitraries.careHistories()
        .flatMap(
            h ->
                Combinators.combine(
                        PermanenceArbitraries.asAtDates(h), PermanenceArbitraries.dateWindowsAround(h))
                    .as((d, w) -> Tuple.of(h, Tuple.of(d, w))));
  }

  // ------------------------------------------------------------------------------------------
  // rate cards

  @Property(tries = 500)
  void rateRowsAreValidAsMethodology5DefinesThem(@ForAll("rateRows") RateRow row) {
    assertThat(row.weeklyCost()).isNotNegative();
    assertThat(row.weeklyCost().scale()).isBetween(0, 2);
    assertThat(row.weeklyCost()).isLessThanOrEqualTo(new BigDecimal("5000"));
    row.minAge().ifPresent(min -> assertThat(min).isBetween(0, 17));
    row.maxAge().ifPresent(max -> assertThat(max).isBetween(0, 17));
    assertThat(row.lowestAge()).isLessThanOrEqualTo(row.highestAge());
    assertThat(row.effectiveFrom())
        .isAfterOrEqualTo(LocalDate.of(1995, 1, 1))
        .isBefore(LocalDate.of(2046, 1, 1));
    assertThat(row.source()).isEmpty();
    assertThat(Arrays.stream(PlacementType.values()).anyMatch(row.place()::matches))
        .as("the place %s matches some placement type", row.place())
        .isTrue();
    // the row reads back from its CSV text
    assertThat(readCard(List.of(row)).rows())
        .singleElement()
        .satisfies(read -> assertThat(read.toString()).isEqualTo(row.toString()));

    Statistics.label("place").collect(placeKind(row));
    Statistics.label("provider").collect(row.provider().isPresent() ? "exact" : "*");
    Statistics.label("ages").collect(ageKind(row));
    Statistics.label("weekly cost").collect(costKind(row.weeklyCost()));
    Statistics.label("from 1 April").collect(isFirstOfApril(row.effectiveFrom()));
    Statistics.label("place")
        .coverage(coverage -> {
          coverage.check("exact").percentage(p -> p >= 30);
          coverage.check("prefix").percentage(p -> p >= 10);
          coverage.check("*").percentage(p -> p >= 10);
        });
    Statistics.label("provider")
        .coverage(coverage -> {
          coverage.check("exact").percentage(p -> p >= 30);
          coverage.check("*").percentage(p -> p >= 30);
        });
    Statistics.label("ages")
        .coverage(coverage -> {
          coverage.check("unbounded").percentage(p -> p >= 15);
          coverage.check("min only").percentage(p -> p >= 5);
          coverage.check("max only").percentage(p -> p >= 5);
          coverage.check("both").percentage(p -> p >= 15);
        });
    Statistics.label("weekly cost")
        .coverage(coverage -> {
          coverage.check("zero").count(n -> n > 0);
          coverage.check("whole pounds").percentage(p -> p >= 20);
          coverage.check("pence").percentage(p -> p >= 20);
        });
    Statistics.label("from 1 April").coverage(coverage -> coverage.check(true).percentage(p -> p >= 40));
  }

  @Provide
  Arbitrary<RateRow> rateRows() {
    return PermanenceArbitraries.rateRows();
  }

  @Example
  void rateRowsIncludeEveryKindOfPlacePattern() {
    List<RateRow> rows = sampled(PermanenceArbitraries.rateRows());
    assertThat(rows).anyMatch(r -> r.place().toString().equals("*"));
    assertThat(rows).anyMatch(r -> r.place().toString().length() == 2 && r.place().toString().endsWith("*"));
    assertThat(rows).anyMatch(r -> r.place().toString().length() == 3 && r.place().toString().endsWith("*"));
    assertThat(rows).anyMatch(r -> r.place().exact().isPresent());
    assertThat(rows).anyMatch(r -> r.minAge().isPresent() && r.minAge().equals(r.maxAge()));
  }

  @Property(tries = 300)
  void rateCardsAreValidAndPriceEveryPlacementAgeAndDay(
      @ForAll("rateCards") RateCard card,
      @ForAll("placementTypes") PlacementType place,
      @ForAll("providersOrNone") Optional<PlacementProvider> provider,
      @ForAll @IntRange(min = 0, max = 17) int age,
      @ForAll("daysSince1900") LocalDate day) {
    assertThat(RateCard.problems(card.rows())).isEmpty();
    RateRow first = card.rows().get(0);
    assertThat(first.toString()).startsWith("*,*,,,1900-01-01,");
    assertThat(first.weeklyCost()).isNotNegative();
    assertThat(card.rows()).hasSizeBetween(1, 13);
    assertThat(card.rate(place, provider, age, day)).isPresent();
    assertThat(readCard(card.rows()).rows()).extracting(RateRow::toString)
        .containsExactlyElementsOf(card.rows().stream().map(RateRow::toString).toList());

    Optional<RateRow> applies = card.rate(place, provider, age, day);
    Statistics.label("rows").collect(card.rows().size() == 1 ? "1" : card.rows().size() <= 5 ? "2-5" : "6+");
    Statistics.label("rate from").collect(applies.get() == first ? "catch-all" : "another row");
    Statistics.label("rows").coverage(coverage -> {
      coverage.check("2-5").percentage(p -> p >= 10);
      coverage.check("6+").percentage(p -> p >= 10);
    });
    // at 5% the check failed a run now and then by chance (4.33% once); 2% still fails a
    // generator that never or seldom lets another row win
    Statistics.label("rate from").coverage(coverage -> coverage.check("another row").percentage(p -> p >= 2));
  }

  @Provide
  Arbitrary<RateCard> rateCards() {
    return PermanenceArbitraries.rateCards();
  }

  @Provide
  Arbitrary<PlacementType> placementTypes() {
    return PermanenceArbitraries.placementTypes();
  }

  @Provide
  Arbitrary<Optional<PlacementProvider>> providersOrNone() {
    return PermanenceArbitraries.placementProviders().optional(0.8);
  }

  @Provide
  Arbitrary<LocalDate> daysSince1900() {
    return Arbitraries.frequencyOf(List.of(
        Tuple.of(1, Arbitraries.just(LocalDate.of(1900, 1, 1))),
        Tuple.of(9, PermanenceArbitraries.datesBetween(LocalDate.of(1900, 1, 1), LocalDate.of(2100, 1, 1)))));
  }

  @Example
  void rateCardsRangeFromTheCatchAllRowAloneToManyRows() {
    List<RateCard> cards = sampled(PermanenceArbitraries.rateCards());
    assertThat(cards).anyMatch(card -> card.rows().size() == 1);
    assertThat(cards).anyMatch(card -> card.rows().size() > 8);
    assertThat(cards).anyMatch(card -> card.rows().get(0).weeklyCost().signum() == 0);
    assertThat(cards).allMatch(card -> card.rows().stream().skip(1)
        .noneMatch(row -> row.effectiveFrom().equals(LocalDate.of(1900, 1, 1))));
  }

  // ------------------------------------------------------------------------------------------
  // checks

  /** The rules the generators promise, checked from the episodes themselves. */
  private static void assertValidAndPlausible(CareHistory history) {
    Child child = history.child();
    List<Episode> episodes = history.episodes();
    assertThat(episodes).isNotEmpty();
    assertThat(CareHistory.problems(child, episodes)).isEmpty();
    assertThat(CareHistory.of(child, episodes)).isEqualTo(history);
    for (int i = 0; i < episodes.size(); i++) {
      Episode episode = episodes.get(i);
      assertThat(episode.childId()).isEqualTo(child.id());
      assertThat(episode.start()).isAfterOrEqualTo(child.dateOfBirth());
      if (i < episodes.size() - 1) {
        assertThat(episode.isOpen()).as("only the last episode may be open").isFalse();
      }
      assertProviderFits(episode);
      assertPlacementValidInItsYear(episode);
      if (episode.reasonForPlacementChange().isPresent()) {
        assertThat(endsX1(episode)).as("a placement change is recorded where a placement ended").isTrue();
        Episode next = episodes.get(i + 1);
        assertThat(next.reasonForNewEpisode()).isNotEqualTo(ReasonForNewEpisode.L);
      }
      if (episode.placementType() == PlacementType.A5 || episode.placementType() == PlacementType.A6) {
        assertThat(episode.legalStatus()).isEqualTo(LegalStatus.E1);
      }
      if (episode.isShortBreak()) {
        assertThat(episode.legalStatus()).isEqualTo(LegalStatus.V3);
        assertThat(episode.reasonForNewEpisode()).isEqualTo(ReasonForNewEpisode.S);
        assertThat(episode.reasonEnded()).isNotEqualTo(Optional.of(ReasonEpisodeCeased.X1));
        episode.endExclusive()
            .ifPresent(end -> assertThat(DAYS.between(episode.start(), end)).isBetween(1L, 17L));
      }
    }
    List<Episode> care = careEpisodes(history);
    assertThat(care).isNotEmpty();
    assertThat(care.get(0).reasonForNewEpisode()).isEqualTo(ReasonForNewEpisode.S);
    assertThat(TEMPORARY).doesNotContain(care.get(0).placementType());
    for (int i = 1; i < care.size(); i++) {
      Episode previous = care.get(i - 1);
      Episode next = care.get(i);
      if (endsX1(previous)) {
        assertThat(next.start()).as("a continuation starts on the day the previous ended")
            .isEqualTo(previous.endExclusive().get());
        assertThat(CONTINUATIONS).contains(next.reasonForNewEpisode());
        assertThat(next.categoryOfNeed()).isEqualTo(previous.categoryOfNeed());
        assertContinuationFits(previous, next);
      } else {
        assertThat(next.reasonForNewEpisode()).isEqualTo(ReasonForNewEpisode.S);
        assertThat(TEMPORARY).as("a period neither starts nor ends in a temporary placement")
            .doesNotContain(previous.placementType(), next.placementType());
      }
    }
  }

  private static void assertContinuationFits(Episode previous, Episode next) {
    switch (next.reasonForNewEpisode()) {
      case L -> {
        assertThat(next.legalStatus()).isNotEqualTo(previous.legalStatus());
        assertThat(next.placementType()).isEqualTo(previous.placementType());
        assertThat(next.placementProvider()).isEqualTo(previous.placementProvider());
      }
      case P -> assertThat(next.legalStatus()).isEqualTo(previous.legalStatus());
      case T -> assertThat(next.legalStatus()).isEqualTo(previous.legalStatus());
      case U, B -> assertThat(next.legalStatus()).isNotEqualTo(previous.legalStatus());
      default -> throw new AssertionError("not a continuation: " + next.reasonForNewEpisode());
    }
  }

  /** DOMAIN.md section 1: K3 from 2024-25; H5, P2 and Z1 until 2024-25; Z11-Z14 from 2025-26. */
  private static void assertPlacementValidInItsYear(Episode episode) {
    LocalDate start = episode.start();
    switch (episode.placementType()) {
      case K3 -> assertThat(start).isAfterOrEqualTo(LocalDate.of(2024, 4, 1));
      case H5, P2, Z1 -> assertThat(start).isBefore(LocalDate.of(2025, 4, 1));
      case Z11, Z12, Z13, Z14 -> assertThat(start).isAfterOrEqualTo(LocalDate.of(2025, 4, 1));
      default -> {
        // valid in every year since 2017-18
      }
    }
  }

  private static void assertProviderFits(Episode episode) {
    if (NO_PROVIDER.contains(episode.placementType())) {
      assertThat(episode.placementProvider()).isEmpty();
    }
    if (episode.placementProvider().equals(Optional.of(PlacementProvider.PR0))) {
      assertThat(episode.placementType()).isEqualTo(PlacementType.P1);
    }
  }

  private static void collectEdgeCases(CareHistory history) {
    Statistics.label("29 February birth").collect(isLeapDay(history.child().dateOfBirth()));
    Statistics.label("zero-day episode").collect(hasZeroDayEpisode(history));
    Statistics.label("same-day re-entry").collect(hasSameDayReEntry(history));
    Statistics.label("open").collect(isOpen(history));
    Statistics.label("short break")
        .collect(history.episodes().stream().anyMatch(Episode::isShortBreak));
    long periods = careEpisodes(history).stream().filter(e -> !endsX1(e)).count();
    Statistics.label("more than one period").collect(periods > 1);
    LocalDate adulthood = history.child().eighteenthBirthday();
    Statistics.label("care to the 18th birthday")
        .collect(careEpisodes(history).stream()
            .anyMatch(e -> e.endExclusive().equals(Optional.of(adulthood))));
    Statistics.label("care past the 18th birthday").collect(runsPastEighteen(history));
  }

  private static boolean runsPastEighteen(CareHistory history) {
    LocalDate adulthood = history.child().eighteenthBirthday();
    return history.episodes().stream()
        .anyMatch(e -> e.endExclusive().map(end -> end.isAfter(adulthood)).orElse(false)
            || !e.start().isBefore(adulthood));
  }

  private static List<Episode> careEpisodes(CareHistory history) {
    return history.episodes().stream().filter(e -> !e.isShortBreak()).toList();
  }

  private static boolean endsX1(Episode episode) {
    return episode.reasonEnded().equals(Optional.of(ReasonEpisodeCeased.X1));
  }

  private static boolean hasZeroDayEpisode(CareHistory history) {
    return history.episodes().stream()
        .anyMatch(e -> e.endExclusive().equals(Optional.of(e.start())));
  }

  private static boolean hasSameDayReEntry(CareHistory history) {
    List<Episode> care = careEpisodes(history);
    for (int i = 1; i < care.size(); i++) {
      Episode previous = care.get(i - 1);
      if (!endsX1(previous) && previous.endExclusive().equals(Optional.of(care.get(i).start()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOpen(CareHistory history) {
    return history.episodes().get(history.episodes().size() - 1).isOpen();
  }

  private static boolean isLeapDay(LocalDate date) {
    return date.getMonth() == Month.FEBRUARY && date.getDayOfMonth() == 29;
  }

  private static boolean crossesYearEnd(LocalDateRange window) {
    for (int year = window.getStart().getYear(); year <= window.getEnd().getYear(); year++) {
      if (window.contains(LocalDate.of(year, Month.MARCH, 31))
          && window.contains(LocalDate.of(year, Month.APRIL, 1))) {
        return true;
      }
    }
    return false;
  }

  private static String shape(LocalDateRange window) {
    if (window.isEmpty()) {
      return "empty";
    }
    if (window.lengthInDays() == 1) {
      return "one day";
    }
    if (window.equals(FinancialYear.from(window.getStart()).range())) {
      return "financial year";
    }
    return "other";
  }

  /** Reads rows back through the rate card reader, from their CSV text. */
  private static RateCard readCard(List<RateRow> rows) {
    StringBuilder csv = new StringBuilder("place,provider,min_age,max_age,effective_from,weekly_cost\n");
    rows.forEach(row -> csv.append(row).append('\n'));
    return RateCards.read(InputFile.ofText("rates.csv", csv.toString()));
  }

  private static String placeKind(RateRow row) {
    String place = row.place().toString();
    return place.equals("*") ? "*" : place.endsWith("*") ? "prefix" : "exact";
  }

  private static String ageKind(RateRow row) {
    if (row.minAge().isPresent()) {
      return row.maxAge().isPresent() ? "both" : "min only";
    }
    return row.maxAge().isPresent() ? "max only" : "unbounded";
  }

  private static String costKind(BigDecimal cost) {
    if (cost.signum() == 0) {
      return "zero";
    }
    return cost.scale() == 0 ? "whole pounds" : "pence";
  }

  private static boolean isFirstOfApril(LocalDate date) {
    return date.getMonth() == Month.APRIL && date.getDayOfMonth() == 1;
  }

  private static <T> List<T> sampled(Arbitrary<T> arbitrary) {
    return arbitrary.sampleStream().limit(SAMPLES).collect(Collectors.toCollection(ArrayList::new));
  }
}
