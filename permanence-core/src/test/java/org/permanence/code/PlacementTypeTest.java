package org.permanence.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlacementTypeTest {

  @Test
  void holdsEveryCodeValidInAnyYearSince2017To18() {
    // DOMAIN.md section 1, PLACE
    assertThat(Arrays.stream(PlacementType.values()).map(PlacementType::code))
        .containsExactlyInAnyOrder(
            "A3", "A4", "A5", "A6", "H5", "K1", "K2", "K3", "P1", "P2", "P3", "R1", "R2", "R3",
            "R5", "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z1",
            "Z11", "Z12", "Z13", "Z14");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Z11", "Z12", "Z13", "Z14", "K3", "H5", "P2", "Z1"})
  void readsCodesOfEveryCollectionYear(String code) {
    assertThat(PlacementType.find(code)).isPresent();
    assertThat(PlacementType.of(code).code()).isEqualTo(code);
  }

  @Test
  void z1AndZ11AreDifferentCodes() {
    assertThat(PlacementType.of("Z1")).isEqualTo(PlacementType.Z1).isNotEqualTo(PlacementType.Z11);
    assertThat(PlacementType.of("Z11")).isEqualTo(PlacementType.Z11);
  }

  @Test
  void placementsForAdoptionAreA3ToA6() {
    EnumSet<PlacementType> forAdoption = EnumSet.noneOf(PlacementType.class);
    for (PlacementType type : PlacementType.values()) {
      if (type.isPlacedForAdoption()) {
        forAdoption.add(type);
      }
    }
    assertThat(forAdoption)
        .containsExactlyInAnyOrder(
            PlacementType.A3, PlacementType.A4, PlacementType.A5, PlacementType.A6);
  }
}
