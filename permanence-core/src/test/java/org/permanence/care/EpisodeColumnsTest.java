package org.permanence.care;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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
}
