package org.permanence.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every code list through its {@link CodeTable}, looked up in characters and in bytes. */
class CodeTableTest {

  static Stream<Class<? extends Enum<?>>> codeLists() {
    return Stream.of(CategoryOfNeed.class, LegalStatus.class, PlacementProvider.class,
        PlacementType.class, ReasonEpisodeCeased.class, ReasonForNewEpisode.class,
        ReasonForPlacementChange.class, Sex.class);
  }

  /** Bytes put around a looked-up text: letters and digits of codes, to be read past by mistake. */
  private static final String BEFORE = "Z1U4PR";
  private static final String AFTER = "1E4AX1";

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <E extends Enum<E> & Ssda903Code> CodeTable<E> table(Class<? extends Enum<?>> type) {
    return CodeTable.of((Class) type);
  }

  private static List<Ssda903Code> constants(Class<? extends Enum<?>> type) {
    List<Ssda903Code> constants = new ArrayList<>();
    for (Enum<?> constant : type.getEnumConstants()) {
      constants.add((Ssda903Code) constant);
    }
    return constants;
  }

  /** Finds text in characters and, as ISO-8859-1 bytes, between other bytes. */
  private static Object[] findBothWays(CodeTable<?> table, String text) {
    byte[] bytes = (BEFORE + text + AFTER).getBytes(StandardCharsets.ISO_8859_1);
    return new Object[] {
      table.find(text),
      table.find(new StringBuilder(text)),
      table.find(bytes, BEFORE.length(), BEFORE.length() + text.length())
    };
  }

  private static void assertNotFound(CodeTable<?> table, String text) {
    assertThat(findBothWays(table, text)).as("'%s'", text).containsOnlyNulls();
  }

  @ParameterizedTest
  @MethodSource("codeLists")
  void findsEveryCodeInCharactersAndInBytesAtAnOffset(Class<? extends Enum<?>> type) {
    CodeTable<?> table = table(type);
    for (Ssda903Code constant : constants(type)) {
      assertThat(findBothWays(table, constant.code())).as(constant.code())
          .containsExactly(constant, constant, constant);
    }
  }

  @ParameterizedTest
  @MethodSource("codeLists")
  void findsACodeAtTheStartAndAtTheEndOfTheBytes(Class<? extends Enum<?>> type) {
    CodeTable<?> table = table(type);
    for (Ssda903Code constant : constants(type)) {
      byte[] code = constant.code().getBytes(StandardCharsets.US_ASCII);
      byte[] first = (constant.code() + ",").getBytes(StandardCharsets.US_ASCII);
      byte[] last = ("," + constant.code()).getBytes(StandardCharsets.US_ASCII);

      assertThat(table.find(code, 0, code.length)).as(constant.code()).isSameAs(constant);
      assertThat(table.find(first, 0, code.length)).as(constant.code()).isSameAs(constant);
      assertThat(table.find(last, 1, last.length)).as(constant.code()).isSameAs(constant);
    }
  }

  @ParameterizedTest
  @MethodSource("codeLists")
  void findsNothingInLowerCasePaddedOrPartialCodes(Class<? extends Enum<?>> type) {
    CodeTable<?> table = table(type);
    List<String> codes = constants(type).stream().map(Ssda903Code::code).toList();
    for (String code : codes) {
      List<String> near = new ArrayList<>(List.of(
          code.toLowerCase(Locale.ROOT), " " + code, code + " ", "\t" + code, code + "\t",
          " " + code + " ", code + "\0", "\0" + code, code + code, code + "X", "X" + code));
      if (code.length() > 1) {
        near.add(code.substring(1));
        near.add(code.substring(0, code.length() - 1));
      }
      for (String text : near) {
        if (!codes.contains(text)) {
          assertNotFound(table, text);
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("codeLists")
  void findsNothingInEmptyOrUnknownText(Class<? extends Enum<?>> type) {
    CodeTable<?> table = table(type);
    for (String text : List.of("", " ", ",", "X", "??", "N9", "E43", "PR6", "Z15", "\0", "\0\0")) {
      assertNotFound(table, text);
    }
  }

  /**
   * Texts of eight or more characters are no code, even those whose last seven characters, packed
   * into a long without their length, would look like a shorter code with its length.
   */
  @ParameterizedTest
  @MethodSource("codeLists")
  void findsNothingInTextsOfEightOrMoreCharacters(Class<? extends Enum<?>> type) {
    CodeTable<?> table = table(type);
    for (Ssda903Code constant : constants(type)) {
      String code = constant.code();
      // the length, then the code, in the low bytes of eight characters
      String lookalike = "\0".repeat(7 - code.length()) + (char) code.length() + code;
      for (String text : List.of(lookalike, "X" + lookalike, "XX" + lookalike,
          "X".repeat(8 - code.length()) + code, code + "        ", code.repeat(8))) {
        assertThat(text.length()).isGreaterThanOrEqualTo(8);
        assertNotFound(table, text);
      }
    }
  }

  /**
   * A character or byte outside ASCII is never part of a code, even one whose bits, packed with
   * the others, would make a code's.
   */
  @ParameterizedTest
  @MethodSource("codeLists")
  void findsNothingInTextOutsideAscii(Class<? extends Enum<?>> type) {
    CodeTable<?> table = table(type);
    for (Ssda903Code constant : constants(type)) {
      String code = constant.code();
      int last = code.length() - 1;
      List<String> texts = new ArrayList<>(List.of(
          // the last character with bit 8 set as well: its low byte is the code's
          code.substring(0, last) + (char) (code.charAt(last) | 0x100),
          // the last character with bit 7 set, a negative byte
          code.substring(0, last) + (char) (code.charAt(last) | 0x80),
          code + "\u00e9",
          "\u00c9" + code,
          code.substring(0, last) + "\uFF10"));
      if (code.length() >= 2) {
        // the last two characters packed into one, after a zero: the same bits as the code
        texts.add(code.substring(0, last - 1) + '\0'
            + (char) (code.charAt(last - 1) << 8 | code.charAt(last)));
      }
      for (String text : texts) {
        assertThat(table.find(text)).as("'%s'", text).isNull();
      }
      byte[] utf8 = (BEFORE + code + "\u00e9" + AFTER).getBytes(StandardCharsets.UTF_8);
      byte[] highBit = (BEFORE + code + AFTER).getBytes(StandardCharsets.US_ASCII);
      highBit[BEFORE.length() + last] |= (byte) 0x80;
      assertThat(table.find(utf8, BEFORE.length(), BEFORE.length() + code.length() + 2))
          .as(code + "é").isNull();
      assertThat(table.find(highBit, BEFORE.length(), BEFORE.length() + code.length()))
          .as(code + " with a high bit").isNull();
    }
  }

  @Test
  void findsTheShorterOfTwoCodesThatShareAStart() {
    CodeTable<PlacementType> table = CodeTable.of(PlacementType.class);
    byte[] bytes = "Z11".getBytes(StandardCharsets.US_ASCII);

    assertThat(table.find("Z1")).isEqualTo(PlacementType.Z1);
    assertThat(table.find("Z11")).isEqualTo(PlacementType.Z11);
    assertThat(table.find(bytes, 0, 2)).isEqualTo(PlacementType.Z1);
    assertThat(table.find(bytes, 0, 3)).isEqualTo(PlacementType.Z11);
    assertThat(table.find(bytes, 1, 3)).isNull();
  }

  @Test
  void anEmptyOrBackwardRangeOfBytesIsNoCode() {
    CodeTable<Sex> table = CodeTable.of(Sex.class);
    byte[] bytes = "M".getBytes(StandardCharsets.US_ASCII);

    assertThat(table.find(bytes, 0, 0)).isNull();
    assertThat(table.find(bytes, 1, 1)).isNull();
    assertThat(table.find(bytes, 1, 0)).isNull();
  }

  @Test
  void theCodeListIsRequired() {
    assertThatNullPointerException().isThrownBy(() -> CodeTable.of((Class<Sex>) null)).withMessageContaining("type");
  }
}
