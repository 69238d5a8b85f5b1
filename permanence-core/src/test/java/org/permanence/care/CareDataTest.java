package org.permanence.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.permanence.child.Child;
import org.permanence.child.ChildId;
import org.permanence.code.LegalStatus;
import org.permanence.code.PlacementType;
import org.permanence.code.ReasonEpisodeCeased;
import org.permanence.code.ReasonForNewEpisode;

/** Care data made from columns, as a reader makes it, keeping only valid histories. */
class CareDataTest {

  private static int day(String iso) {
    return (int) LocalDate.parse(iso).toEpochDay();
  }

  private static Child child(String id) {
    return Child.of(ChildId.of(id), LocalDate.parse("2010-06-01"));
  }

  /** Appends an episode from {@code start} to {@code end} (exclusive), or open if end is null. */
  private static void add(EpisodeColumns.Builder columns, String start, String end) {
    int row = columns.addRow();
    columns.set(row, day(start), end == null ? EpisodeColumns.OPEN : day(end), ReasonForNewEpisode.S,
        LegalStatus.C2, null, PlacementType.U4, null, end == null ? null : ReasonEpisodeCeased.E11,
        null, null);
  }

  /** Three children: A valid, B with overlapping episodes, C valid. */
  private static EpisodeColumns threeChildren() {
    EpisodeColumns.Builder columns = EpisodeColumns.builder();
    add(columns, "2020-01-01", "2020-02-01");   // A, row 0
    add(columns, "2020-01-01", "2020-03-01");   // B, row 1
    add(columns, "2020-02-01", "2020-04-01");   // B, row 2: starts before row 1 ends
    add(columns, "2021-01-01", null);           // C, row 3
    return columns.build();
  }

  private static final List<Child> CHILDREN = List.of(child("A"), child("B"), child("C"));
  private static final int[] FIRST = {0, 1, 3};
  private static final int[] END = {1, 3, 4};

  @Test
  void ofValidLeavesOutAChildWhoseEpisodesOverlapAndTellsWhich() {
    List<Integer> leftOut = new ArrayList<>();

    CareData data = CareData.ofValid(CHILDREN, FIRST, END, threeChildren(), leftOut::add);

    assertThat(leftOut).containsExactly(1);
    assertThat(data.size()).isEqualTo(2);
    assertThat(data.child(0).id()).isEqualTo(ChildId.of("A"));
    assertThat(data.child(1).id()).isEqualTo(ChildId.of("C"));
    assertThat(data.history(1).episodes()).singleElement()
        .satisfies(episode -> assertThat(episode.start()).isEqualTo(LocalDate.parse("2021-01-01")));
    assertThat(data.find(ChildId.of("B"))).isEmpty();
  }

  @Test
  void ofThrowsForTheSameChild() {
    assertThatThrownBy(() -> CareData.of(CHILDREN, FIRST, END, threeChildren()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("B");
  }

  @Test
  void ofValidKeepsEveryChildWhenAllAreValid() {
    List<Integer> leftOut = new ArrayList<>();

    CareData data = CareData.ofValid(List.of(child("A"), child("C")), new int[] {0, 3},
        new int[] {1, 4}, threeChildren(), leftOut::add);

    assertThat(leftOut).isEmpty();
    assertThat(data.size()).isEqualTo(2);
  }

  @Test
  void ofValidStillThrowsForChildrenOutOfOrder() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CareData.ofValid(List.of(child("C"), child("A")), new int[] {3, 0},
            new int[] {4, 1}, threeChildren(), i -> { }))
        .withMessageContaining("order");
  }

  // ------------------------------------------------------------------------------------------
  // of(histories): any order in, order of child out

  private static CareHistory history(String id, String... startsAndEnds) {
    List<Episode> episodes = new ArrayList<>();
    for (int i = 0; i < startsAndEnds.length; i += 2) {
      episodes.add(Episode.builder()
          .childId(ChildId.of(id))
          .start(LocalDate.parse(startsAndEnds[i]))
          .endExclusive(LocalDate.parse(startsAndEnds[i + 1]))
          .reasonForNewEpisode(ReasonForNewEpisode.S)
          .legalStatus(LegalStatus.C2)
          .placementType(PlacementType.U4)
          .reasonEnded(ReasonEpisodeCeased.E11)
          .build());
    }
    return CareHistory.of(child(id), episodes);
  }

  @Test
  void ofHistoriesPutsThemInOrderOfChildWithEachChildsRowsOfEpisodes() {
    CareHistory c = history("C", "2020-01-01", "2020-02-01");
    CareHistory a = history("A", "2019-01-01", "2019-02-01", "2019-03-01", "2019-04-01");
    CareHistory b = history("B", "2018-01-01", "2018-02-01");

    CareData data = CareData.of(List.of(c, a, b));

    // A's two episodes are rows 0 and 1, B's row 2, C's row 3
    assertThat(data.size()).isEqualTo(3);
    assertThat(List.of(data.child(0).id(), data.child(1).id(), data.child(2).id()))
        .containsExactly(ChildId.of("A"), ChildId.of("B"), ChildId.of("C"));
    assertThat(new int[] {data.firstEpisode(0), data.firstEpisode(1), data.firstEpisode(2)})
        .containsExactly(0, 2, 3);
    assertThat(new int[] {data.endEpisode(0), data.endEpisode(1), data.endEpisode(2)})
        .containsExactly(2, 3, 4);
    assertThat(data.episodes().startDay(2)).isEqualTo(day("2018-01-01"));
    assertThat(data.histories()).containsExactly(a, b, c);
    assertThat(data.episodeCount()).isEqualTo(4);
    assertThat(data).hasToString("CareData[3 children, 4 episodes]");
  }

  @Test
  void ofNoHistoriesIsTheEmptyData() {
    CareData data = CareData.of(List.of());

    assertThat(data).isSameAs(CareData.empty());
    assertThat(data.size()).isZero();
    assertThat(data.episodeCount()).isZero();
    assertThat(data.histories()).isEmpty();
  }

  @Test
  void ofHistoriesRefusesTwoOfOneChild() {
    CareHistory first = history("B", "2018-01-01", "2018-02-01");
    CareHistory second = history("B", "2019-01-01", "2019-02-01");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> CareData.of(List.of(history("A", "2018-01-01", "2018-02-01"), first, second)))
        .withMessage("two care histories of child B");
  }

  @Test
  void findLooksEveryChildUpAndNamesOneThatIsNotThere() {
    List<CareHistory> histories = new ArrayList<>();
    for (String id : List.of("A", "B", "C", "D", "E", "F", "G")) {
      histories.add(history(id, "2020-01-01", "2020-02-01"));
    }
    CareData data = CareData.of(histories);

    for (CareHistory history : histories) {
      assertThat(data.find(history.childId())).containsSame(history);
      assertThat(data.history(history.childId())).isSameAs(history);
    }
    assertThat(data.find(ChildId.of("0"))).isEmpty();
    assertThat(data.find(ChildId.of("BB"))).isEmpty();
    assertThat(data.find(ChildId.of("H"))).isEmpty();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> data.history(ChildId.of("H")))
        .withMessage("no child H in the data");
  }

  // ------------------------------------------------------------------------------------------
  // of(columns): checked as a history would be

  @Test
  void ofColumnsKeepsEveryValidChildWithItsRows() {
    CareData data = CareData.of(List.of(child("A"), child("C")), new int[] {0, 3}, new int[] {1, 4},
        threeChildren());

    // rows 1 and 2, B's, are claimed by no child and are ignored
    assertThat(data.size()).isEqualTo(2);
    assertThat(data.firstEpisode(1)).isEqualTo(3);
    assertThat(data.endEpisode(1)).isEqualTo(4);
    assertThat(data.episodeCount()).isEqualTo(2);
    assertThat(data.history(ChildId.of("C")).episodes()).singleElement()
        .satisfies(episode -> assertThat(episode.isOpen()).isTrue());
  }

  @Test
  void ofColumnsThrowsEveryProblemOfAnInvalidHistory() {
    // B's rows 1 and 2 overlap: the history's own exception, not a bare argument error
    assertThatThrownBy(() -> CareData.of(List.of(child("B")), new int[] {1}, new int[] {3}, threeChildren()))
        .isInstanceOf(InvalidCareHistoryException.class)
        .hasMessageContaining("B");
  }

  @Test
  void ofColumnsThrowsForTheLastRowsOfTheColumnsWhenTheyOverlap() {
    EpisodeColumns.Builder columns = EpisodeColumns.builder();
    add(columns, "2020-01-01", "2020-03-01");
    add(columns, "2020-02-01", "2020-04-01");

    assertThatThrownBy(() -> CareData.of(List.of(child("A")), new int[] {0}, new int[] {2}, columns.build()))
        .isInstanceOf(InvalidCareHistoryException.class);
  }

  @Test
  void ofColumnsRefusesRowsOutOfTheStartThenEndOrder() {
    EpisodeColumns.Builder columns = EpisodeColumns.builder();
    add(columns, "2020-03-01", "2020-04-01");
    add(columns, "2020-01-01", "2020-02-01");

    // as a history the two would be fine, sorted; as rows they are in the wrong order
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CareData.of(List.of(child("A")), new int[] {0}, new int[] {2}, columns.build()))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .withMessage("the episodes of child A are not in order of start, then end");
  }

  @ParameterizedTest(name = "rows [{0}, {1}) of 4")
  @CsvSource({"-1, 1", "2, 1", "3, 5"})
  void ofColumnsRefusesRowsOutOfRange(int first, int end) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CareData.of(List.of(child("A")), new int[] {first}, new int[] {end}, threeChildren()))
        .withMessage("the episodes of child A are rows " + first + " to " + (end - 1)
            + ", not rows of the 4 given");
  }

  @Test
  void ofColumnsRefusesTheSameChildTwice() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CareData.of(List.of(child("A"), child("A")), new int[] {0, 3}, new int[] {1, 4},
            threeChildren()))
        .withMessage("children must be in order of identifier, each once, but A comes before A");
  }

  @Test
  void ofColumnsWantsOneFirstAndEndRowPerChild() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CareData.of(List.of(child("A")), new int[] {0, 1}, new int[] {1}, threeChildren()));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CareData.of(List.of(child("A")), new int[] {0}, new int[] {1, 2}, threeChildren()));
  }

  // ------------------------------------------------------------------------------------------
  // isValidHistory: the rule of CareHistory.problems on columns, at its edges

  /**
   * Episodes written {@code start/end} (end empty for open) in row order, for a child born on
   * 1 June 2010; whether they form a valid history.
   */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
    // starting on the day of birth is allowed, the day before is not
    "2010-06-01/2010-07-01                        | true",
    "2010-05-31/2010-07-01                        | false",
    // one starts the day the other ends
    "2020-01-01/2020-02-01 2020-02-01/2020-03-01  | true",
    // a zero-day episode then one starting the same day, in order of end
    "2020-01-01/2020-01-01 2020-01-01/2020-03-01  | true",
    // the same two the other way round: not in order of end
    "2020-01-01/2020-03-01 2020-01-01/2020-01-01  | false",
    // two zero-day episodes on one day
    "2020-01-01/2020-01-01 2020-01-01/2020-01-01  | true",
    // a later start listed first
    "2020-02-01/2020-03-01 2020-01-01/2020-01-15  | false",
    // overlapping by a day
    "2020-01-01/2020-02-02 2020-02-01/2020-03-01  | false",
    // an open episode that is the last
    "2020-01-01/2020-02-01 2020-02-01/            | true",
    // an open episode followed by another
    "2020-01-01/ 2020-03-01/2020-04-01            | false",
    // a zero-day episode on a day inside a longer one
    "2020-01-01/2020-06-01 2020-02-01/2020-02-01  | false",
  })
  void isValidHistoryOnColumns(String episodes, boolean valid) {
    EpisodeColumns.Builder columns = EpisodeColumns.builder();
    // a row before and after the child's, so that the rows checked are a range inside the columns
    add(columns, "2000-01-01", "2000-02-01");
    String[] each = episodes.split(" ");
    for (String episode : each) {
      String[] dates = episode.split("/", -1);
      add(columns, dates[0], dates[1].isEmpty() ? null : dates[1]);
    }
    add(columns, "2000-01-01", "2000-02-01");

    assertThat(CareData.isValidHistory(columns.build(), 1, 1 + each.length, day("2010-06-01")))
        .isEqualTo(valid);
  }
}
