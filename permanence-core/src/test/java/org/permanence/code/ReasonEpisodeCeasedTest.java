package org.permanence.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReasonEpisodeCeasedTest {

  @Test
  void holdsTheDfeReasons() {
    // DOMAIN.md section 1, REC
    assertThat(Arrays.stream(ReasonEpisodeCeased.values()).map(ReasonEpisodeCeased::code))
        .containsExactlyInAnyOrder(
            "E11", "E12", "E13", "E14", "E15", "E16", "E17", "E2", "E3", "E41", "E45", "E46",
            "E47", "E48", "E4A", "E4B", "E5", "E6", "E7", "E8", "E9", "X1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"E4A", "E45", "E46", "E47", "E48", "E41", "E11", "E12"})
  void holdsEveryPermanenceRouteCode(String code) {
    assertThat(ReasonEpisodeCeased.find(code)).isPresent();
    assertThat(ReasonEpisodeCeased.of(code).code()).isEqualTo(code);
  }

  @Test
  void onlyX1ContinuesThePeriodOfCare() {
    assertThat(ReasonEpisodeCeased.of("X1").isContinuation()).isTrue();
    assertThat(Arrays.stream(ReasonEpisodeCeased.values()).filter(r -> r.isContinuation()))
        .containsExactly(ReasonEpisodeCeased.X1);
  }

  @Test
  void retiredSgoCodesAreUnknown() {
    assertThat(ReasonEpisodeCeased.find("E43")).isEmpty();
    assertThat(ReasonEpisodeCeased.find("E44")).isEmpty();
    assertThat(ReasonEpisodeCeased.find("e4a")).isEmpty();
  }
}
