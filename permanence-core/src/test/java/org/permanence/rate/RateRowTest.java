package org.permanence.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.permanence.code.PlacementProvider;
import org.permanence.code.PlacementType;

class RateRowTest {

  private static final LocalDate APRIL_2019 = LocalDate.of(2019, 4, 1);
  private static final Optional<PlacementProvider> PR4 = Optional.of(PlacementProvider.PR4);
  private static final Optional<PlacementProvider> PR1 = Optional.of(PlacementProvider.PR1);
  private static final Optional<PlacementProvider> NO_PROVIDER = Optional.empty();

  @Test
  void rejectsNegativeCost() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> row(null, null).weeklyCost(new BigDecimal("-0.01")).build())
        .withMessageContaining("-0.01");
  }

  @Test
  void acceptsZeroCost() {
    assertThat(row(null, null).weeklyCost(BigDecimal.ZERO).build().weeklyCost()).isZero();
  }

  @ParameterizedTest(name = "min_age {0}")
  @ValueSource(ints = {-1, 18, 99})
  void rejectsMinAgeOutside0To17(int age) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> row(age, null).weeklyCost(BigDecimal.TEN).build())
        .withMessageContaining(String.valueOf(age));
  }

  @ParameterizedTest(name = "max_age {0}")
  @ValueSource(ints = {-1, 18, 99})
  void rejectsMaxAgeOutside0To17(int age) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> row(null, age).weeklyCost(BigDecimal.TEN).build())
        .withMessageContaining(String.valueOf(age));
  }

  @ParameterizedTest(name = "{0}-{1}")
  @CsvSource({"0, 0", "17, 17", "0, 17", "11, 15", "10, 10"})
  void acceptsBoundsFrom0To17WithMinNotAboveMax(int min, int max) {
    RateRow row = row(min, max).weeklyCost(BigDecimal.TEN).build();

    assertThat(row.lowestAge()).isEqualTo(min);
    assertThat(row.highestAge()).isEqualTo(max);
  }

  @Test
  void rejectsMinAboveMax() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> row(11, 10).weeklyCost(BigDecimal.TEN).build())
        .withMessageContaining("11")
        .withMessageContaining("10");
  }

  @Test
  void oneBoundMayBeLeftOut() {
    RateRow fromSixteen = row(16, null).weeklyCost(BigDecimal.TEN).build();
    RateRow toTen = row(null, 10).weeklyCost(BigDecimal.TEN).build();

    assertThat(fromSixteen.isAgeBounded()).isTrue();
    assertThat(fromSixteen.lowestAge()).isEqualTo(16);
    assertThat(fromSixteen.highestAge()).isEqualTo(17);
    assertThat(toTen.isAgeBounded()).isTrue();
    assertThat(toTen.lowestAge()).isZero();
    assertThat(toTen.highestAge()).isEqualTo(10);
  }

  @Test
  void unboundedRowCoversAges0To17() {
    RateRow row = row(null, null).weeklyCost(BigDecimal.TEN).build();

    assertThat(row.isAgeBounded()).isFalse();
    assertThat(row.lowestAge()).isZero();
    assertThat(row.highestAge()).isEqualTo(17);
    for (int age = 0; age <= 17; age++) {
      assertThat(row.matches(PlacementType.U4, PR4, age)).as("age %d", age).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}-{1} at {2}: {3}")
  @CsvSource(nullValues = "-", value = {
    // inclusive at both ends
    "11, 15, 10, false",
    "11, 15, 11, true",
    "15, 15, 15, true",
    "11, 15, 15, true",
    "11, 15, 16, false",
    // a lower bound only runs to 17
    "16, -,  15, false",
    "16, -,  16, true",
    "16, -,  17, true",
    // an upper bound only runs from 0
    "-,  10, 0,  true",
    "-,  10, 10, true",
    "-,  10, 11, false",
    // the whole range written out
    "0,  17, 0,  true",
    "0,  17, 17, true",
  })
  void ageBoundsAreInclusive(Integer min, Integer max, int age, boolean matches) {
    RateRow row = row(min, max).weeklyCost(BigDecimal.TEN).build();

    assertThat(row.matches(PlacementType.U4, PR4, age)).isEqualTo(matches);
  }

  @Test
  void anyProviderMatchesEveryProviderAndNone() {
    RateRow row = RateRow.builder().place(PlacePattern.parse("U4")).effectiveFrom(APRIL_2019)
        .weeklyCost(BigDecimal.TEN).build();

    assertThat(row.provider()).isEmpty();
    for (PlacementProvider provider : PlacementProvider.values()) {
      assertThat(row.matches(PlacementType.U4, Optional.of(provider), 5)).as(provider.code()).isTrue();
    }
    assertThat(row.matches(PlacementType.U4, NO_PROVIDER, 5)).isTrue();
  }

  @Test
  void namedProviderMatchesOnlyThatProvider() {
    RateRow row = RateRow.builder().place(PlacePattern.parse("U4")).provider(PlacementProvider.PR4)
        .effectiveFrom(APRIL_2019).weeklyCost(BigDecimal.TEN).build();

    assertThat(row.matches(PlacementType.U4, PR4, 5)).isTrue();
    assertThat(row.matches(PlacementType.U4, PR1, 5)).isFalse();
    // an episode with no provider matches only '*' rows
    assertThat(row.matches(PlacementType.U4, NO_PROVIDER, 5)).isFalse();
  }

  @Test
  void placeMustMatchToo() {
    RateRow row = RateRow.builder().place(PlacePattern.parse("U*")).effectiveFrom(APRIL_2019)
        .weeklyCost(BigDecimal.TEN).build();

    assertThat(row.matches(PlacementType.U1, PR4, 5)).isTrue();
    assertThat(row.matches(PlacementType.U6, PR4, 5)).isTrue();
    assertThat(row.matches(PlacementType.K2, PR4, 5)).isFalse();
  }

  @Test
  void toStringIsTheRowAsWrittenInTheCard() {
    RateRow row = RateRow.builder().place(PlacePattern.parse("U*")).provider(PlacementProvider.PR4)
        .minAge(11).maxAge(15).effectiveFrom(LocalDate.of(2024, 4, 1))
        .weeklyCost(new BigDecimal("950")).build();
    RateRow any = RateRow.builder().place(PlacePattern.any()).effectiveFrom(APRIL_2019)
        .weeklyCost(new BigDecimal("134.29")).build();

    assertThat(row).hasToString("U*,PR4,11,15,2024-04-01,950");
    assertThat(any).hasToString("*,*,,,2019-04-01,134.29");
  }

  /** A U4, PR4 row from 1 April 2019 with the given bounds (null for none), cost still to set. */
  private static RateRow.Builder row(Integer min, Integer max) {
    return RateRow.builder()
        .place(PlacePattern.parse("U4"))
        .provider(PlacementProvider.PR4)
        .minAge(Optional.ofNullable(min))
        .maxAge(Optional.ofNullable(max))
        .effectiveFrom(APRIL_2019);
  }
}
