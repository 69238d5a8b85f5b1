package org.permanence.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.permanence.code.PlacementType;

class PlacePatternTest {

  @Test
  void exactCodeMatchesOnlyThatType() {
    PlacePattern pattern = PlacePattern.parse("U4");

    assertThat(pattern.exact()).contains(PlacementType.U4);
    assertThat(pattern).isEqualTo(PlacePattern.of(PlacementType.U4));
    assertThat(matched(pattern)).containsExactly(PlacementType.U4);
  }

  @Test
  void exactZ1DoesNotMatchTheNewerZ1xCodes() {
    assertThat(matched(PlacePattern.parse("Z1"))).containsExactly(PlacementType.Z1);
  }

  @Test
  void prefixMatchesEveryTypeStartingWithIt() {
    PlacePattern pattern = PlacePattern.parse("U*");

    assertThat(pattern.exact()).isEmpty();
    assertThat(matched(pattern)).containsExactlyInAnyOrder(
        PlacementType.U1, PlacementType.U2, PlacementType.U3,
        PlacementType.U4, PlacementType.U5, PlacementType.U6);
  }

  @Test
  void z1PrefixMatchesZ1AndZ11ToZ14() {
    PlacePattern pattern = PlacePattern.parse("Z1*");

    assertThat(pattern.exact()).isEmpty();
    assertThat(matched(pattern)).containsExactlyInAnyOrder(
        PlacementType.Z1, PlacementType.Z11, PlacementType.Z12, PlacementType.Z13, PlacementType.Z14);
  }

  @Test
  void prefixThatIsAWholeCodeMatchesThatCodeAndItsLongerOnes() {
    assertThat(matched(PlacePattern.parse("U4*"))).containsExactly(PlacementType.U4);
    assertThat(matched(PlacePattern.parse("Z11*"))).containsExactly(PlacementType.Z11);
  }

  @Test
  void starMatchesEveryType() {
    PlacePattern pattern = PlacePattern.parse("*");

    assertThat(pattern).isEqualTo(PlacePattern.any());
    assertThat(pattern.exact()).isEmpty();
    assertThat(matched(pattern)).containsExactlyInAnyOrder(PlacementType.values());
  }

  @Test
  void specificityRanksExactThenLongerPrefixThenShorterPrefixThenAny() {
    // Z11 (exact) > Z11* (prefix of 3) > Z1* (prefix of 2) > Z* (prefix of 1) > *
    // all five match Z11, so the order is the one the rate card applies to a Z11 placement
    int exact = PlacePattern.parse("Z11").specificity();
    int prefix3 = PlacePattern.parse("Z11*").specificity();
    int prefix2 = PlacePattern.parse("Z1*").specificity();
    int prefix1 = PlacePattern.parse("Z*").specificity();
    int any = PlacePattern.parse("*").specificity();

    assertThat(exact).isGreaterThan(prefix3);
    assertThat(prefix3).isGreaterThan(prefix2);
    assertThat(prefix2).isGreaterThan(prefix1);
    assertThat(prefix1).isGreaterThan(any);
  }

  @Test
  void everyExactCodeOutranksEveryPrefix() {
    int longestPrefix = Arrays.stream(PlacementType.values())
        .mapToInt(t -> PlacePattern.parse(t.code() + "*").specificity())
        .max().getAsInt();

    for (PlacementType type : PlacementType.values()) {
      assertThat(PlacePattern.of(type).specificity()).as(type.code()).isGreaterThan(longestPrefix);
    }
  }

  @ParameterizedTest(name = "''{0}'' is rejected")
  @ValueSource(strings = {"", "u4", "u*", "Q*", "U**", "**", "*U", "U4X", "U 4", " U4", "U*4", "Z15"})
  void rejectsTextThatIsNotAPattern(String text) {
    assertThatThrownBy(() -> PlacePattern.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        // the message quotes what was read and shows the expected form of a prefix
        .hasMessageContaining("'" + text + "'")
        .hasMessageContaining("U*");
  }

  @Test
  void unknownCodeMessageListsTheCodes() {
    assertThatThrownBy(() -> PlacePattern.parse("U7"))
        .hasMessageContaining("U4")
        .hasMessageContaining("Z14");
  }

  @Test
  void rejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> PlacePattern.parse(null));
    assertThatNullPointerException().isThrownBy(() -> PlacePattern.of(null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writtenPatterns")
  void toStringGivesBackTheTextParsed(String text) {
    PlacePattern pattern = PlacePattern.parse(text);

    assertThat(pattern).hasToString(text);
    assertThat(PlacePattern.parse(pattern.toString())).isEqualTo(pattern).hasSameHashCodeAs(pattern);
  }

  static Stream<String> writtenPatterns() {
    // every code, every code's every prefix with a star, and the star alone
    Stream<String> codes = Arrays.stream(PlacementType.values()).map(PlacementType::code);
    Stream<String> prefixes = Arrays.stream(PlacementType.values())
        .flatMap(t -> Stream.iterate(1, n -> n <= t.code().length(), n -> n + 1)
            .map(n -> t.code().substring(0, n) + "*"))
        .distinct();
    return Stream.of(codes, prefixes, Stream.of("*")).flatMap(s -> s);
  }

  @Test
  void exactCodeAndPrefixOfTheSameLettersDiffer() {
    assertThat(PlacePattern.parse("U4")).isNotEqualTo(PlacePattern.parse("U4*"));
    assertThat(PlacePattern.parse("Z1")).isNotEqualTo(PlacePattern.parse("Z1*"));
    assertThat(PlacePattern.parse("U*")).isEqualTo(PlacePattern.parse("U*"));
    // a pattern is not its text, nor the type it names
    assertThat(PlacePattern.parse("U4")).isNotEqualTo("U4").isNotEqualTo(PlacementType.U4).isNotEqualTo(null);
  }

  private static Set<PlacementType> matched(PlacePattern pattern) {
    Set<PlacementType> matched = EnumSet.noneOf(PlacementType.class);
    for (PlacementType type : PlacementType.values()) {
      if (pattern.matches(type)) {
        matched.add(type);
      }
    }
    return matched;
  }
}
