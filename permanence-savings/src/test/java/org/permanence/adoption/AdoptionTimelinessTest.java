package org.permanence.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.permanence.child.ChildId;
import org.permanence.code.PlacementType;
import org.permanence.code.ReasonEpisodeCeased;

/** One adoption's figures, and the order its dates must keep. */
class AdoptionTimelinessTest {

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  /** In care from 20 June 2023, adopted on 2 June 2024 (E11). */
  private static AdoptionTimeliness.Builder adopted() {
    return AdoptionTimeliness.builder()
        .childId(ChildId.of("C000002"))
        .periodStart(date("2023-06-20"))
        .adoptionDate(date("2024-06-02"))
        .reason(ReasonEpisodeCeased.E11);
  }

  @Test
  void explainsItsFiguresInOneLine() {
    AdoptionTimeliness adoption = adopted()
        .placedForAdoption(date("2023-09-01"))
        .adoptivePlacement(PlacementType.A6)
        .authority(date("2023-07-10"))
        .match(date("2023-08-15"))
        .build();

    // 20 June to 1 September: 11 + 31 + 31 = 73; 10 July to 15 August: 22 + 14 = 36
    assertThat(adoption.entryToPlacementDays()).isEqualTo(73);
    assertThat(adoption.authorityToMatchDays()).contains(36L);
    assertThat(adoption.explain()).isEqualTo("C000002: in care 2023-06-20, placed for adoption 2023-09-01 (A6):"
        + " 73 days; authority 2023-07-10, matched 2023-08-15: 36 days; adopted 2024-06-02 (E11)");
  }

  @Test
  void aMatchOnTheDayOfTheAuthorityAndADayBeforeItAreBothNoDays() {
    AdoptionTimeliness sameDay = adopted().authority(date("2023-07-10")).match(date("2023-07-10")).build();
    AdoptionTimeliness dayBefore = adopted().authority(date("2023-07-10")).match(date("2023-07-09")).build();
    AdoptionTimeliness dayAfter = adopted().authority(date("2023-07-10")).match(date("2023-07-11")).build();

    assertThat(sameDay.authorityToMatchDays()).contains(0L);
    assertThat(dayBefore.authorityToMatchDays()).contains(0L);
    assertThat(dayAfter.authorityToMatchDays()).contains(1L);
    assertThat(sameDay.explain()).doesNotContain("before the authority");
    assertThat(dayBefore.explain()).contains("before the authority");
  }

  @Test
  void aMatchAloneOrAnAuthorityAloneGivesNoDays() {
    assertThat(adopted().match(date("2023-08-15")).build().authorityToMatchDays()).isEmpty();
    assertThat(adopted().authority(date("2023-07-10")).build().authorityToMatchDays()).isEmpty();
  }

  @Test
  void placedForAdoptionOnTheDayOfEntryOrOfAdoptionIsAllowed() {
    AdoptionTimeliness onEntry = adopted().placedForAdoption(date("2023-06-20"))
        .adoptivePlacement(PlacementType.A3).build();
    AdoptionTimeliness onAdoption = adopted().placedForAdoption(date("2024-06-02"))
        .adoptivePlacement(PlacementType.A4).build();

    assertThat(onEntry.entryToPlacementDays()).isZero();
    // 20 June 2023 to 2 June 2024: 366 days to 20 June 2024 (29 February), less 18
    assertThat(onAdoption.entryToPlacementDays()).isEqualTo(348);
  }

  @Test
  void datesOutOfOrderAreRefused() {
    assertThatThrownBy(() -> adopted().placedForAdoption(date("2023-06-19"))
        .adoptivePlacement(PlacementType.A6).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("placedForAdoption");
    assertThatThrownBy(() -> adopted().placedForAdoption(date("2024-06-03"))
        .adoptivePlacement(PlacementType.A6).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("placedForAdoption");
    assertThatThrownBy(() -> adopted().authority(date("2024-06-03")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("authority");
    assertThatThrownBy(() -> AdoptionTimeliness.builder().childId(ChildId.of("C1"))
        .periodStart(date("2024-06-02")).adoptionDate(date("2024-06-01")).reason(ReasonEpisodeCeased.E11).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("adoption date");
  }

  @Test
  void onlyAnAdoptionIsAccepted() {
    assertThatThrownBy(() -> AdoptionTimeliness.builder().childId(ChildId.of("C1"))
        .periodStart(date("2023-06-20")).adoptionDate(date("2024-06-02")).reason(ReasonEpisodeCeased.E13).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("E11 or E12");
  }

  @Test
  void aPlacementForAdoptionComesWithItsCode() {
    assertThatThrownBy(() -> adopted().placedForAdoption(date("2023-09-01")).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> adopted().placedForAdoption(date("2023-09-01"))
        .adoptivePlacement(PlacementType.U4).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(adopted().build().placedForAdoption()).isEqualTo(Optional.empty());
  }
}
