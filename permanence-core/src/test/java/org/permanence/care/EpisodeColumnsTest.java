package org.permanence.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.permanence.child.ChildId;
import org.permanence.code.LegalStatus;
import org.permanence.code.PlacementType;
import org.permanence.code.ReasonEpisodeCeased;
import org.permanence.code.ReasonForNewEpisode;

/** Columns built from a builder do not change when the builder goes on. */
class EpisodeColumnsTest {

  private static void setOpen(EpisodeColumns.Builder builder, int row, int start, PlacementType type) {
    builder.set(row, start, EpisodeColumns.OPEN, ReasonForNewEpisode.S, LegalStatus.C2, null, type,
        null, null, null, null);
  }

  @Test
  void columnsBuiltInOrderKeepTheirValuesWhenTheBuilderChangesARow() {
    EpisodeColumns.Builder builder = EpisodeColumns.builder();
    setOpen(builder, builder.addRow(), 100, PlacementType.U1);
    setOpen(builder, builder.addRow(), 200, PlacementType.U2);

    EpisodeColumns built = builder.build();
    setOpen(builder, 0, 150, PlacementType.K2);
    EpisodeColumns inOrder = builder.build(new int[] {0, 1});
    builder.set(1, 300, 310, ReasonForNewEpisode.P, LegalStatus.C2, null, PlacementType.R1, null,
        ReasonEpisodeCeased.E11, null, null);

    assertThat(built.size()).isEqualTo(2);
    assertThat(built.startDay(0)).isEqualTo(100);
    assertThat(built.placementType(0)).isEqualTo(PlacementType.U1);
    assertThat(built.startDay(1)).isEqualTo(200);
    assertThat(built.endDay(1)).isEqualTo(EpisodeColumns.OPEN);
    assertThat(inOrder.startDay(0)).isEqualTo(150);
    assertThat(inOrder.placementType(0)).isEqualTo(PlacementType.K2);
    assertThat(inOrder.startDay(1)).isEqualTo(200);
    assertThat(builder.startDay(1)).isEqualTo(300);
  }

  @Test
  void columnsBuiltInOrderKeepTheirValuesWhenTheBuilderAddsRows() {
    EpisodeColumns.Builder builder = EpisodeColumns.builder().ensureCapacity(4);
    setOpen(builder, builder.addRow(), 100, PlacementType.U1);

    EpisodeColumns built = builder.build(new int[] {0});
    setOpen(builder, builder.addRow(), 200, PlacementType.U2);
    setOpen(builder, 0, 50, PlacementType.U3);

    assertThat(built.size()).isEqualTo(1);
    assertThat(built.startDay(0)).isEqualTo(100);
    assertThat(built.placementType(0)).isEqualTo(PlacementType.U1);
  }

  @Test
  void columnsPickedInANewOrderHoldThoseRows() {
    EpisodeColumns.Builder builder = EpisodeColumns.builder();
    setOpen(builder, builder.addRow(), 100, PlacementType.U1);
    setOpen(builder, builder.addRow(), 200, PlacementType.U2);

    EpisodeColumns picked = builder.build(new int[] {1, 0});

    assertThat(picked.startDay(0)).isEqualTo(200);
    assertThat(picked.startDay(1)).isEqualTo(100);
  }

  @Test
  void columnsPickedInANewOrderHoldThoseRowsUrns() {
    EpisodeColumns.Builder builder = EpisodeColumns.builder();
    builder.set(builder.addRow(), 100, EpisodeColumns.OPEN, ReasonForNewEpisode.S, LegalStatus.C2, null,
        PlacementType.U1, null, null, null, "SC000001");
    builder.set(builder.addRow(), 200, EpisodeColumns.OPEN, ReasonForNewEpisode.S, LegalStatus.C2, null,
        PlacementType.U2, null, null, null, "SC000002");

    EpisodeColumns picked = builder.build(new int[] {1, 0});

    assertThat(picked.episode(0, ChildId.of("C1")).urn()).contains("SC000002");
    assertThat(picked.episode(1, ChildId.of("C1")).urn()).contains("SC000001");
  }

  @Test
  void aCapacityBelowTheRowsAlreadyAddedLosesNone() {
    EpisodeColumns.Builder builder = EpisodeColumns.builder().ensureCapacity(0);
    for (int i = 0; i < 20; i++) {
      setOpen(builder, builder.addRow(), 100 + i, PlacementType.U1);
    }
    builder.ensureCapacity(3);
    setOpen(builder, builder.addRow(), 300, PlacementType.U2);

    EpisodeColumns built = builder.build();

    assertThat(built.size()).isEqualTo(21);
    assertThat(built.startDay(0)).isEqualTo(100);
    assertThat(built.startDay(19)).isEqualTo(119);
    assertThat(built.startDay(20)).isEqualTo(300);
  }

  @Test
  void addAndSetReturnTheBuilderForTheNextRow() {
    EpisodeColumns.Builder builder = EpisodeColumns.builder();
    Episode episode = Episode.builder()
        .childId(ChildId.of("C1"))
        .start(LocalDate.of(2020, 1, 1))
        .reasonForNewEpisode(ReasonForNewEpisode.S)
        .legalStatus(LegalStatus.C2)
        .placementType(PlacementType.U4)
        .build();

    assertThat(builder.add(episode)).isSameAs(builder);
    assertThat(builder.set(0, 10, 20, ReasonForNewEpisode.S, LegalStatus.C2, null, PlacementType.U4, null,
        ReasonEpisodeCeased.E11, null, null)).isSameAs(builder);
    assertThat(builder.add(episode).build().episode(1, ChildId.of("C1"))).isEqualTo(episode);
  }

  @Test
  void onlyARowAddedCanBeSet() {
    EpisodeColumns.Builder builder = EpisodeColumns.builder();
    setOpen(builder, builder.addRow(), 100, PlacementType.U1);

    assertThatThrownBy(() -> setOpen(builder, 1, 200, PlacementType.U1))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("row 1 of 1");
    assertThatThrownBy(() -> setOpen(builder, -1, 200, PlacementType.U1))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void aRowAddedButNeverSetCannotBeBuilt() {
    EpisodeColumns.Builder builder = EpisodeColumns.builder();
    setOpen(builder, builder.addRow(), 100, PlacementType.U1);
    builder.addRow();

    assertThat(builder.isSet(0)).isTrue();
    assertThat(builder.isSet(1)).isFalse();
    assertThatIllegalStateException().isThrownBy(builder::build).withMessage("row 1 was added but never set");
    assertThatIllegalStateException().isThrownBy(() -> builder.build(new int[] {1, 0}))
        .withMessage("row 1 was added but never set");
    assertThat(builder.build(new int[] {0}).size()).isEqualTo(1);
  }

  @Test
  void onlyRowsAddedCanBePicked() {
    EpisodeColumns.Builder builder = EpisodeColumns.builder();
    setOpen(builder, builder.addRow(), 100, PlacementType.U1);

    assertThatThrownBy(() -> builder.build(new int[] {0, 1}))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("row 1 of 1");
    assertThatThrownBy(() -> builder.build(new int[] {-1}))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void aRowReadsBackAsTheEpisodeSet() {
    EpisodeColumns.Builder builder = EpisodeColumns.builder();
    builder.set(builder.addRow(), 100, 107, ReasonForNewEpisode.P, LegalStatus.V3, null, PlacementType.K2,
        org.permanence.code.PlacementProvider.PR4, ReasonEpisodeCeased.E11, null, null);
    setOpen(builder, builder.addRow(), 107, PlacementType.U1);

    EpisodeColumns built = builder.build();

    assertThat(built.legalStatus(0)).isEqualTo(LegalStatus.V3);
    assertThat(built.isShortBreak(0)).isTrue();
    assertThat(built.isShortBreak(1)).isFalse();
    assertThat(built.placementProvider(0)).contains(org.permanence.code.PlacementProvider.PR4);
    assertThat(built.placementProvider(1)).isEqualTo(Optional.empty());
    assertThat(built.reasonEnded(0)).contains(ReasonEpisodeCeased.E11);
    assertThat(built.reasonEnded(1)).isEmpty();
    assertThatThrownBy(() -> built.startDay(2)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
