package org.permanence.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The behaviour every code list shares, through each enum's {@code of}, {@code find} and {@code validCodes}. */
class CodeLookupTest {

  /** One code list seen through its public static methods. */
  record CodeList(
      String name,
      List<? extends Ssda903Code> constants,
      Function<String, ? extends Ssda903Code> of,
      Function<String, Optional<? extends Ssda903Code>> find,
      Supplier<String> validCodes) {

    List<String> codes() {
      return constants.stream().map(Ssda903Code::code).collect(Collectors.toList());
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<CodeList> codeLists() {
    return Stream.of(
        new CodeList(
            "CategoryOfNeed",
            List.of(CategoryOfNeed.values()),
            CategoryOfNeed::of,
            CategoryOfNeed::find,
            CategoryOfNeed::validCodes),
        new CodeList(
            "LegalStatus",
            List.of(LegalStatus.values()),
            LegalStatus::of,
            LegalStatus::find,
            LegalStatus::validCodes),
        new CodeList(
            "PlacementProvider",
            List.of(PlacementProvider.values()),
            PlacementProvider::of,
            PlacementProvider::find,
            PlacementProvider::validCodes),
        new CodeList(
            "PlacementType",
            List.of(PlacementType.values()),
            PlacementType::of,
            PlacementType::find,
            PlacementType::validCodes),
        new CodeList(
            "ReasonEpisodeCeased",
            List.of(ReasonEpisodeCeased.values()),
            ReasonEpisodeCeased::of,
            ReasonEpisodeCeased::find,
            ReasonEpisodeCeased::validCodes),
        new CodeList(
            "ReasonForNewEpisode",
            List.of(ReasonForNewEpisode.values()),
            ReasonForNewEpisode::of,
            ReasonForNewEpisode::find,
            ReasonForNewEpisode::validCodes),
        new CodeList(
            "ReasonForPlacementChange",
            List.of(ReasonForPlacementChange.values()),
            ReasonForPlacementChange::of,
            ReasonForPlacementChange::find,
            ReasonForPlacementChange::validCodes),
        new CodeList("Sex", List.of(Sex.values()), Sex::of, Sex::find, Sex::validCodes));
  }

  @ParameterizedTest
  @MethodSource("codeLists")
  void ofReadsBackEveryCode(CodeList list) {
    for (Ssda903Code constant : list.constants()) {
      assertThat(list.of().apply(constant.code())).as(constant.code()).isSameAs(constant);
      assertThat(list.find().apply(constant.code()).orElseThrow())
          .as(constant.code())
          .isSameAs(constant);
    }
  }

  @ParameterizedTest
  @MethodSource("codeLists")
  void codesAreUniqueAndDescribed(CodeList list) {
    assertThat(list.codes()).doesNotHaveDuplicates();
    for (Ssda903Code constant : list.constants()) {
      assertThat(constant.code()).as("code of %s", constant).matches("[A-Z0-9]+");
      assertThat(constant.description()).as("description of %s", constant).isNotBlank();
    }
  }

  @ParameterizedTest
  @MethodSource("codeLists")
  void validCodesListsEveryCodeInDeclarationOrder(CodeList list) {
    assertThat(list.validCodes().get()).isEqualTo(String.join(", ", list.codes()));
  }

  @ParameterizedTest
  @MethodSource("codeLists")
  void ofRejectsAnUnknownCodeNamingTheValidOnes(CodeList list) {
    for (String unknown : List.of("X", "", " ", "??", "N9", "E43")) {
      if (list.codes().contains(unknown)) {
        continue;
      }
      assertThatIllegalArgumentException()
          .as(unknown)
          .isThrownBy(() -> list.of().apply(unknown))
          .withMessageContaining("'" + unknown + "'")
          .withMessageContaining(list.validCodes().get());
      assertThat(list.find().apply(unknown)).as(unknown).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("codeLists")
  void codesAreCaseSensitive(CodeList list) {
    for (String code : list.codes()) {
      String lower = code.toLowerCase(Locale.ROOT);
      if (lower.equals(code)) {
        continue;
      }
      assertThatIllegalArgumentException()
          .as(lower)
          .isThrownBy(() -> list.of().apply(lower))
          .withMessageContaining("'" + lower + "'")
          .withMessageContaining(list.validCodes().get());
      assertThat(list.find().apply(lower)).as(lower).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("codeLists")
  void codesAreNotTrimmed(CodeList list) {
    String first = list.codes().get(0);
    for (String padded : List.of(" " + first, first + " ", first + "\t")) {
      assertThatIllegalArgumentException().isThrownBy(() -> list.of().apply(padded));
      assertThat(list.find().apply(padded)).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("codeLists")
  void nullIsRejected(CodeList list) {
    assertThatNullPointerException().isThrownBy(() -> list.of().apply(null));
    assertThatNullPointerException().isThrownBy(() -> list.find().apply(null));
  }

  @Test
  void lowerCaseU4IsNotAPlacementType() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PlacementType.of("u4"))
        .withMessage(
            "Unknown placement type (PLACE) code 'u4', expected one of: "
                + "A3, A4, A5, A6, H5, K1, K2, K3, P1, P2, P3, R1, R2, R3, R5, S1, "
                + "T0, T1, T2, T3, T4, U1, U2, U3, U4, U5, U6, Z1, Z11, Z12, Z13, Z14");
    assertThat(PlacementType.find("u4")).isEmpty();
  }

  @Test
  void unknownCodeMessagesNameTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LegalStatus.of("X"))
        .withMessageContaining("LS")
        .withMessageContaining("C1, C2, D1, E1, J1, J2, J3, L1, L2, L3, V2, V3, V4");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ReasonEpisodeCeased.of("X"))
        .withMessageContaining("REC");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Sex.of("X"))
        .withMessageContaining("SEX")
        .withMessageContaining("1, 2, M, F, U");
  }
}
