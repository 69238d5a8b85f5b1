package org.permanence.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;
import org.permanence.care.CareData;
import org.permanence.care.CareHistory;
import org.permanence.care.Episode;
import org.permanence.care.EpisodeColumns;
import org.permanence.care.InvalidCareHistoryException;
import org.permanence.child.Child;
import org.permanence.child.ChildId;
import org.permanence.code.LegalStatus;
import org.permanence.code.PlacementType;
import org.permanence.code.ReasonEpisodeCeased;
import org.permanence.code.ReasonForNewEpisode;

/**
 * Care data held in columns says and gives the same as care histories held as objects: the
 * validity rule on columns agrees with {@link CareHistory#problems}, and episodes come back out of
 * the columns as they went in.
 */
@StatisticsReport(StatisticsReportMode.OFF)
class CareDataColumnsPropertiesTest {

  @Property(tries = 500)
  void theRuleOnColumnsAgreesWithTheRuleOnObjects(
      @ForAll("childrenWithEpisodes") Tuple2<Child, List<Episode>> given) {
    Child child = given.get1();
    List<Episode> episodes = new ArrayList<>(given.get2());
    episodes.sort(CareHistory.EPISODE_ORDER);
    EpisodeColumns.Builder builder = EpisodeColumns.builder();
    episodes.forEach(builder::add);

    boolean valid = CareData.isValidHistory(
        builder.build(), 0, episodes.size(), child.dateOfBirth().toEpochDay());

    Statistics.label("valid").collect(valid);
    Statistics.label("valid").coverage(coverage -> {
      coverage.check(true).percentage(p -> p > 10);
      coverage.check(false).percentage(p -> p > 10);
    });
    assertThat(valid).isEqualTo(CareHistory.problems(child, episodes).isEmpty());
  }

  @Property(tries = 300)
  void episodesComeBackOutOfTheColumnsAsTheyWentIn(@ForAll("histories") CareHistory history) {
    EpisodeColumns.Builder builder = EpisodeColumns.builder();
    history.episodes().forEach(builder::add);
    EpisodeColumns columns = builder.build();

    List<Episode> out = new ArrayList<>();
    for (int row = 0; row < columns.size(); row++) {
      out.add(columns.episode(row, history.childId()));
      assertThat(columns.startDay(row)).isEqualTo(history.episodes().get(row).start().toEpochDay());
      assertThat(columns.placementType(row)).isEqualTo(history.episodes().get(row).placementType());
      assertThat(columns.placementProvider(row))
          .isEqualTo(history.episodes().get(row).placementProvider());
    }
    assertThat(out).isEqualTo(history.episodes());
  }

  @Property(tries = 50)
  void dataMadeFromColumnsHoldsTheSameHistories(@ForAll("manyHistories") List<CareHistory> histories) {
    CareData fromObjects = CareData.of(histories);
    List<Child> children = new ArrayList<>();
    EpisodeColumns.Builder builder = EpisodeColumns.builder();
    // the rows in reverse order of child, to show that a child's rows may lie anywhere
    int[] first = new int[fromObjects.size()];
    int[] end = new int[fromObjects.size()];
    for (int i = fromObjects.size() - 1; i >= 0; i--) {
      first[i] = builder.size();
      fromObjects.histories().get(i).episodes().forEach(builder::add);
      end[i] = builder.size();
    }
    fromObjects.histories().forEach(history -> children.add(history.child()));

    CareData fromColumns = CareData.of(children, first, end, builder.build());

    assertThat(fromColumns.histories()).isEqualTo(fromObjects.histories());
    assertThat(fromColumns.episodeCount()).isEqualTo(fromObjects.episodeCount());
    for (CareHistory history : histories) {
      assertThat(fromColumns.find(history.childId())).contains(history);
    }
  }

  @Example
  void childrenOutOfOrderAreRejected() {
    Child b = Child.of(ChildId.of("B"), LocalDate.of(2010, 1, 1));
    Child a = Child.of(ChildId.of("A"), LocalDate.of(2010, 1, 1));
    EpisodeColumns none = EpisodeColumns.builder().build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> CareData.of(List.of(b, a), new int[2], new int[2], none))
        .withMessageContaining("order");
  }

  @Example
  void rowsOutOfRangeAreRejected() {
    Child a = Child.of(ChildId.of("A"), LocalDate.of(2010, 1, 1));
    EpisodeColumns none = EpisodeColumns.builder().build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> CareData.of(List.of(a), new int[] {0}, new int[] {1}, none))
        .withMessageContaining("rows");
  }

  @Example
  void anInvalidHistoryInColumnsIsRejectedWithItsProblems() {
    Child a = Child.of(ChildId.of("A"), LocalDate.of(2010, 1, 1));
    EpisodeColumns.Builder builder = EpisodeColumns.builder();
    builder.add(episode(a, "2019-01-01", Optional.empty()));
    builder.add(episode(a, "2019-02-01", Optional.of("2019-03-01")));

    assertThatThrownBy(() -> CareData.of(List.of(a), new int[] {0}, new int[] {2}, builder.build()))
        .isInstanceOf(InvalidCareHistoryException.class)
        .hasMessageContaining("open episode");
  }

  @Example
  void episodesOutOfOrderInColumnsAreRejected() {
    Child a = Child.of(ChildId.of("A"), LocalDate.of(2010, 1, 1));
    EpisodeColumns.Builder builder = EpisodeColumns.builder();
    builder.add(episode(a, "2019-02-01", Optional.of("2019-03-01")));
    builder.add(episode(a, "2019-01-01", Optional.of("2019-01-10")));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> CareData.of(List.of(a), new int[] {0}, new int[] {2}, builder.build()))
        .withMessageContaining("not in order");
  }

  private static Episode episode(Child child, String start, Optional<String> end) {
    return Episode.builder()
        .childId(child.id())
        .start(LocalDate.parse(start))
        .endExclusive(end.map(LocalDate::parse))
        .reasonForNewEpisode(ReasonForNewEpisode.S)
        .legalStatus(LegalStatus.C2)
        .placementType(PlacementType.U4)
        .reasonEnded(end.map(e -> ReasonEpisodeCeased.E4A))
        .build();
  }

  @Provide
  Arbitrary<Tuple2<Child, List<Episode>>> childrenWithEpisodes() {
    Arbitrary<Tuple2<Child, List<Episode>>> random = PermanenceArbitraries.children().flatMap(child ->
        PermanenceArbitraries.episodes(child).list().ofMaxSize(5)
            .map(episodes -> Tuple.of(child, episodes)));
    Arbitrary<Tuple2<Child, List<Episode>>> valid = PermanenceArbitraries.careHistories()
        .map(history -> Tuple.of(history.child(), history.episodes()));
    // a valid history whose child was born later than its first episode starts
    Arbitrary<Tuple2<Child, List<Episode>>> bornLater = PermanenceArbitraries.careHistories()
        .map(history -> Tuple.of(
            Child.of(history.childId(), history.episodes().get(0).start().plusDays(1)),
            history.episodes()));
    return Arbitraries.frequencyOf(Tuple.of(3, random), Tuple.of(2, valid), Tuple.of(1, bornLater));
  }

  @Provide
  Arbitrary<CareHistory> histories() {
    return PermanenceArbitraries.careHistories();
  }

  @Provide
  Arbitrary<List<CareHistory>> manyHistories() {
    return PermanenceArbitraries.careData().map(CareData::histories);
  }
}
