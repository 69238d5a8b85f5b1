package org.permanence.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChildIdTest {

  private static final String GRINNING_FACE = "\uD83D\uDE00"; // U+1F600, a surrogate pair
  private static final String REPLACEMENT_CHARACTER = "\uFFFD";

  @Test
  void keepsTheIdentifierAsWritten() {
    ChildId id = ChildId.of("C0042");

    assertThat(id.value()).isEqualTo("C0042");
    assertThat(id).hasToString("C0042");
    assertThat(id).isEqualTo(ChildId.of("C0042")).hasSameHashCodeAs(ChildId.of("C0042"));
    assertThat(id).isNotEqualTo(ChildId.of("C042")).isNotEqualTo(ChildId.of("c0042"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "   ", "\t", "\n", "\u2003"})
  void rejectsABlankIdentifier(String value) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ChildId.of(value))
        .withMessageContaining("blank");
  }

  @ParameterizedTest
  @ValueSource(strings = {" C1", "C1 ", "\tC1", "C1\n", " C1 ", "C1\r\n", "\u2003C1"})
  void rejectsAPaddedIdentifier(String value) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ChildId.of(value))
        .withMessageContaining("'" + value + "'")
        .withMessageContaining("white space");
  }

  @Test
  void acceptsSpaceInsideAnIdentifier() {
    assertThat(ChildId.of("C 1").value()).isEqualTo("C 1");
  }

  @Test
  void rejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> ChildId.of(null));
  }

  @Test
  void ordersAsTextNotAsNumbers() {
    assertThat(ChildId.of("C10")).isLessThan(ChildId.of("C9"));
    assertThat(ChildId.of("C1")).isLessThan(ChildId.of("C10"));
    assertThat(ChildId.of("C9")).isLessThan(ChildId.of("c1"));
    assertThat(ChildId.of("C1")).isEqualByComparingTo(ChildId.of("C1"));
  }

  @Test
  void ordersByCodePointAboveTheBasicMultilingualPlane() {
    // U+1F600 > U+FFFD, but its first UTF-16 unit, U+D83D, is below U+FFFD
    assertThat(GRINNING_FACE.compareTo(REPLACEMENT_CHARACTER)).isNegative();

    assertThat(ChildId.of(GRINNING_FACE)).isGreaterThan(ChildId.of(REPLACEMENT_CHARACTER));
    assertThat(ChildId.of("C" + GRINNING_FACE)).isGreaterThan(ChildId.of("C" + REPLACEMENT_CHARACTER));
    assertThat(ChildId.CODE_POINT_ORDER.compare(GRINNING_FACE, REPLACEMENT_CHARACTER)).isPositive();
    assertThat(ChildId.CODE_POINT_ORDER.compare(REPLACEMENT_CHARACTER, GRINNING_FACE)).isNegative();
  }

  @Test
  void sortsAListInCodePointOrder() {
    List<ChildId> ids = new ArrayList<>();
    for (String value :
        List.of("C9", GRINNING_FACE, "C10", REPLACEMENT_CHARACTER, "C1", "B", "C1" + GRINNING_FACE)) {
      ids.add(ChildId.of(value));
    }
    ids.sort(null);

    assertThat(ids)
        .extracting(ChildId::value)
        .containsExactly(
            "B", "C1", "C10", "C1" + GRINNING_FACE, "C9", REPLACEMENT_CHARACTER, GRINNING_FACE);
  }

  /**
   * Texts whose first difference falls inside or just after a surrogate, compared by code point:
   * each pair is written as UTF-16 units, with the code points it holds beside it.
   */
  @ParameterizedTest(name = "{3}")
  @CsvSource(delimiter = '|', value = {
    // U+10001 against U+D800 (a high surrogate alone) then U+E000: U+10001 is the greater
    "\uD800\uDC01 | \uD800\uE000 | 1  | a pair against a lone high surrogate whose next unit is above the surrogates",
    // U+D800 alone then U+E000, against U+D800 alone then U+FFFD: equal up to U+E000 < U+FFFD
    "\uD800\uE000 | \uD800\uFFFD | -1 | two lone high surrogates, then units above the surrogates",
    // U+10001 against U+10002
    "\uD800\uDC01 | \uD800\uDC02 | -1 | two pairs differing in the low surrogate",
    // U+1F600 against U+D83D alone then 'A': U+1F600 is the greater
    "\uD83D\uDE00 | \uD83DA       | 1  | a pair against a lone high surrogate then a letter",
    // U+E000 against U+10000: the pair is the greater, though its first unit is below U+E000
    "\uE000       | \uD800\uDC00 | -1 | a unit above the surrogates against a pair",
  })
  void codePointOrderAroundSurrogates(String a, String b, int sign, String what) {
    // the escapes above are Java's, so each cell holds the UTF-16 units themselves
    assertThat(Integer.signum(ChildId.CODE_POINT_ORDER.compare(a, b))).isEqualTo(sign);
    assertThat(Integer.signum(ChildId.CODE_POINT_ORDER.compare(b, a))).isEqualTo(-sign);
    assertThat(Integer.signum(ChildId.of(a).compareTo(ChildId.of(b)))).isEqualTo(sign);
  }

  // properties

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<Character> chars =
        Arbitraries.oneOf(
            Arbitraries.chars().range('A', 'D'),
            Arbitraries.chars().range('0', '2'),
            Arbitraries.of('\uFFFD', '\uE000', '\uD83D', '\uDE00', '\uD800', '\uDFFF'));
    return chars.list().ofMaxSize(6).map(list -> {
      StringBuilder text = new StringBuilder();
      list.forEach(text::append);
      return text.toString();
    });
  }

  @Property
  void codePointOrderAgreesWithComparingTheCodePoints(
      @ForAll("texts") String a, @ForAll("texts") String b) {
    int expected = Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());

    assertThat(Integer.signum(ChildId.CODE_POINT_ORDER.compare(a, b)))
        .isEqualTo(Integer.signum(expected));
    assertThat(Integer.signum(ChildId.CODE_POINT_ORDER.compare(b, a)))
        .isEqualTo(-Integer.signum(expected));
    assertThat(ChildId.CODE_POINT_ORDER.compare(a, b) == 0).isEqualTo(a.equals(b));
  }
}
