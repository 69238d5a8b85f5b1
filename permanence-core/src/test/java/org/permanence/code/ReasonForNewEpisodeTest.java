package org.permanence.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ReasonForNewEpisodeTest {

  @Test
  void holdsTheDfeReasons() {
    // DOMAIN.md section 1, RNE
    assertThat(Arrays.stream(ReasonForNewEpisode.values()).map(ReasonForNewEpisode::code))
        .containsExactlyInAnyOrder("S", "P", "L", "T", "U", "B");
    assertThat(ReasonForNewEpisode.of("S")).isEqualTo(ReasonForNewEpisode.S);
    assertThat(ReasonForNewEpisode.find("s")).isEmpty();
  }
}
