package org.permanence.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.permanence.care.CareHistory;
import org.permanence.care.Episode;
import org.permanence.care.PeriodOfCare;
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
import org.permanence.time.FinancialYear;

class SampleCouncilTest {

  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
  private static final Pattern DATE = Pattern.compile("\\d{2}/\\d{2}/\\d{4}");
  private static final Pattern CHILD_ID = Pattern.compile("C\\d{6}");
  private static final Pattern FAKE_POSTCODE = Pattern.compile("ZZ\\d{2} \\dZZ");
  private static final Pattern FAKE_UPN = Pattern.compile("A\\d{12}|UN1");
  private static final LocalDate AS_AT = SampleCouncil.DEFAULT_AS_AT;
  private static final Set<ReasonEpisodeCeased> PERMANENCE =
      EnumSet.of(
          ReasonEpisodeCeased.E11, ReasonEpisodeCeased.E12, ReasonEpisodeCeased.E45,
          ReasonEpisodeCeased.E46, ReasonEpisodeCeased.E47, ReasonEpisodeCeased.E48,
          ReasonEpisodeCeased.E41, ReasonEpisodeCeased.E4A);

  private static Files2 sample;
  private static Extract extract;

  @BeforeAll
  static void generateDefaults() throws IOException {
    sample = generate(SampleCouncil.defaults());
    extract = Extract.parse(sample);
  }

  @Test
  void sameSeedGivesSameBytes() throws IOException {
    Files2 again = generate(SampleCouncil.defaults());
    assertThat(again.header).isEqualTo(sample.header);
    assertThat(again.episodes).isEqualTo(sample.episodes);

    Files2 other = generate(SampleCouncil.builder().seed(7).build());
    assertThat(other.episodes).isNotEqualTo(sample.episodes);
    assertThat(generate(SampleCouncil.builder().seed(7).build()).episodes).isEqualTo(other.episodes);
  }

  @Test
  void bundledSampleIsTheDefaultsWrittenOut() throws IOException {
    assertThat(resource(SampleCouncil.HEADER_FILE)).isEqualTo(sample.header);
    assertThat(resource(SampleCouncil.EPISODES_FILE)).isEqualTo(sample.episodes);
  }

  @Test
  void defaultsAreTheBundledSettings() {
    SampleCouncil council = SampleCouncil.defaults();
    assertThat(council.seed()).isEqualTo(20251231L);
    assertThat(council.children()).isEqualTo(SampleCouncil.DEFAULT_CHILDREN).isBetween(300, 400);
    assertThat(council.episodes()).isZero();
    assertThat(council.firstEntry()).isEqualTo(LocalDate.of(2016, 4, 1));
    assertThat(council.asAt()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(extract.children).hasSize(SampleCouncil.DEFAULT_CHILDREN);
    assertThat(sample.counts.children()).isEqualTo(SampleCouncil.DEFAULT_CHILDREN);
    assertThat(sample.counts.episodes()).isEqualTo(extract.episodeCount());
  }

  @Test
  void filesHaveTheDfeLayout() {
    assertThat(sample.header).startsWith(String.join(",", SampleCouncil.HEADER_COLUMNS) + "\n");
    assertThat(sample.episodes).startsWith(String.join(",", SampleCouncil.EPISODE_COLUMNS) + "\n");
    assertThat(sample.header).doesNotContain("\r").endsWith("\n");
    assertThat(sample.episodes).doesNotContain("\r").endsWith("\n");
    for (NamedCsvRecord row : extract.headerRows) {
      assertThat(row.getField("CHILD")).matches(CHILD_ID);
      assertThat(row.getField("DOB")).matches(DATE);
      assertThat(row.getField("UPN")).matches(FAKE_UPN);
      assertThat(row.getField("SEX")).isIn("1", "2", "M", "F");
      if (!row.getField("MC_DOB").isEmpty()) {
        assertThat(row.getField("MC_DOB")).matches(DATE);
        assertThat(row.getField("MOTHER")).isEqualTo("1");
        assertThat(date(row.getField("MC_DOB"))).isBeforeOrEqualTo(AS_AT);
      }
    }
    for (NamedCsvRecord row : extract.episodeRows) {
      assertThat(row.getField("DECOM")).matches(DATE);
      assertThat(row.getField("DEC")).matches(DATE.pattern() + "|");
      for (String postcode : List.of(row.getField("HOME_POST"), row.getField("PL_POST"))) {
        assertThat(postcode).matches(FAKE_POSTCODE.pattern() + "|");
      }
    }
    // text order of identifiers is the order written, which is numeric order
    List<String> ids = new ArrayList<>(extract.children.keySet());
    assertThat(ids).isSorted();
  }

  @Test
  void bundledSampleIsValid() {
    assertValid(extract, AS_AT);
  }

  @ParameterizedTest
  @ValueSource(longs = {1L, 2L, 903L})
  void otherSeedsAreValidToo(long seed) throws IOException {
    SampleCouncil council =
        SampleCouncil.builder()
            .seed(seed)
            .children(3000)
            .firstEntry(LocalDate.of(2012, 4, 1))
            .asAt(LocalDate.of(2024, 2, 29))
            .build();
    assertValid(Extract.parse(generate(council)), council.asAt());
  }

  @Test
  void episodesModeWritesExactlyThatManyRows() throws IOException {
    SampleCouncil council = SampleCouncil.builder().seed(42).episodes(50_000).build();
    Files2 files = generate(council);
    Extract big = Extract.parse(files);
    assertThat(big.episodeCount()).isEqualTo(50_000);
    assertThat(files.counts.episodes()).isEqualTo(50_000);
    assertThat(files.counts.children()).isEqualTo(big.children.size());
    assertValid(big, council.asAt());

    for (int rows : new int[] {1, 2, 3, 17, 101}) {
      Files2 small = generate(SampleCouncil.builder().seed(rows).episodes(rows).build());
      Extract parsed = Extract.parse(small);
      assertThat(parsed.episodeCount()).isEqualTo(rows);
      assertValid(parsed, SampleCouncil.DEFAULT_AS_AT);
    }
  }

  @Test
  void firstChildrenDoNotDependOnTheSizeAskedFor() throws IOException {
    Files2 ten = generate(SampleCouncil.builder().children(10).build());
    String tenRows = ten.episodes;
    assertThat(sample.episodes).startsWith(tenRows);
  }

  @Test
  void sampleHasEveryRouteOutOfCare() {
    Map<ReasonEpisodeCeased, Integer> exits = new LinkedHashMap<>();
    for (PeriodOfCare period : extract.periods()) {
      period.reasonEnded().ifPresent(reason -> exits.merge(reason, 1, Integer::sum));
      if (period.reasonEnded().filter(r -> r == ReasonEpisodeCeased.E11 || r == ReasonEpisodeCeased.E12).isPresent()) {
        assertThat(period.lastEpisode().placementType()).isIn(PlacementType.A5, PlacementType.A6);
        assertThat(period.lastEpisode().legalStatus()).isEqualTo(LegalStatus.E1);
      }
      if (period.reasonEnded().filter(r -> r == ReasonEpisodeCeased.E45 || r == ReasonEpisodeCeased.E46).isPresent()) {
        assertThat(period.lastEpisode().placementType().code()).startsWith("U");
      }
    }
    assertThat(exits.keySet())
        .contains(
            ReasonEpisodeCeased.E41, ReasonEpisodeCeased.E4A, ReasonEpisodeCeased.E4B,
            ReasonEpisodeCeased.E13, ReasonEpisodeCeased.E3, ReasonEpisodeCeased.E5,
            ReasonEpisodeCeased.E6, ReasonEpisodeCeased.E8, ReasonEpisodeCeased.E17)
        .containsAnyOf(ReasonEpisodeCeased.E11, ReasonEpisodeCeased.E12)
        .containsAnyOf(
            ReasonEpisodeCeased.E45, ReasonEpisodeCeased.E46, ReasonEpisodeCeased.E47,
            ReasonEpisodeCeased.E48)
        .doesNotContain(ReasonEpisodeCeased.X1);
  }

  @Test
  void sampleHasFifteenToTwentyFivePermanenceExitsInEachRecentYear() {
    for (FinancialYear year : List.of(FinancialYear.of(2024), FinancialYear.of(2025))) {
      long exits =
          extract.periods().stream()
              .filter(p -> p.reasonEnded().filter(PERMANENCE::contains).isPresent())
              .filter(p -> year.contains(p.endExclusive().get()))
              .count();
      assertThat(exits).as("permanence exits in %s", year).isBetween(15L, 25L);
    }
  }

  @Test
  void sampleHasTheAwkwardCases() {
    Map<String, Child> children = extract.children;
    assertThat(children.values())
        .as("a 29 February birthday")
        .anyMatch(c -> c.dateOfBirth().getMonth() == Month.FEBRUARY && c.dateOfBirth().getDayOfMonth() == 29);
    assertThat(extract.episodes.values())
        .as("a child with only short breaks")
        .anyMatch(list -> list.stream().allMatch(Episode::isShortBreak));
    assertThat(extract.allEpisodes())
        .as("a zero-day episode")
        .anyMatch(e -> e.endExclusive().equals(Optional.of(e.start())));
    assertThat(extract.allEpisodes()).as("open episodes").filteredOn(Episode::isOpen).hasSizeGreaterThan(30);
    assertThat(extract.histories())
        .as("a child whose care ended on the 18th birthday")
        .anyMatch(h -> lastOf(h.episodes()).endExclusive().equals(Optional.of(h.child().eighteenthBirthday())));
    assertThat(extract.histories())
        .as("a child born on 29 February whose care ended on 1 March, the 18th birthday")
        .anyMatch(
            h ->
                h.child().dateOfBirth().getDayOfMonth() == 29
                    && lastOf(h.episodes()).endExclusive().map(LocalDate::getMonth).equals(Optional.of(Month.MARCH))
                    && lastOf(h.episodes()).endExclusive().get().getDayOfMonth() == 1
                    && lastOf(h.episodes()).endExclusive().equals(Optional.of(h.child().eighteenthBirthday())));
    assertThat(extract.allEpisodes().stream().map(Episode::reasonForNewEpisode))
        .as("every reason for a new episode")
        .containsAll(EnumSet.allOf(ReasonForNewEpisode.class));

    boolean sameDayReentry = false;
    for (CareHistory history : extract.histories()) {
      List<PeriodOfCare> periods = history.periodsOfCare(AS_AT);
      for (int i = 1; i < periods.size(); i++) {
        PeriodOfCare before = periods.get(i - 1);
        if (before.reasonEnded().equals(Optional.of(ReasonEpisodeCeased.E4A))
            && before.endExclusive().equals(Optional.of(periods.get(i).start()))) {
          sameDayReentry = true;
        }
      }
    }
    assertThat(sameDayReentry).as("a return home and re-entry the same day").isTrue();
  }

  @Test
  void buildRejectsBadSettings() {
    assertThatThrownBy(() -> SampleCouncil.builder().children(10).episodes(10).build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> SampleCouncil.builder().children(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SampleCouncil.builder().episodes(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                SampleCouncil.builder()
                    .firstEntry(LocalDate.of(2020, 1, 2))
                    .asAt(LocalDate.of(2020, 1, 1))
                    .build())
        .isInstanceOf(IllegalStateException.class);
  }

  // -----------------------------------------------------------------------------------------------

  /** The checks every generated extract must pass, whatever the seed. */
  private static void assertValid(Extract data, LocalDate asAt) {
    assertThat(data.episodes.keySet()).isEqualTo(data.children.keySet());
    for (ChildEpisodes unchecked : data.uncheckedHistories()) {
      Child child = unchecked.child();
      List<Episode> episodes = unchecked.episodes();
      assertThat(CareHistory.problems(child, episodes)).as("problems of %s", child.id()).isEmpty();
      LocalDate eighteenth = child.eighteenthBirthday();
      for (int i = 0; i < episodes.size(); i++) {
        Episode e = episodes.get(i);
        String where = child.id() + " episode " + e.start();
        assertThat(e.start()).as(where).isBeforeOrEqualTo(asAt).isBefore(eighteenth);
        e.endExclusive().ifPresent(end -> assertThat(end).as(where).isBeforeOrEqualTo(asAt).isBeforeOrEqualTo(eighteenth));
        if (e.isOpen()) {
          assertThat(eighteenth).as(where + " open at 18").isAfter(asAt);
        }
        // DfE coherence: periods start with S and are chained by X1
        boolean continues =
            i > 0 && episodes.get(i - 1).reasonEnded().equals(Optional.of(ReasonEpisodeCeased.X1));
        if (continues) {
          assertThat(e.start()).as(where).isEqualTo(episodes.get(i - 1).endExclusive().get());
          assertThat(e.reasonForNewEpisode()).as(where).isNotEqualTo(ReasonForNewEpisode.S);
        } else {
          assertThat(e.reasonForNewEpisode()).as(where).isEqualTo(ReasonForNewEpisode.S);
        }
        if (e.reasonEnded().equals(Optional.of(ReasonEpisodeCeased.X1))) {
          assertThat(i).as(where + " X1 followed by an episode").isLessThan(episodes.size() - 1);
        }
        if (e.isShortBreak()) {
          assertThat(e.reasonForNewEpisode()).isEqualTo(ReasonForNewEpisode.S);
          e.endExclusive()
              .ifPresent(end -> assertThat(ChronoUnit.DAYS.between(e.start(), end)).as(where).isBetween(1L, 17L));
        }
        PlacementType place = e.placementType();
        if (place == PlacementType.P1) {
          assertThat(e.placementProvider()).contains(PlacementProvider.PR0);
        }
        if (place == PlacementType.A5 || place == PlacementType.A6) {
          assertThat(e.legalStatus()).as(where).isEqualTo(LegalStatus.E1);
        }
        if (place == PlacementType.H5 || place == PlacementType.K3) {
          assertThat(child.ageOn(e.start())).as(where).isGreaterThanOrEqualTo(16);
        }
        if (place.code().startsWith("T")) {
          assertThat(e.placementProvider()).as(where).isEmpty();
          // a period never ends in a temporary placement (it may be open in one)
          assertThat(e.reasonEnded().orElse(ReasonEpisodeCeased.X1)).as(where).isEqualTo(ReasonEpisodeCeased.X1);
        } else {
          assertThat(e.placementProvider()).as(where).isPresent();
        }
      }
    }
  }

  private static Episode lastOf(List<Episode> episodes) {
    return episodes.get(episodes.size() - 1);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = SampleCouncil.class.getResourceAsStream(name)) {
      assertThat(in).as("bundled %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Files2 generate(SampleCouncil council) throws IOException {
    StringWriter header = new StringWriter();
    StringWriter episodes = new StringWriter();
    SampleCouncil.Counts counts = council.write(header, episodes);
    return new Files2(header.toString(), episodes.toString(), counts);
  }

  private static LocalDate date(String text) {
    return LocalDate.parse(text, DMY);
  }

  /** A child and its episodes as read, before any check. */
  private record ChildEpisodes(Child child, List<Episode> episodes) {}

  /** The two files as written. */
  private record Files2(String header, String episodes, SampleCouncil.Counts counts) {}

  /** The files read back with FastCSV into the library's own types. */
  private static final class Extract {
    final List<NamedCsvRecord> headerRows = new ArrayList<>();
    final List<NamedCsvRecord> episodeRows = new ArrayList<>();
    final Map<String, Child> children = new LinkedHashMap<>();
    final Map<String, List<Episode>> episodes = new LinkedHashMap<>();

    static Extract parse(Files2 files) {
      Extract extract = new Extract();
      CsvReader.builder().ofNamedCsvRecord(files.header).forEach(extract.headerRows::add);
      CsvReader.builder().ofNamedCsvRecord(files.episodes).forEach(extract.episodeRows::add);
      for (NamedCsvRecord row : extract.headerRows) {
        String id = row.getField("CHILD");
        Child child =
            Child.builder()
                .id(ChildId.of(id))
                .dateOfBirth(date(row.getField("DOB")))
                .sex(Sex.of(row.getField("SEX")))
                .ethnicity(row.getField("ETHNIC"))
                .upn(row.getField("UPN"))
                .build();
        assertThat(extract.children.put(id, child)).as("duplicate child %s", id).isNull();
      }
      for (NamedCsvRecord row : extract.episodeRows) {
        String id = row.getField("CHILD");
        Episode episode =
            Episode.builder()
                .childId(ChildId.of(id))
                .start(date(row.getField("DECOM")))
                .endExclusive(optional(row.getField("DEC"), SampleCouncilTest::date))
                .reasonForNewEpisode(ReasonForNewEpisode.of(row.getField("RNE")))
                .legalStatus(LegalStatus.of(row.getField("LS")))
                .categoryOfNeed(CategoryOfNeed.of(row.getField("CIN")))
                .placementType(PlacementType.of(row.getField("PLACE")))
                .placementProvider(optional(row.getField("PLACE_PROVIDER"), PlacementProvider::of))
                .reasonEnded(optional(row.getField("REC"), ReasonEpisodeCeased::of))
                .reasonForPlacementChange(
                    optional(row.getField("REASON_PLACE_CHANGE"), ReasonForPlacementChange::of))
                .urn(optional(row.getField("URN"), Function.identity()))
                .build();
        assertThat(extract.children).as("child of an episode").containsKey(id);
        extract.episodes.computeIfAbsent(id, k -> new ArrayList<>()).add(episode);
      }
      return extract;
    }

    int episodeCount() {
      return episodeRows.size();
    }

    List<Episode> allEpisodes() {
      List<Episode> all = new ArrayList<>();
      episodes.values().forEach(all::addAll);
      return all;
    }

    /** Each child with its episodes in file order, not yet checked. */
    List<ChildEpisodes> uncheckedHistories() {
      List<ChildEpisodes> all = new ArrayList<>();
      for (Map.Entry<String, List<Episode>> entry : episodes.entrySet()) {
        all.add(new ChildEpisodes(children.get(entry.getKey()), entry.getValue()));
      }
      return all;
    }

    List<CareHistory> histories() {
      List<CareHistory> all = new ArrayList<>();
      for (Map.Entry<String, List<Episode>> entry : episodes.entrySet()) {
        all.add(CareHistory.of(children.get(entry.getKey()), entry.getValue()));
      }
      return all;
    }

    List<PeriodOfCare> periods() {
      List<PeriodOfCare> all = new ArrayList<>();
      for (CareHistory history : histories()) {
        all.addAll(history.periodsOfCare(AS_AT));
      }
      return all;
    }
  }

  private static <T> Optional<T> optional(String cell, Function<String, T> parse) {
    return cell.isEmpty() ? Optional.empty() : Optional.of(parse.apply(cell));
  }
}
