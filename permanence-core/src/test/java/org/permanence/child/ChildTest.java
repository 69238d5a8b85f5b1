package org.permanence.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.permanence.code.Sex;

class ChildTest {

  private static final LocalDate BORN = LocalDate.of(2008, 2, 29);
  private static final String UPN = "A123456789012";

  private static Child fullChild() {
    return Child.builder()
        .id(ChildId.of("C0042"))
        .dateOfBirth(BORN)
        .sex(Sex.F)
        .ethnicity("WBRI")
        .upn(UPN)
        .build();
  }

  @Test
  void ofKeepsTheTwoRequiredFacts() {
    Child child = Child.of(ChildId.of("C1"), BORN);

    assertThat(child.id()).isEqualTo(ChildId.of("C1"));
    assertThat(child.dateOfBirth()).isEqualTo(BORN);
    assertThat(child.sex()).isEmpty();
    assertThat(child.ethnicity()).isEmpty();
    assertThat(child.upn()).isEmpty();
  }

  @Test
  void builderKeepsEveryFact() {
    Child child = fullChild();

    assertThat(child.sex()).contains(Sex.F);
    assertThat(child.ethnicity()).contains("WBRI");
    assertThat(child.upn()).contains(UPN);
  }

  @Test
  void toStringLeavesOutTheDateOfBirthAndUpn() {
    String text = fullChild().toString();

    assertThat(text)
        .contains("C0042")
        .doesNotContain("2008")
        .doesNotContain("02-29")
        .doesNotContain(BORN.toString())
        .doesNotContain(UPN)
        .doesNotContain("123456789");
  }

  @Test
  void toStringOfAChildWithoutUpnLeavesOutTheDateOfBirth() {
    assertThat(Child.of(ChildId.of("C1"), LocalDate.of(2011, 7, 23)).toString())
        .contains("C1")
        .doesNotContain("2011")
        .doesNotContain("07-23");
  }

  @Test
  void eighteenthBirthdayOfALeapDayBirthIsFirstMarch() {
    assertThat(fullChild().eighteenthBirthday()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(Child.of(ChildId.of("C2"), LocalDate.of(2004, 2, 29)).eighteenthBirthday())
        .isEqualTo(LocalDate.of(2022, 3, 1));
  }

  @Test
  void ageOnIsCompletedYears() {
    Child child = fullChild();

    assertThat(child.ageOn(LocalDate.of(2009, 2, 28))).isZero();
    assertThat(child.ageOn(LocalDate.of(2009, 3, 1))).isEqualTo(1);
    assertThat(child.ageOn(LocalDate.of(2012, 2, 29))).isEqualTo(4);
    assertThat(child.ageOn(LocalDate.of(2026, 2, 28))).isEqualTo(17);
    assertThat(child.ageOn(LocalDate.of(2026, 3, 1))).isEqualTo(18);
  }

  @Test
  void ageBeforeBirthThrowsWithoutNamingTheDateOfBirth() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> fullChild().ageOn(LocalDate.of(2008, 2, 28)))
        .withMessageNotContaining("2008-02-29")
        .withMessageNotContaining("2008");
  }

  @Test
  void builderRequiresIdAndDateOfBirth() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Child.builder().id(ChildId.of("C1")).build())
        .withMessageContaining("dateOfBirth");
    assertThatIllegalStateException()
        .isThrownBy(() -> Child.builder().dateOfBirth(BORN).build())
        .withMessageContaining("id")
        .withMessageNotContaining("2008");
  }

  @Test
  void builderSetsEachFactOnce() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Child.builder().dateOfBirth(BORN).dateOfBirth(BORN));
  }

  @Test
  void nullsAreRejected() {
    assertThatNullPointerException().isThrownBy(() -> Child.of(null, BORN));
    assertThatNullPointerException().isThrownBy(() -> Child.of(ChildId.of("C1"), null));
  }

  @Test
  void equalChildrenAreEqual() {
    assertThat(fullChild()).isEqualTo(fullChild()).hasSameHashCodeAs(fullChild());
    assertThat(fullChild()).isNotEqualTo(Child.of(ChildId.of("C0042"), BORN));
  }
}
