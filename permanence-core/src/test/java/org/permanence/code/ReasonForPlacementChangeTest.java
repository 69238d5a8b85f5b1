package org.permanence.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ReasonForPlacementChangeTest {

  @Test
  void holdsTheDfeReasons() {
    // DOMAIN.md section 1, REASON_PLACE_CHANGE
    assertThat(Arrays.stream(ReasonForPlacementChange.values()).map(ReasonForPlacementChange::code))
        .containsExactlyInAnyOrder(
            "CARPL", "CLOSE", "ALLEG", "STAND", "APPRR", "CREQB", "CREQO", "CHILD", "LAREQ",
            "PLACE", "CUSTOD", "OTHER");
    assertThat(ReasonForPlacementChange.find("carpl")).isEmpty();
  }
}
