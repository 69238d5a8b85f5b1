package org.permanence.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
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
import org.permanence.code.PlacementProvider;
import org.permanence.code.PlacementType;
import org.permanence.rate.RateCardProblem.Kind;

class RateCardTest {

  // Each table: a card, then lookups "place | provider | age | day | the row that applies",
  // '-' for a placement with no provider or for no row at all.

  private static final RateCard PLACE_BEFORE_RECENCY = card(
      "U4,*,,,2019-04-01,800",
      "U*,*,,,2020-04-01,900",
      "*,*,,,2021-04-01,1000");

  @ParameterizedTest(name = "{0} {1} aged {2} on {3}: {4}")
  @CsvSource(delimiter = '|', value = {
    // exact place beats a more recent prefix and a more recent '*'
    "U4 | PR4 | 5 | 2021-06-01 | U4,*,,,2019-04-01,800",
    "U4 | -   | 5 | 2021-06-01 | U4,*,,,2019-04-01,800",
    "U4 | PR4 | 5 | 2019-04-01 | U4,*,,,2019-04-01,800",
    // a prefix beats a more recent '*'
    "U5 | PR4 | 5 | 2021-06-01 | U*,*,,,2020-04-01,900",
    "U5 | PR4 | 5 | 2020-04-01 | U*,*,,,2020-04-01,900",
    // rows effective after the day are ignored
    "U4 | PR4 | 5 | 2019-03-31 | -",
    "U5 | PR4 | 5 | 2020-03-31 | -",
    "K2 | PR4 | 5 | 2021-03-31 | -",
    "K2 | PR4 | 5 | 2021-04-01 | *,*,,,2021-04-01,1000",
  })
  void exactPlaceBeatsPrefixBeatsAnyEvenWhenLessSpecificIsMoreRecent(
      String place, String provider, int age, String day, String expected) {
    assertRate(PLACE_BEFORE_RECENCY, place, provider, age, day, expected);
  }

  private static final RateCard PREFIX_LENGTH = card(
      "U*,*,,,2021-04-01,500",
      "U4*,*,,,2020-04-01,600",
      "*,*,,,2022-04-01,100",
      "Z*,*,,,2021-04-01,700",
      "Z1*,*,,,2019-04-01,750",
      "Z11,*,,,2019-04-01,800");

  @ParameterizedTest(name = "{0} {1} aged {2} on {3}: {4}")
  @CsvSource(delimiter = '|', value = {
    // U4* (2 letters) beats the more recent U* (1 letter)
    "U4  | PR4 | 7 | 2021-06-01 | U4*,*,,,2020-04-01,600",
    "U4  | PR4 | 7 | 2020-03-31 | -",
    "U3  | PR4 | 7 | 2021-06-01 | U*,*,,,2021-04-01,500",
    "U3  | PR4 | 7 | 2022-06-01 | U*,*,,,2021-04-01,500",
    "U3  | PR4 | 7 | 2021-03-31 | -",
    // Z1* beats the more recent Z*; the exact Z11 beats both
    "Z12 | PR4 | 7 | 2021-06-01 | Z1*,*,,,2019-04-01,750",
    "Z1  | PR4 | 7 | 2021-06-01 | Z1*,*,,,2019-04-01,750",
    "Z11 | PR4 | 7 | 2022-06-01 | Z11,*,,,2019-04-01,800",
    "K2  | PR4 | 7 | 2022-06-01 | *,*,,,2022-04-01,100",
    "K2  | PR4 | 7 | 2021-06-01 | -",
  })
  void longerPrefixBeatsShorter(String place, String provider, int age, String day, String expected) {
    assertRate(PREFIX_LENGTH, place, provider, age, day, expected);
  }

  private static final RateCard PROVIDER = card(
      "U4,PR4,,,2019-04-01,900",
      "U4,*,,,2020-04-01,800",
      "U*,PR4,,,2021-04-01,950");

  @ParameterizedTest(name = "{0} {1} aged {2} on {3}: {4}")
  @CsvSource(delimiter = '|', value = {
    // an exact provider beats a more recent '*'
    "U4 | PR4 | 9 | 2020-06-01 | U4,PR4,,,2019-04-01,900",
    // the place is weighed first: U4,* beats U*,PR4
    "U4 | PR4 | 9 | 2021-06-01 | U4,PR4,,,2019-04-01,900",
    "U4 | PR1 | 9 | 2021-06-01 | U4,*,,,2020-04-01,800",
    "U4 | PR1 | 9 | 2019-06-01 | -",
    "U5 | PR4 | 9 | 2021-06-01 | U*,PR4,,,2021-04-01,950",
    "U5 | PR4 | 9 | 2020-06-01 | -",
    // a placement with no provider matches only '*' rows
    "U4 | -   | 9 | 2020-06-01 | U4,*,,,2020-04-01,800",
    "U4 | -   | 9 | 2019-06-01 | -",
    "U5 | -   | 9 | 2021-06-01 | -",
  })
  void exactProviderBeatsAny(String place, String provider, int age, String day, String expected) {
    assertRate(PROVIDER, place, provider, age, day, expected);
  }

  private static final RateCard AGE = card(
      "U4,*,,,2020-04-01,800",
      "U4,*,11,15,2019-04-01,950",
      "U4,*,16,,2018-04-01,1100",
      "U4,*,,10,2021-04-01,700",
      "U4,PR4,,,2019-04-01,990");

  @ParameterizedTest(name = "{0} {1} aged {2} on {3}: {4}")
  @CsvSource(delimiter = '|', value = {
    // an age-bounded row beats a more recent unbounded one
    "U4 | PR1 | 12 | 2020-06-01 | U4,*,11,15,2019-04-01,950",
    "U4 | PR1 | 11 | 2021-06-01 | U4,*,11,15,2019-04-01,950",
    "U4 | PR1 | 15 | 2020-06-01 | U4,*,11,15,2019-04-01,950",
    "U4 | PR1 | 10 | 2020-06-01 | U4,*,,,2020-04-01,800",
    // one bound given is bounded
    "U4 | PR1 | 10 | 2021-06-01 | U4,*,,10,2021-04-01,700",
    "U4 | PR1 | 0  | 2021-06-01 | U4,*,,10,2021-04-01,700",
    "U4 | PR1 | 16 | 2020-06-01 | U4,*,16,,2018-04-01,1100",
    "U4 | PR1 | 17 | 2018-04-01 | U4,*,16,,2018-04-01,1100",
    "U4 | PR1 | 15 | 2018-06-01 | -",
    "U4 | PR1 | 12 | 2019-03-31 | -",
    "U4 | PR1 | 10 | 2019-06-01 | -",
    // the provider is weighed before the ages
    "U4 | PR4 | 12 | 2020-06-01 | U4,PR4,,,2019-04-01,990",
    "U4 | -   | 12 | 2020-06-01 | U4,*,11,15,2019-04-01,950",
  })
  void ageBoundedBeatsUnbounded(String place, String provider, int age, String day, String expected) {
    assertRate(AGE, place, provider, age, day, expected);
  }

  private static final RateCard RECENCY = card(
      "U4,PR4,,,2019-04-01,900",
      "U4,PR4,,,2021-04-01,1000",
      "U4,PR4,,,2020-04-01,950");

  @ParameterizedTest(name = "{0} {1} aged {2} on {3}: {4}")
  @CsvSource(delimiter = '|', value = {
    "U4 | PR4 | 3 | 2019-03-31 | -",
    "U4 | PR4 | 3 | 2019-04-01 | U4,PR4,,,2019-04-01,900",
    "U4 | PR4 | 3 | 2020-03-31 | U4,PR4,,,2019-04-01,900",
    "U4 | PR4 | 3 | 2020-04-01 | U4,PR4,,,2020-04-01,950",
    "U4 | PR4 | 3 | 2021-03-31 | U4,PR4,,,2020-04-01,950",
    "U4 | PR4 | 3 | 2021-04-01 | U4,PR4,,,2021-04-01,1000",
    "U4 | PR4 | 3 | 2030-01-01 | U4,PR4,,,2021-04-01,1000",
  })
  void latestEffectiveDateOnOrBeforeTheDayWins(
      String place, String provider, int age, String day, String expected) {
    assertRate(RECENCY, place, provider, age, day, expected);
  }

  @Test
  void noRowMatchesGivesEmpty() {
    RateCard card = card("U*,PR4,,,2019-04-01,900");

    assertThat(card.rate(PlacementType.K2, Optional.of(PlacementProvider.PR4), 5, LocalDate.of(2020, 1, 1)))
        .isEmpty();
    assertThat(RateCard.of(List.of()).rate(PlacementType.U4, Optional.empty(), 5, LocalDate.of(2020, 1, 1)))
        .isEmpty();
  }

  @Test
  void rowsForListsTheCandidatesMostPreferredFirst() {
    RateCard card = card(
        "*,*,,,2021-04-01,100",
        "U4,*,,,2019-04-01,800",
        "U*,PR4,,,2019-04-01,900",
        "K2,*,,,2019-04-01,3000",
        "U4,*,,,2020-04-01,850");

    assertThat(card.rowsFor(PlacementType.U4, Optional.of(PlacementProvider.PR4))).containsExactly(
        row("U4,*,,,2020-04-01,850"),
        row("U4,*,,,2019-04-01,800"),
        row("U*,PR4,,,2019-04-01,900"),
        row("*,*,,,2021-04-01,100"));
    assertThat(card.rowsFor(PlacementType.U4, Optional.empty())).containsExactly(
        row("U4,*,,,2020-04-01,850"),
        row("U4,*,,,2019-04-01,800"),
        row("*,*,,,2021-04-01,100"));
  }

  @Test
  void keepsTheRowsInTheOrderGivenAndListsTheirEffectiveDates() {
    List<RateRow> rows = rows("U4,*,,,2020-04-01,850", "*,*,,,2019-04-01,100", "U*,*,,,2020-04-01,500");
    RateCard card = RateCard.of(rows);

    assertThat(card.rows()).containsExactlyElementsOf(rows);
    assertThat(card.effectiveDates()).containsExactly(LocalDate.of(2019, 4, 1), LocalDate.of(2020, 4, 1));
    assertThat(card).hasToString("RateCard[3 rows, effective [2019-04-01, 2020-04-01]]");
  }

  // problems

  @Test
  void rowsEqualInEveryKeyColumnAndDateAreDuplicatesWhateverTheirCost() {
    List<RateRow> rows = rows(
        "U4,PR4,,,2019-04-01,800",
        "U*,*,,,2019-04-01,500",
        "U4,PR4,,,2019-04-01,850");

    assertThat(RateCard.problems(rows))
        .extracting(RateCardProblem::kind, RateCardProblem::rowIndex, RateCardProblem::otherIndex)
        .containsExactly(tuple(Kind.DUPLICATE, 2, 0));
  }

  @Test
  void boundedRowsWithTheSameAgesAreDuplicates() {
    List<RateRow> rows = rows("U*,PR4,11,15,2019-04-01,800", "U*,PR4,11,15,2019-04-01,800");

    assertThat(RateCard.problems(rows))
        .extracting(RateCardProblem::kind, RateCardProblem::rowIndex, RateCardProblem::otherIndex)
        .containsExactly(tuple(Kind.DUPLICATE, 1, 0));
  }

  @ParameterizedTest(name = "[{0}-{1}] and [{2}-{3}] overlap")
  @CsvSource(nullValues = "-", value = {
    "0,  10, 10, 17",
    "5,  12, 11, 15",
    // an unbounded range is 0-17, so it overlaps every bounded one
    "-,  -,  11, 15",
    "-,  -,  0,  0",
    "-,  -,  17, 17",
    "-,  -,  0,  17",
    // one bound only
    "11, -,  -,  11",
    "-,  10, 0,  0",
    "16, -,  17, 17",
  })
  void sameKeyAndDateWithOverlappingAgesIsAmbiguous(Integer min1, Integer max1, Integer min2, Integer max2) {
    List<RateRow> rows = List.of(
        row("U4", "PR4", min1, max1, "2019-04-01", "800"),
        row("U4", "PR4", min2, max2, "2019-04-01", "900"));

    assertThat(RateCard.problems(rows))
        .extracting(RateCardProblem::kind, RateCardProblem::rowIndex, RateCardProblem::otherIndex)
        .containsExactly(tuple(Kind.AGE_OVERLAP, 1, 0));
  }

  @ParameterizedTest(name = "[{0}-{1}] and [{2}-{3}] do not overlap")
  @CsvSource(nullValues = "-", value = {
    "0,  10, 11, 17",
    "-,  10, 11, -",
    "0,  0,  1,  17",
    "16, -,  -,  15",
  })
  void sameKeyAndDateWithSeparateAgesIsFine(Integer min1, Integer max1, Integer min2, Integer max2) {
    List<RateRow> rows = List.of(
        row("U4", "PR4", min1, max1, "2019-04-01", "800"),
        row("U4", "PR4", min2, max2, "2019-04-01", "900"));

    assertThat(RateCard.problems(rows)).isEmpty();
    assertThat(RateCard.of(rows).rows()).hasSize(2);
  }

  @Test
  void rowsDifferingInDateProviderOrPlaceAreFine() {
    List<RateRow> rows = rows(
        "U4,PR4,,,2019-04-01,800",
        "U4,PR4,,,2020-04-01,800",
        "U4,PR4,11,15,2021-04-01,900",
        "U4,*,,,2019-04-01,800",
        "U4,PR1,,,2019-04-01,800",
        "U*,PR4,,,2019-04-01,800",
        "U4*,PR4,,,2019-04-01,800",
        "*,PR4,,,2019-04-01,800");

    assertThat(RateCard.problems(rows)).isEmpty();
  }

  @Test
  void everyClashingPairIsReported() {
    List<RateRow> rows = rows(
        "U4,PR4,,,2019-04-01,800",
        "U4,PR4,0,10,2019-04-01,700",
        "U4,PR4,11,17,2019-04-01,900",
        "U4,PR4,0,10,2019-04-01,750");

    // 0-10 and 11-17 are apart; the unbounded row overlaps all three; the last repeats row 1
    assertThat(RateCard.problems(rows))
        .extracting(RateCardProblem::kind, RateCardProblem::rowIndex, RateCardProblem::otherIndex)
        .containsExactly(
            tuple(Kind.AGE_OVERLAP, 1, 0),
            tuple(Kind.AGE_OVERLAP, 2, 0),
            tuple(Kind.AGE_OVERLAP, 3, 0),
            tuple(Kind.DUPLICATE, 3, 1));
  }

  @Test
  void ofThrowsWithEveryProblem() {
    List<RateRow> rows = rows(
        "U4,PR4,,,2019-04-01,800",
        "U4,PR4,,,2019-04-01,800",
        "K2,*,,,2019-04-01,3000",
        "K2,*,12,,2019-04-01,3500");

    assertThatThrownBy(() -> RateCard.of(rows))
        .isInstanceOfSatisfying(InvalidRateCardException.class, e -> {
          assertThat(e.problems())
              .extracting(RateCardProblem::kind, RateCardProblem::rowIndex, RateCardProblem::otherIndex)
              .containsExactly(tuple(Kind.DUPLICATE, 1, 0), tuple(Kind.AGE_OVERLAP, 3, 2));
          assertThat(e.problems().get(0).message()).contains("U4,PR4,,,2019-04-01,800");
          assertThat(e.problems().get(1).message())
              .contains("K2,*,,,2019-04-01,3000", "K2,*,12,,2019-04-01,3500");
          assertThat(e).hasMessageContaining(e.problems().get(0).message())
              .hasMessageContaining(e.problems().get(1).message());
        });
  }

  // the rule against an implementation written straight from METHODOLOGY 5

  private static final List<String> PLACES =
      List.of("U4", "U5", "U*", "U4*", "Z1", "Z11", "Z1*", "Z*", "*", "K2");
  private static final List<String> PROVIDERS = List.of("PR4", "PR1", "*");
  private static final List<String> AGES =
      List.of(",", "0,10", "11,17", "11,15", "16,", ",10", "5,12", "0,17", "12,12");
  private static final List<LocalDate> DATES = List.of(
      LocalDate.of(2019, 4, 1), LocalDate.of(2020, 4, 1), LocalDate.of(2020, 10, 1), LocalDate.of(2021, 4, 1));
  private static final List<PlacementType> LOOKED_UP = List.of(PlacementType.U4, PlacementType.U5,
      PlacementType.U1, PlacementType.Z1, PlacementType.Z11, PlacementType.Z12, PlacementType.K2,
      PlacementType.A3);
  private static final List<Optional<PlacementProvider>> LOOKED_UP_PROVIDERS = List.of(
      Optional.of(PlacementProvider.PR4), Optional.of(PlacementProvider.PR1),
      Optional.of(PlacementProvider.PR0), Optional.empty());

  /** A row as written: ages null when not given. */
  record Spec(String place, String provider, Integer min, Integer max, LocalDate from, int cost) {

    int lowest() {
      return min == null ? 0 : min;
    }

    int highest() {
      return max == null ? 17 : max;
    }

    RateRow toRow() {
      return row(place, provider, min, max, from.toString(), String.valueOf(cost));
    }
  }

  @Provide
  Arbitrary<List<Spec>> candidates() {
    Arbitrary<Spec> spec = Combinators.combine(
            Arbitraries.of(PLACES), Arbitraries.of(PROVIDERS), Arbitraries.of(AGES),
            Arbitraries.of(DATES), Arbitraries.integers().between(0, 2000))
        .as((place, provider, ages, from, cost) -> {
          String[] bounds = (ages + " ").split(",");
          return new Spec(place, provider, bound(bounds[0]), bound(bounds[1]), from, cost);
        });
    return spec.list().ofMaxSize(14);
  }

  @Provide
  Arbitrary<LocalDate> days() {
    LocalDate first = LocalDate.of(2019, 1, 1);
    Arbitrary<LocalDate> edges = Arbitraries.of(DATES).flatMap(d -> Arbitraries.of(d.minusDays(1), d));
    Arbitrary<LocalDate> any = Arbitraries.integers().between(0, 3 * 366).map(first::plusDays);
    return Arbitraries.oneOf(edges, any);
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void rateFollowsTheThreeStepsOfTheMethodology(
      @ForAll("candidates") List<Spec> candidates,
      @ForAll @IntRange(min = 0, max = 17) int age,
      @ForAll("days") LocalDate day) {
    List<Spec> valid = validSubset(candidates);
    RateCard card = RateCard.of(valid.stream().map(Spec::toRow).toList());

    for (PlacementType place : LOOKED_UP) {
      for (Optional<PlacementProvider> provider : LOOKED_UP_PROVIDERS) {
        assertThat(card.rate(place, provider, age, day))
            .as("%s %s aged %d on %s in %s", place, provider, age, day, valid)
            .isEqualTo(naiveRate(valid, place, provider, age, day).map(Spec::toRow));
      }
    }
  }

  @Property(tries = 300)
  void problemsAreThePairsTheMethodologyForbids(@ForAll("candidates") List<Spec> candidates) {
    List<RateRow> rows = candidates.stream().map(Spec::toRow).toList();
    List<String> naive = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      for (int j = 0; j < i; j++) {
        Optional<Kind> kind = clash(candidates.get(i), candidates.get(j));
        if (kind.isPresent()) {
          naive.add(kind.get() + " " + i + " " + j);
        }
      }
    }

    assertThat(RateCard.problems(rows))
        .extracting(p -> p.kind() + " " + p.rowIndex() + " " + p.otherIndex())
        .containsExactlyElementsOf(naive);
  }

  /** Steps 1 to 3 of METHODOLOGY 5, one after the other. */
  private static Optional<Spec> naiveRate(
      List<Spec> card, PlacementType place, Optional<PlacementProvider> provider, int age, LocalDate day) {
    // 1. rows matching the place, provider and age, in effect on the day
    List<Spec> kept = card.stream()
        .filter(r -> placeMatches(r.place(), place))
        .filter(r -> r.provider().equals("*") || provider.map(p -> p.code().equals(r.provider())).orElse(false))
        .filter(r -> r.lowest() <= age && age <= r.highest())
        .filter(r -> !r.from().isAfter(day))
        .toList();
    // 2. the most specific: place exact > longer prefix > shorter prefix > '*', then provider, then ages
    kept = keepHighest(kept, r -> placeRank(r.place()));
    kept = keepHighest(kept, r -> r.provider().equals("*") ? 0 : 1);
    kept = keepHighest(kept, r -> r.min() == null && r.max() == null ? 0 : 1);
    // 3. the latest effective date
    kept = keepHighest(kept, r -> (int) r.from().toEpochDay());
    assertThat(kept).as("a valid card leaves at most one row").hasSizeLessThanOrEqualTo(1);
    return kept.stream().findFirst();
  }

  private static boolean placeMatches(String pattern, PlacementType place) {
    if (pattern.equals("*")) {
      return true;
    }
    if (pattern.endsWith("*")) {
      return place.code().startsWith(pattern.substring(0, pattern.length() - 1));
    }
    return place.code().equals(pattern);
  }

  private static int placeRank(String pattern) {
    // '*' is 0, a prefix the number of its letters (at most 3), an exact code above them all
    return pattern.endsWith("*") ? pattern.length() - 1 : 100;
  }

  private static List<Spec> keepHighest(List<Spec> rows, ToIntFunction<Spec> rank) {
    int best = rows.stream().mapToInt(rank).max().orElse(0);
    return rows.stream().filter(r -> rank.applyAsInt(r) == best).toList();
  }

  /** Whether two rows may not be in one card, and why. */
  private static Optional<Kind> clash(Spec a, Spec b) {
    if (!a.place().equals(b.place()) || !a.provider().equals(b.provider()) || !a.from().equals(b.from())) {
      return Optional.empty();
    }
    if (Objects.equals(a.min(), b.min()) && Objects.equals(a.max(), b.max())) {
      return Optional.of(Kind.DUPLICATE);
    }
    if (a.lowest() <= b.highest() && b.lowest() <= a.highest()) {
      return Optional.of(Kind.AGE_OVERLAP);
    }
    return Optional.empty();
  }

  /** The candidates, in order, leaving out each one that clashes with one kept before it. */
  private static List<Spec> validSubset(List<Spec> candidates) {
    List<Spec> kept = new ArrayList<>();
    for (Spec candidate : candidates) {
      if (kept.stream().allMatch(k -> clash(candidate, k).isEmpty())) {
        kept.add(candidate);
      }
    }
    return kept;
  }

  private static Integer bound(String text) {
    return text.isBlank() ? null : Integer.valueOf(text.strip());
  }

  // building rows from the text of a rate card line

  private static void assertRate(
      RateCard card, String place, String provider, int age, String day, String expected) {
    Optional<RateRow> found = card.rate(PlacementType.of(place),
        provider.equals("-") ? Optional.empty() : Optional.of(PlacementProvider.of(provider)),
        age, LocalDate.parse(day));
    if (expected.equals("-")) {
      assertThat(found).isEmpty();
    } else {
      assertThat(found).contains(row(expected));
    }
  }

  private static RateCard card(String... lines) {
    return RateCard.of(rows(lines));
  }

  private static List<RateRow> rows(String... lines) {
    return Arrays.stream(lines).map(RateCardTest::row).collect(Collectors.toList());
  }

  /** A row from {@code place,provider,min_age,max_age,effective_from,weekly_cost}, ISO date. */
  static RateRow row(String line) {
    String[] cells = line.split(",", -1);
    return row(cells[0], cells[1], bound(cells[2]), bound(cells[3]), cells[4], cells[5]);
  }

  static RateRow row(String place, String provider, Integer min, Integer max, String from, String cost) {
    return RateRow.builder()
        .place(PlacePattern.parse(place))
        .provider(provider.equals("*") ? Optional.empty() : Optional.of(PlacementProvider.of(provider)))
        .minAge(Optional.ofNullable(min))
        .maxAge(Optional.ofNullable(max))
        .effectiveFrom(LocalDate.parse(from))
        .weeklyCost(new BigDecimal(cost))
        .build();
  }
}
