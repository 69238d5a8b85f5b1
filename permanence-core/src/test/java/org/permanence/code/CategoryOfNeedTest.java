package org.permanence.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CategoryOfNeedTest {

  @Test
  void holdsN1ToN8() {
    assertThat(Arrays.stream(CategoryOfNeed.values()).map(CategoryOfNeed::code))
        .containsExactlyInAnyOrder("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8");
  }

  @Test
  void thereIsNoN9() {
    assertThat(CategoryOfNeed.find("N9")).isEmpty();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CategoryOfNeed.of("N9"))
        .withMessageContaining("'N9'")
        .withMessageContaining("N1, N2, N3, N4, N5, N6, N7, N8");
  }
}
