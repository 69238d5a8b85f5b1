package org.permanence.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LegalStatusTest {

  @Test
  void holdsTheDfeLegalStatuses() {
    // DOMAIN.md section 1, LS
    assertThat(Arrays.stream(LegalStatus.values()).map(LegalStatus::code))
        .containsExactlyInAnyOrder(
            "C1", "C2", "D1", "E1", "J1", "J2", "J3", "L1", "L2", "L3", "V2", "V3", "V4");
  }

  @Test
  void onlyV3AndV4AreShortBreaks() {
    assertThat(LegalStatus.of("V3").isShortBreak()).isTrue();
    assertThat(LegalStatus.of("V4").isShortBreak()).isTrue();
    assertThat(Arrays.stream(LegalStatus.values()).filter(LegalStatus::isShortBreak))
        .containsExactlyInAnyOrder(LegalStatus.V3, LegalStatus.V4);
    assertThat(LegalStatus.V2.isShortBreak()).isFalse();
    assertThat(LegalStatus.C2.isShortBreak()).isFalse();
  }
}
