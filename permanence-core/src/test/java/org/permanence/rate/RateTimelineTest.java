package org.permanence.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.permanence.code.PlacementProvider;
import org.permanence.code.PlacementType;

class RateTimelineTest {

  private static final Optional<PlacementProvider> PR4 = Optional.of(PlacementProvider.PR4);
  private static final Optional<PlacementProvider> NO_PROVIDER = Optional.empty();

  private static final RateRow PREFIX_2019 = row("U*,PR4,,,2019-04-01,900");
  private static final RateRow EXACT_2020 = row("U4,*,,,2020-04-01,800");
  private static final RateRow BOUNDED_2021 = row("U4,*,11,15,2021-04-01,950");
  private static final RateRow PREFIX_2022 = row("U*,PR4,,,2022-04-01,990");

  private static final RateCard CARD =
      RateCard.of(List.of(PREFIX_2019, EXACT_2020, BOUNDED_2021, PREFIX_2022));

  // Worked by hand from METHODOLOGY 5. For U4 with PR4, the candidates in order of preference are
  // U4 11-15 (exact place, bounded), U4 (exact place), then the two U*,PR4 rows, latest first.
  // At each effective date the first candidate that has taken effect wins:
  //   aged 12: 2019-04-01 U*,PR4 900; 2020-04-01 U4 800; 2021-04-01 U4 11-15 950;
  //            2022-04-01 U4 11-15 still wins, so no new span.
  //   aged 10: U4 11-15 never applies, so 2019-04-01 900; 2020-04-01 800; 2022-04-01 800 still.

  @Test
  void aged12TheSpansFollowEachRowThatWins() {
    RateTimeline timeline = CARD.timeline(PlacementType.U4, PR4);

    assertSpans(timeline, 12,
        span(null, null),
        span("2019-04-01", PREFIX_2019),
        span("2020-04-01", EXACT_2020),
        span("2021-04-01", BOUNDED_2021));
  }

  @Test
  void aged10TheBoundedRowNeverAppliesAndALosingRowMakesNoSpan() {
    RateTimeline timeline = CARD.timeline(PlacementType.U4, PR4);

    assertSpans(timeline, 10,
        span(null, null),
        span("2019-04-01", PREFIX_2019),
        span("2020-04-01", EXACT_2020));
  }

  @Test
  void aPlacementMatchedOnlyByThePrefixChangesAtEachOfItsRows() {
    // U5 with PR4: only the U*,PR4 rows match, at any age
    RateTimeline timeline = CARD.timeline(PlacementType.U5, PR4);

    for (int age : new int[] {0, 12, 17}) {
      assertSpans(timeline, age,
          span(null, null),
          span("2019-04-01", PREFIX_2019),
          span("2022-04-01", PREFIX_2022));
    }
  }

  @Test
  void aPlacementWithNoProviderUsesOnlyStarProviderRows() {
    // U4 with no provider: the U*,PR4 rows do not match
    RateTimeline timeline = CARD.timeline(PlacementType.U4, NO_PROVIDER);

    assertSpans(timeline, 12,
        span(null, null),
        span("2020-04-01", EXACT_2020),
        span("2021-04-01", BOUNDED_2021));
    assertSpans(timeline, 16,
        span(null, null),
        span("2020-04-01", EXACT_2020));
  }

  @Test
  void aPlacementNoRowMatchesHasOneEmptySpanForAllTime() {
    RateTimeline timeline = CARD.timeline(PlacementType.K2, PR4);

    assertSpans(timeline, 5, span(null, null));
    assertThat(timeline.rowOn(5, LocalDate.of(2030, 1, 1))).isEmpty();
  }

  @ParameterizedTest(name = "aged {0} on {1}: span {2}")
  @CsvSource({
    "12, 2019-03-31, 0",
    "12, 2019-04-01, 1",
    "12, 2020-03-31, 1",
    "12, 2020-04-01, 2",
    "12, 2021-03-31, 2",
    "12, 2021-04-01, 3",
    "12, 2022-04-01, 3",
    "12, 2099-12-31, 3",
    "12, 1900-01-01, 0",
    "10, 2021-04-01, 2",
    "10, 2022-04-01, 2",
  })
  void spanAtFindsTheSpanHoldingTheDayBothEndsIncluded(int age, String day, int expected) {
    RateTimeline timeline = CARD.timeline(PlacementType.U4, PR4);
    long epochDay = LocalDate.parse(day).toEpochDay();

    int span = timeline.spanAt(age, epochDay);

    assertThat(span).isEqualTo(expected);
    assertThat(timeline.spanStart(age, span)).isLessThanOrEqualTo(epochDay);
    assertThat(timeline.spanEnd(age, span)).isGreaterThan(epochDay);
  }

  @ParameterizedTest(name = "aged {0} on {1}: {2}")
  @CsvSource(delimiter = '|', value = {
    "12 | 2019-03-31 | -",
    "12 | 2019-04-01 | U*,PR4,,,2019-04-01,900",
    "12 | 2020-04-01 | U4,*,,,2020-04-01,800",
    "12 | 2021-03-31 | U4,*,,,2020-04-01,800",
    "12 | 2021-04-01 | U4,*,11,15,2021-04-01,950",
    "12 | 2023-06-01 | U4,*,11,15,2021-04-01,950",
    "10 | 2023-06-01 | U4,*,,,2020-04-01,800",
    "11 | 2021-04-01 | U4,*,11,15,2021-04-01,950",
    "15 | 2021-04-01 | U4,*,11,15,2021-04-01,950",
    "16 | 2021-04-01 | U4,*,,,2020-04-01,800",
  })
  void rowOnGivesTheRowThatApplies(int age, String day, String expected) {
    RateTimeline timeline = CARD.timeline(PlacementType.U4, PR4);

    Optional<RateRow> found = timeline.rowOn(age, LocalDate.parse(day));

    if (expected.equals("-")) {
      assertThat(found).isEmpty();
    } else {
      assertThat(found).contains(row(expected));
    }
  }

  @Test
  void theFirstSpanStartsAtTheBeginningOfTimeAndTheLastRunsForever() {
    RateTimeline timeline = CARD.timeline(PlacementType.U4, PR4);

    assertThat(timeline.spanStart(12, 0)).isEqualTo(Long.MIN_VALUE);
    assertThat(timeline.spanEnd(12, 0)).isEqualTo(LocalDate.of(2019, 4, 1).toEpochDay());
    assertThat(timeline.spanEnd(12, 3)).isEqualTo(Long.MAX_VALUE);
    assertThat(timeline.spanAt(12, Long.MIN_VALUE)).isZero();
    assertThat(timeline.spanAt(12, Long.MAX_VALUE)).isEqualTo(3);
  }

  @Test
  void anEmptyCardHasNoRateAtAll() {
    RateTimeline timeline = RateCard.of(List.of()).timeline(PlacementType.U4, PR4);

    for (int age = 0; age < 18; age++) {
      assertSpans(timeline, age, span(null, null));
    }
  }

  @ParameterizedTest(name = "age {0}")
  @ValueSource(ints = {-1, 18, 25})
  void refusesAgesOutside0To17(int age) {
    RateTimeline timeline = CARD.timeline(PlacementType.U4, PR4);
    LocalDate day = LocalDate.of(2021, 4, 1);

    assertThatIllegalArgumentException().isThrownBy(() -> timeline.rowOn(age, day))
        .withMessageContaining(String.valueOf(age));
    assertThatIllegalArgumentException().isThrownBy(() -> timeline.spanAt(age, day.toEpochDay()));
    assertThatIllegalArgumentException().isThrownBy(() -> timeline.rowOrNull(age, 0));
  }

  /**
   * A span's weekly cost in ten-thousandths of a pound, for the costing's exact long arithmetic:
   * the cost times 10,000 while that is a whole number below 2^40 (1,099,511,627,776, so a cost
   * below £109,951,162.7776), otherwise -1, as for no row.
   */
  @ParameterizedTest(name = "£{0} a week: {1}")
  @CsvSource({
    "700,                1,    7000000",
    "134.29,             2,    1342900",
    "0,                  3,    0",
    // four decimals are whole ten-thousandths; five are not, even with a trailing zero dropped
    "700.0001,           4,    7000001",
    "700.00001,          5,    -1",
    "700.00010,          6,    7000001",
    // written with an exponent, as BigDecimal may hold it
    "7E+2,               7,    7000000",
    // just below 2^40 ten-thousandths, and at it
    "109951162.7775,     8,    1099511627775",
    "109951162.7776,     9,    -1",
  })
  void aSpansWeeklyCostInTenThousandths(String weekly, int month, long expected) {
    // a row taking effect on the first of a month of 2020, with no row before it
    RateCard card = RateCard.of(List.of(row("U4,*,,,2020-" + (month < 10 ? "0" : "") + month + "-01," + weekly)));
    RateTimeline timeline = card.timeline(PlacementType.U4, PR4);
    int span = timeline.spanAt(12, LocalDate.of(2021, 1, 1).toEpochDay());

    assertThat(timeline.weeklyTenThousandths(12, span)).isEqualTo(expected);
    assertThat(timeline.rowOrNull(12, span).weeklyCost()).isEqualTo(new BigDecimal(weekly));
    assertThat(timeline.weeklyTenThousandths(12, 0)).as("before the row, no row").isEqualTo(-1);
  }

  @Test
  void knowsItsPlacementAndIsMadeOncePerPlacement() {
    RateTimeline withProvider = CARD.timeline(PlacementType.U4, PR4);
    RateTimeline without = CARD.timeline(PlacementType.U4, NO_PROVIDER);

    assertThat(withProvider.place()).isEqualTo(PlacementType.U4);
    assertThat(withProvider.provider()).isEqualTo(PR4);
    assertThat(without.provider()).isEmpty();
    assertThat(CARD.timeline(PlacementType.U4, PR4)).isSameAs(withProvider);
    assertThat(CARD.timeline(PlacementType.U4, NO_PROVIDER)).isSameAs(without).isNotSameAs(withProvider);
    assertThat(withProvider.toString()).contains("U4", "PR4");
    assertThat(without.toString()).contains("U4", "no provider");
  }

  // the timeline against the card's own rule, day by day

  private static final List<String> PLACES = List.of("U4", "U5", "K2", "U*", "*");
  private static final List<String> PROVIDERS = List.of("PR1", "PR4", "*");
  private static final List<String> AGES = List.of(",", "0,10", "11,17", "11,15", "16,", ",10", "5,12", "7,7");
  private static final List<LocalDate> DATES = List.of(
      LocalDate.of(2019, 4, 1), LocalDate.of(2020, 4, 1), LocalDate.of(2020, 10, 15), LocalDate.of(2021, 4, 1));
  private static final List<PlacementType> LOOKED_UP =
      List.of(PlacementType.U4, PlacementType.U5, PlacementType.U1, PlacementType.K2, PlacementType.R1);
  private static final List<Optional<PlacementProvider>> LOOKED_UP_PROVIDERS = List.of(
      Optional.of(PlacementProvider.PR1), Optional.of(PlacementProvider.PR4),
      Optional.of(PlacementProvider.PR0), Optional.empty());

  @Provide
  Arbitrary<RateCard> cards() {
    Arbitrary<RateRow> rows = Combinators.combine(
            Arbitraries.of(PLACES), Arbitraries.of(PROVIDERS), Arbitraries.of(AGES),
            Arbitraries.of(DATES), Arbitraries.integers().between(0, 2000))
        .as((place, provider, ages, from, cost) ->
            row(place + "," + provider + "," + ages + "," + from + "," + cost));
    return rows.list().ofMaxSize(10).map(RateTimelineTest::withoutClashes).map(RateCard::of);
  }

  @Provide
  Arbitrary<LocalDate> days() {
    Arbitrary<LocalDate> edges = Arbitraries.of(DATES).flatMap(d -> Arbitraries.of(d.minusDays(1), d));
    Arbitrary<LocalDate> any =
        Arbitraries.integers().between(0, 3 * 366).map(LocalDate.of(2019, 1, 1)::plusDays);
    return Arbitraries.oneOf(edges, any);
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void rowOnAgreesWithTheCardForEveryPlacementAgeAndDay(
      @ForAll("cards") RateCard card,
      @ForAll @IntRange(min = 0, max = 17) int age,
      @ForAll("days") LocalDate day) {
    for (PlacementType place : LOOKED_UP) {
      for (Optional<PlacementProvider> provider : LOOKED_UP_PROVIDERS) {
        assertThat(card.timeline(place, provider).rowOn(age, day))
            .as("%s %s aged %d on %s in %s", place, provider, age, day, card.rows())
            .isEqualTo(card.rate(place, provider, age, day));
      }
    }
  }

  @Property(tries = 200)
  void spansAreInOrderNeverRepeatARowAndHoldTheCardsRowAtBothEnds(@ForAll("cards") RateCard card) {
    for (PlacementType place : LOOKED_UP) {
      for (Optional<PlacementProvider> provider : LOOKED_UP_PROVIDERS) {
        RateTimeline timeline = card.timeline(place, provider);
        for (int age = 0; age < 18; age++) {
          assertThat(timeline.spanStart(age, 0)).isEqualTo(Long.MIN_VALUE);
          assertThat(timeline.rowOrNull(age, 0)).isNull();
          for (int span = 1; timeline.spanEnd(age, span - 1) != Long.MAX_VALUE; span++) {
            long start = timeline.spanStart(age, span);
            assertThat(start)
                .isEqualTo(timeline.spanEnd(age, span - 1))
                .isGreaterThan(timeline.spanStart(age, span - 1));
            assertThat(timeline.rowOrNull(age, span)).isNotSameAs(timeline.rowOrNull(age, span - 1));
            LocalDate first = LocalDate.ofEpochDay(start);
            assertThat(Optional.ofNullable(timeline.rowOrNull(age, span)))
                .isEqualTo(card.rate(place, provider, age, first));
            assertThat(Optional.ofNullable(timeline.rowOrNull(age, span - 1)))
                .isEqualTo(card.rate(place, provider, age, first.minusDays(1)));
          }
        }
      }
    }
  }

  /** The rows in order, leaving out each one that clashes with a row kept before it. */
  private static List<RateRow> withoutClashes(List<RateRow> rows) {
    List<RateRow> kept = new ArrayList<>();
    for (RateRow row : rows) {
      List<RateRow> tried = new ArrayList<>(kept);
      tried.add(row);
      if (RateCard.problems(tried).isEmpty()) {
        kept.add(row);
      }
    }
    return kept;
  }

  // helpers

  /** A span expected: its first day ({@code null} for the beginning of time) and its row. */
  private record Span(Long start, RateRow row) {}

  private static Span span(String start, RateRow row) {
    return new Span(start == null ? Long.MIN_VALUE : LocalDate.parse(start).toEpochDay(), row);
  }

  private static void assertSpans(RateTimeline timeline, int age, Span... expected) {
    List<Span> actual = new ArrayList<>();
    int span = 0;
    while (true) {
      actual.add(new Span(timeline.spanStart(age, span), timeline.rowOrNull(age, span)));
      if (timeline.spanEnd(age, span) == Long.MAX_VALUE) {
        break;
      }
      assertThat(timeline.spanEnd(age, span)).isEqualTo(timeline.spanStart(age, span + 1));
      span++;
    }
    assertThat(actual).as("the spans aged %d", age).containsExactlyElementsOf(Arrays.asList(expected));
  }

  /** A row from {@code place,provider,min_age,max_age,effective_from,weekly_cost}, ISO date. */
  private static RateRow row(String line) {
    String[] cells = line.split(",", -1);
    return RateRow.builder()
        .place(PlacePattern.parse(cells[0]))
        .provider(cells[1].equals("*") ? Optional.empty() : Optional.of(PlacementProvider.of(cells[1])))
        .minAge(cells[2].isEmpty() ? Optional.empty() : Optional.of(Integer.valueOf(cells[2])))
        .maxAge(cells[3].isEmpty() ? Optional.empty() : Optional.of(Integer.valueOf(cells[3])))
        .effectiveFrom(LocalDate.parse(cells[4]))
        .weeklyCost(new BigDecimal(cells[5]))
        .build();
  }
}
