package org.permanence.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PlacementProviderTest {

  @Test
  void holdsPr0ToPr5() {
    // DOMAIN.md section 1, PLACE_PROVIDER
    assertThat(Arrays.stream(PlacementProvider.values()).map(PlacementProvider::code))
        .containsExactlyInAnyOrder("PR0", "PR1", "PR2", "PR3", "PR4", "PR5");
  }

  @Test
  void anEmptyProviderIsNotACode() {
    assertThat(PlacementProvider.find("")).isEmpty();
    assertThat(PlacementProvider.find("PR6")).isEmpty();
  }
}
