package org.permanence.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.permanence.child.ChildId;
import org.permanence.code.PlacementType;
import org.permanence.code.ReasonEpisodeCeased;
import org.threeten.extra.LocalDateRange;

/**
 * Means over the adoptions of 2024-25, {@code [2024-04-01, 2025-04-01)}. Each adoption is built
 * with the days wanted: in care from 1 April 2023, placed for adoption that many days later (or,
 * for a foster carers' adoption, adopted that many days later), with an authority on 1 April 2023
 * and a match that many days after it.
 */
class AdoptionAveragesTest {

  private static final LocalDateRange FY2024 = LocalDateRange.of(date("2024-04-01"), date("2025-04-01"));
  private static final LocalDate ENTRY = date("2023-04-01");

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  /** Placed for adoption {@code entryDays} after entry, adopted on 1 March 2025, matched or not. */
  private static AdoptionTimeliness placed(String id, long entryDays, Long matchDays) {
    AdoptionTimeliness.Builder adoption = AdoptionTimeliness.builder()
        .childId(ChildId.of(id))
        .periodStart(ENTRY)
        .adoptionDate(date("2025-03-01"))
        .reason(ReasonEpisodeCeased.E11)
        .placedForAdoption(ENTRY.plusDays(entryDays))
        .adoptivePlacement(PlacementType.A6)
        .authority(ENTRY);
    if (matchDays != null) {
      adoption.match(ENTRY.plusDays(matchDays));
    }
    return adoption.build();
  }

  /** Adopted by the foster carers {@code entryDays} after entry, with no placement order. */
  private static AdoptionTimeliness byFosterCarers(String id, long entryDays) {
    return AdoptionTimeliness.builder()
        .childId(ChildId.of(id))
        .periodStart(ENTRY)
        .adoptionDate(ENTRY.plusDays(entryDays))
        .reason(ReasonEpisodeCeased.E12)
        .build();
  }

  @Test
  void meansAreToTwoDecimalPlacesHalfUp() {
    AdoptionAverages averages = AdoptionAverages.of(FY2024, List.of(
        placed("C1", 73, 36L),
        placed("C2", 100, 0L),
        placed("C3", 120, null),
        byFosterCarers("C4", 500)));

    assertThat(averages.count()).isEqualTo(4);
    // (73 + 100 + 120 + 500) / 4 = 793 / 4 = 198.25
    assertThat(averages.meanEntryToPlacementDays()).hasValueSatisfying(mean ->
        assertThat(mean).isEqualByComparingTo("198.25").hasScaleOf(2));
    // C3 has no match, C4 no authority: (36 + 0) / 2 = 18.00
    assertThat(averages.matchedCount()).isEqualTo(2);
    assertThat(averages.meanAuthorityToMatchDays()).hasValueSatisfying(mean ->
        assertThat(mean.toPlainString()).isEqualTo("18.00"));
    assertThat(averages.fosterCarerAdoptions()).isEqualTo(1);
    assertThat(averages.entryToPlacementWithinThreshold()).contains(true);
    assertThat(averages.authorityToMatchWithinThreshold()).contains(true);
    assertThat(averages.window()).isEqualTo(FY2024);
    assertThat(averages.adoptions()).extracting(a -> a.childId().value()).containsExactly("C1", "C2", "C3", "C4");
  }

  @Test
  void aMeanEndingInFiveThousandthsRoundsUp() {
    // (100 + 101 + 101 + 101 + 101 + 101 + 101 + 101) / 8 = 807 / 8 = 100.875, shown 100.88; and
    // 1 + 2 = 3 days over 2 matches: 1.5, shown 1.50
    List<AdoptionTimeliness> adoptions = new ArrayList<>();
    adoptions.add(placed("C0", 100, 1L));
    adoptions.add(placed("C1", 101, 2L));
    for (int i = 2; i < 8; i++) {
      adoptions.add(placed("C" + i, 101, null));
    }

    AdoptionAverages averages = AdoptionAverages.of(FY2024, adoptions);

    assertThat(averages.meanEntryToPlacementDays()).map(m -> m.toPlainString()).contains("100.88");
    assertThat(averages.meanAuthorityToMatchDays()).map(m -> m.toPlainString()).contains("1.50");
  }

  @Test
  void aMeanOfAThirdRoundsDown() {
    // (400 + 400 + 401) / 3 = 1201 / 3 = 400.333..., shown 400.33
    AdoptionAverages averages = AdoptionAverages.of(FY2024,
        List.of(placed("C1", 400, null), placed("C2", 400, null), placed("C3", 401, null)));

    assertThat(averages.meanEntryToPlacementDays()).map(m -> m.toPlainString()).contains("400.33");
  }

  @Test
  void aMeanJustOverTheThresholdIsNotWithinItThoughItShowsAsTheThreshold() {
    // 249 adoptions at 426 days and one at 427: 106,501 days over 250 = 426.004, shown 426.00, but
    // 106,501 > 426 * 250 = 106,500. Likewise 249 matches at 121 days and one at 122: 30,251 over
    // 250 = 121.004, shown 121.00, but 30,251 > 121 * 250 = 30,250.
    List<AdoptionTimeliness> adoptions = new ArrayList<>();
    for (int i = 0; i < 249; i++) {
      adoptions.add(placed("C" + i, 426, 121L));
    }
    adoptions.add(placed("C249", 427, 122L));

    AdoptionAverages averages = AdoptionAverages.of(FY2024, adoptions);

    assertThat(averages.meanEntryToPlacementDays()).map(m -> m.toPlainString()).contains("426.00");
    assertThat(averages.entryToPlacementWithinThreshold()).contains(false);
    assertThat(averages.meanAuthorityToMatchDays()).map(m -> m.toPlainString()).contains("121.00");
    assertThat(averages.authorityToMatchWithinThreshold()).contains(false);
  }

  @Test
  void aMeanExactlyAtTheThresholdIsWithinIt() {
    // 425 and 427 days: 852 / 2 = 426, at the threshold; 120 and 122: 242 / 2 = 121
    AdoptionAverages averages = AdoptionAverages.of(FY2024,
        List.of(placed("C1", 425, 120L), placed("C2", 427, 122L)));

    assertThat(averages.entryToPlacementWithinThreshold()).contains(true);
    assertThat(averages.authorityToMatchWithinThreshold()).contains(true);
  }

  @Test
  void aMeanJustBelowTheThresholdIsWithinItThoughItShowsAsTheThreshold() {
    // 249 adoptions at 426 days and one at 425: 106,499 / 250 = 425.996, shown 426.00, within
    List<AdoptionTimeliness> adoptions = new ArrayList<>();
    for (int i = 0; i < 249; i++) {
      adoptions.add(placed("C" + i, 426, null));
    }
    adoptions.add(placed("C249", 425, null));

    AdoptionAverages averages = AdoptionAverages.of(FY2024, adoptions);

    assertThat(averages.meanEntryToPlacementDays()).map(m -> m.toPlainString()).contains("426.00");
    assertThat(averages.entryToPlacementWithinThreshold()).contains(true);
  }

  @Test
  void noAdoptionsGiveNoMeansAndNoJudgement() {
    AdoptionAverages averages = AdoptionAverages.of(FY2024, List.of());

    assertThat(averages.count()).isZero();
    assertThat(averages.matchedCount()).isZero();
    assertThat(averages.fosterCarerAdoptions()).isZero();
    assertThat(averages.meanEntryToPlacementDays()).isEmpty();
    assertThat(averages.meanAuthorityToMatchDays()).isEmpty();
    assertThat(averages.entryToPlacementWithinThreshold()).isEmpty();
    assertThat(averages.authorityToMatchWithinThreshold()).isEmpty();
  }

  @Test
  void adoptionsWithNoMatchGiveNoMeanOfAuthorityToMatch() {
    AdoptionAverages averages = AdoptionAverages.of(FY2024, List.of(placed("C1", 500, null), byFosterCarers("C2", 400)));

    // (500 + 400) / 2 = 450, over the threshold
    assertThat(averages.meanEntryToPlacementDays()).map(m -> m.toPlainString()).contains("450.00");
    assertThat(averages.entryToPlacementWithinThreshold()).contains(false);
    assertThat(averages.matchedCount()).isZero();
    assertThat(averages.meanAuthorityToMatchDays()).isEmpty();
    assertThat(averages.authorityToMatchWithinThreshold()).isEmpty();
  }

  @Test
  void theThresholdsAreFourteenAndFourMonthsInDays() {
    // months * 365.25 / 12, rounded down: 14 * 365.25 = 5113.5, / 12 = 426.125; 4 * 365.25 = 1461,
    // / 12 = 121.75
    assertThat(AdoptionAverages.ENTRY_TO_PLACEMENT_THRESHOLD_DAYS).isEqualTo(426);
    assertThat(AdoptionAverages.AUTHORITY_TO_MATCH_THRESHOLD_DAYS).isEqualTo(121);
  }

  @Test
  void anAdoptionOutsideTheWindowIsRefused() {
    AdoptionTimeliness dayBefore = adoptedOn("C1", date("2024-03-31"));
    AdoptionTimeliness firstDay = adoptedOn("C2", date("2024-04-01"));
    AdoptionTimeliness lastDay = adoptedOn("C3", date("2025-03-31"));
    AdoptionTimeliness dayAfter = adoptedOn("C4", date("2025-04-01"));

    assertThat(AdoptionAverages.of(FY2024, List.of(firstDay, lastDay)).count()).isEqualTo(2);
    assertThatThrownBy(() -> AdoptionAverages.of(FY2024, List.of(firstDay, dayBefore)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("C1").hasMessageContaining("2024-03-31");
    assertThatThrownBy(() -> AdoptionAverages.of(FY2024, List.of(dayAfter)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("C4").hasMessageContaining("2025-04-01");
  }

  private static AdoptionTimeliness adoptedOn(String id, LocalDate adopted) {
    return AdoptionTimeliness.builder().childId(ChildId.of(id)).periodStart(ENTRY).adoptionDate(adopted)
        .reason(ReasonEpisodeCeased.E11).build();
  }
}
