package org.permanence.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SexTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"1, MALE_1", "2, FEMALE_2", "M, M", "F, F", "U, U"})
  void acceptsTheCodesOfEveryCollectionYear(String code, Sex expected) {
    assertThat(Sex.of(code)).isEqualTo(expected);
    assertThat(expected.code()).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "3", "9", "m", "f", "u", "X", "Male"})
  void rejectsOtherCodes(String code) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Sex.of(code))
        .withMessageContaining("1, 2, M, F, U");
  }

  @Test
  void holdsExactlyFiveCodes() {
    assertThat(Arrays.stream(Sex.values()).map(Sex::code))
        .containsExactlyInAnyOrder("1", "2", "M", "F", "U");
  }
}
