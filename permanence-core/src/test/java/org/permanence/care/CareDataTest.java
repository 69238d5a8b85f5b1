package org.permanence.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
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
}
