package org.permanence.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.permanence.batch.BatchResult;
import org.permanence.care.CareData;
import org.permanence.care.CareHistory;
import org.permanence.care.Episode;
import org.permanence.code.PlacementProvider;
import org.permanence.code.PlacementType;
import org.permanence.cost.PlacementCost;
import org.permanence.cost.PlacementCostCalculator;
import org.permanence.input.InputFile;
import org.permanence.input.RateCards;
import org.permanence.rate.RateCard;
import org.permanence.rate.RateRow;
import org.permanence.ssda903.Ssda903Reader;
import org.threeten.extra.LocalDateRange;

/** The bundled sample rate card: it loads, has the rows it claims, and prices the sample council. */
class SampleRatesTest {

  private static RateCard card;

  @BeforeAll
  static void load() {
    card = RateCards.read(SampleData.rates());
  }

  @Test
  void loadsWithoutProblemsOneRowPerLine() throws IOException {
    long lines;
    try (InputStream in = SampleData.rates().open()) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().count();
    }
    // the header row is not a rate
    assertThat(card.rows()).hasSize((int) lines - 1);
    assertThat(card.rows()).allSatisfy(row ->
        assertThat(row.source()).hasValueSatisfying(source -> assertThat(source).startsWith("sample/rates.csv line ")));
  }

  @Test
  void hasAtLeastTwoUpliftsAfterItsFirstEffectiveDate() {
    SortedSet<LocalDate> dates = card.effectiveDates();
    assertThat(dates.tailSet(dates.first().plusDays(1))).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void upliftsNeverLowerARate() {
    for (RateRow later : card.rows()) {
      for (RateRow earlier : card.rows()) {
        boolean sameKind = earlier.place().equals(later.place()) && earlier.provider().equals(later.provider())
            && earlier.minAge().equals(later.minAge()) && earlier.maxAge().equals(later.maxAge());
        if (sameKind && earlier.effectiveFrom().isBefore(later.effectiveFrom())) {
          assertThat(later.weeklyCost()).as("%s after %s", later, earlier).isGreaterThanOrEqualTo(earlier.weeklyCost());
        }
      }
    }
  }

  @Test
  void hasRowsForEachKindOfPlacement() {
    // in-house fostering, independent fostering agencies, children's homes, semi-independent
    assertThat(rows("U*", Optional.of(PlacementProvider.PR1))).isNotEmpty();
    assertThat(rows("U*", Optional.of(PlacementProvider.PR4))).isNotEmpty();
    assertThat(rows("U*", Optional.of(PlacementProvider.PR5))).isNotEmpty();
    assertThat(rows("K2", null)).isNotEmpty();
    assertThat(rows("H5", null)).isNotEmpty();
    assertThat(rows("K3", null)).isNotEmpty();
    assertThat(rows("P2", null)).isNotEmpty();
  }

  @Test
  void fosteringIsPricedByAgeBand() {
    for (Optional<PlacementProvider> provider :
        List.of(Optional.of(PlacementProvider.PR1), Optional.of(PlacementProvider.PR4), Optional.of(PlacementProvider.PR5))) {
      List<RateRow> fostering = rows("U*", provider);
      assertThat(fostering).as("U* %s", provider).allSatisfy(row -> assertThat(row.isAgeBounded()).isTrue());
      // more than one band on the first date, and between them every age from 0 to 17
      LocalDate first = card.effectiveDates().first();
      List<RateRow> bands = fostering.stream().filter(row -> row.effectiveFrom().equals(first)).toList();
      assertThat(bands).as("U* %s on %s", provider, first).hasSizeGreaterThanOrEqualTo(2);
      for (int age = 0; age <= 17; age++) {
        int a = age;
        assertThat(bands).as("U* %s at age %d", provider, age)
            .anySatisfy(row -> assertThat(a).isBetween(row.lowestAge(), row.highestAge()));
      }
    }
  }

  /** The rows for a place pattern and a provider (null for any). */
  private static List<RateRow> rows(String place, Optional<PlacementProvider> provider) {
    return card.rows().stream()
        .filter(row -> row.place().toString().equals(place))
        .filter(row -> provider == null || row.provider().equals(provider))
        .toList();
  }

  // ---------------------------------------------------------------- pricing generated councils

  static Stream<Arguments> councils() {
    return Stream.of(
        Arguments.of(SampleCouncil.builder().episodes(3000).build()),
        Arguments.of(SampleCouncil.builder().seed(1).episodes(3000).build()),
        Arguments.of(SampleCouncil.builder().seed(42).episodes(3000).build()),
        // entering care from the card's first date, and seen after its last uplift
        Arguments.of(SampleCouncil.builder().seed(7).episodes(3000)
            .firstEntry(LocalDate.of(2015, 4, 1)).asAt(LocalDate.of(2027, 3, 31)).build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("councils")
  void pricesEveryPlacementTheGeneratorProduces(SampleCouncil council) throws IOException {
    StringWriter header = new StringWriter();
    StringWriter episodes = new StringWriter();
    council.write(header, episodes);
    CareData data = Ssda903Reader.strict()
        .read(InputFile.ofText("header.csv", header.toString()), InputFile.ofText("episodes.csv", episodes.toString()))
        .strict();
    assertThat(data.episodeCount()).isEqualTo(3000);
    LocalDateRange window = LocalDateRange.of(LocalDate.of(2010, 4, 1), council.asAt().plusDays(1));

    BatchResult<PlacementCost> result = PlacementCostCalculator.DEFAULT.costs(data.histories(), window, council.asAt(), card);

    assertThat(result.failures()).isEmpty();
    assertThat(result.values()).isNotEmpty();
    assertThat(result.values().stream().mapToLong(PlacementCost::days).sum()).isPositive();
    // and every placement that appears, short breaks included, has a rate at every age from the
    // card's first date on, so the result above does not depend on which days were drawn
    Set<String> placements = new LinkedHashSet<>();
    List<String> unpriced = new ArrayList<>();
    for (CareHistory history : data.histories()) {
      for (Episode episode : history.episodes()) {
        PlacementType place = episode.placementType();
        Optional<PlacementProvider> provider = episode.placementProvider();
        if (!placements.add(place.code() + " " + provider.map(PlacementProvider::code).orElse("(none)"))) {
          continue;
        }
        for (LocalDate day : card.effectiveDates()) {
          for (int age = 0; age <= 17; age++) {
            if (card.rate(place, provider, age, day).isEmpty()) {
              unpriced.add(place.code() + " " + provider + " age " + age + " on " + day);
            }
          }
        }
      }
    }
    assertThat(unpriced).isEmpty();
    // fostering in-house and by agencies, homes, and more: not a trivially small mix
    assertThat(placements).contains("U6 PR1", "U6 PR4", "K2 PR1", "K2 PR4").hasSizeGreaterThanOrEqualTo(10);
  }
}
