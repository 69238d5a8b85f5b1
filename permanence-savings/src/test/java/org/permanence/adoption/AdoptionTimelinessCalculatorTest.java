package org.permanence.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.permanence.batch.BatchResult;
import org.permanence.care.CareData;
import org.permanence.care.CareHistory;
import org.permanence.care.Episode;
import org.permanence.child.Child;
import org.permanence.child.ChildId;
import org.permanence.code.LegalStatus;
import org.permanence.code.PlacementProvider;
import org.permanence.code.PlacementType;
import org.permanence.code.ReasonEpisodeCeased;
import org.permanence.code.ReasonForNewEpisode;
import org.threeten.extra.LocalDateRange;

/**
 * The adoptions of 2024-25, {@code [2024-04-01, 2025-04-01)}, worked by hand. Days are {@code to -
 * from}, counted month by month in the comments. Every child is born on 15 January 2020.
 */
class AdoptionTimelinessCalculatorTest {

  private static final AdoptionTimelinessCalculator CALCULATOR = AdoptionTimelinessCalculator.DEFAULT;

  private static final LocalDateRange FY2024 = LocalDateRange.of(date("2024-04-01"), date("2025-04-01"));
  private static final LocalDate AS_AT = date("2025-06-30");

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  /** An episode from {@code start} to {@code end} (exclusive) ending for {@code rec}, or open. */
  private static Episode episode(String id, String start, String end, String rec, String rne, String ls,
      String place) {
    Episode.Builder episode = Episode.builder()
        .childId(ChildId.of(id))
        .start(date(start))
        .reasonForNewEpisode(ReasonForNewEpisode.of(rne))
        .legalStatus(LegalStatus.of(ls))
        .placementType(PlacementType.of(place))
        .placementProvider(PlacementProvider.PR1);
    if (end != null) {
      episode.endExclusive(date(end)).reasonEnded(ReasonEpisodeCeased.of(rec));
    }
    return episode.build();
  }

  private static CareHistory history(String id, Episode... episodes) {
    return CareHistory.of(Child.of(ChildId.of(id), date("2020-01-15")), List.of(episodes));
  }

  private static AdoptionRecord record(String id, String decision, String match) {
    return AdoptionRecord.of(ChildId.of(id), Optional.ofNullable(decision).map(LocalDate::parse),
        Optional.ofNullable(match).map(LocalDate::parse));
  }

  private static final CareData DATA = CareData.of(List.of(
      // placed A5 with the foster carers after the placement order: E1 from 1 September, A5 from
      // 15 December 2023
      history("C01",
          episode("C01", "2023-01-10", "2023-09-01", "X1", "S", "C2", "U3"),
          episode("C01", "2023-09-01", "2023-12-15", "X1", "L", "E1", "U3"),
          episode("C01", "2023-12-15", "2024-07-20", "E11", "P", "E1", "A5")),
      // never placed for adoption: adopted by the foster carers, consent dispensed with (E12)
      history("C02",
          episode("C02", "2022-05-03", "2023-02-01", "X1", "S", "C2", "U4"),
          episode("C02", "2023-02-01", "2024-10-07", "E12", "L", "E1", "U4")),
      // the placement order and the placement for adoption on the same day, matched two weeks before
      history("C03",
          episode("C03", "2023-03-01", "2023-10-02", "X1", "S", "C2", "U4"),
          episode("C03", "2023-10-02", "2024-05-20", "E11", "T", "E1", "A6")),
      // placed with parental consent (A4): never a placement order
      history("C04",
          episode("C04", "2023-06-05", "2023-11-06", "X1", "S", "V2", "U4"),
          episode("C04", "2023-11-06", "2024-08-01", "E11", "P", "V2", "A4")),
      // no adoption record
      history("C05",
          episode("C05", "2023-02-14", "2023-08-01", "X1", "S", "C2", "U4"),
          episode("C05", "2023-08-01", "2024-01-08", "X1", "L", "E1", "U4"),
          episode("C05", "2024-01-08", "2024-09-30", "E11", "P", "E1", "A6")),
      // adopted on the window's first day
      history("C06",
          episode("C06", "2023-05-10", "2023-11-01", "X1", "S", "C2", "U4"),
          episode("C06", "2023-11-01", "2024-04-01", "E11", "T", "E1", "A6")),
      // adopted on the day after the window's last
      history("C07",
          episode("C07", "2023-05-10", "2023-11-01", "X1", "S", "C2", "U4"),
          episode("C07", "2023-11-01", "2025-04-01", "E11", "T", "E1", "A6")),
      // adopted on the day before the window's first
      history("C08",
          episode("C08", "2023-05-10", "2023-11-01", "X1", "S", "C2", "U4"),
          episode("C08", "2023-11-01", "2024-03-31", "E11", "T", "E1", "A6")),
      // a chain of four episodes: placed for adoption in the third (A5), moved to another A6 in the
      // fourth
      history("C10",
          episode("C10", "2022-09-12", "2023-04-03", "X1", "S", "C2", "U4"),
          episode("C10", "2023-04-03", "2023-07-17", "X1", "L", "E1", "U4"),
          episode("C10", "2023-07-17", "2023-12-04", "X1", "P", "E1", "A5"),
          episode("C10", "2023-12-04", "2024-06-10", "E11", "P", "E1", "A6")),
      // an earlier period, placed for adoption with consent (A4) and back home in October 2021,
      // then a second period ending in adoption
      history("C11",
          episode("C11", "2021-03-01", "2021-06-01", "X1", "S", "V2", "U4"),
          episode("C11", "2021-06-01", "2021-10-01", "E4A", "P", "V2", "A4"),
          episode("C11", "2022-02-01", "2022-11-14", "X1", "S", "C2", "U4"),
          episode("C11", "2022-11-14", "2023-03-06", "X1", "L", "E1", "U4"),
          episode("C11", "2023-03-06", "2024-11-25", "E12", "P", "E1", "A6")),
      // short breaks (V3) before care, the last running into care on 3 October 2022
      history("C12",
          episode("C12", "2022-06-01", "2022-06-04", "E4A", "S", "V3", "U4"),
          episode("C12", "2022-09-26", "2022-10-03", "X1", "S", "V3", "U4"),
          episode("C12", "2022-10-03", "2023-05-02", "X1", "L", "C2", "U4"),
          episode("C12", "2023-05-02", "2024-12-09", "E11", "T", "E1", "A6")),
      // a short break that, oddly, ended E11: not a period of care, so not an adoption
      history("C13", episode("C13", "2024-05-27", "2024-06-03", "E11", "S", "V4", "U4")),
      // placed for adoption, but went to live with relatives (E13)
      history("C14",
          episode("C14", "2023-01-09", "2023-06-05", "X1", "S", "C2", "U4"),
          episode("C14", "2023-06-05", "2024-07-01", "E13", "T", "E1", "A6")),
      // a special guardianship order
      history("C15", episode("C15", "2023-01-09", "2024-08-15", "E45", "S", "C2", "U1")),
      // placed for adoption, still in care
      history("C16",
          episode("C16", "2023-01-09", "2023-06-05", "X1", "S", "C2", "U4"),
          episode("C16", "2023-06-05", null, null, "T", "E1", "A6"))));

  private static final List<AdoptionRecord> RECORDS = List.of(
      record("C01", "2023-08-01", "2023-11-20"),
      record("C02", "2023-01-05", "2023-06-01"),
      record("C03", "2023-08-21", "2023-09-18"),
      record("C04", null, "2023-10-20"),
      record("C06", "2023-10-02", null),
      record("C10", "2023-03-06", "2023-06-26"),
      record("C11", "2022-10-10", "2023-01-09"),
      // not adopted: the record is not used
      record("C14", "2023-05-01", "2023-07-03"));

  private static BatchResult<AdoptionTimeliness> timeliness(LocalDate asAt) {
    return CALCULATOR.timeliness(DATA, FY2024, asAt, RECORDS);
  }

  private static AdoptionTimeliness of(String id) {
    return timeliness(AS_AT).values().stream().filter(a -> a.childId().value().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no adoption of " + id));
  }

  @Test
  void everyAdoptionInTheWindowIsListedByAdoptionDateThenChild() {
    BatchResult<AdoptionTimeliness> result = timeliness(AS_AT);

    assertThat(result.failures()).isEmpty();
    assertThat(result.values())
        .extracting(a -> a.childId().value(), AdoptionTimeliness::adoptionDate, AdoptionTimeliness::reason)
        .containsExactly(
            tuple("C06", date("2024-04-01"), ReasonEpisodeCeased.E11),
            tuple("C03", date("2024-05-20"), ReasonEpisodeCeased.E11),
            tuple("C10", date("2024-06-10"), ReasonEpisodeCeased.E11),
            tuple("C01", date("2024-07-20"), ReasonEpisodeCeased.E11),
            tuple("C04", date("2024-08-01"), ReasonEpisodeCeased.E11),
            tuple("C05", date("2024-09-30"), ReasonEpisodeCeased.E11),
            tuple("C02", date("2024-10-07"), ReasonEpisodeCeased.E12),
            tuple("C11", date("2024-11-25"), ReasonEpisodeCeased.E12),
            tuple("C12", date("2024-12-09"), ReasonEpisodeCeased.E11));
  }

  @Test
  void placedA5AfterThePlacementOrder() {
    AdoptionTimeliness c01 = of("C01");

    assertThat(c01.periodStart()).isEqualTo(date("2023-01-10"));
    assertThat(c01.placedForAdoption()).contains(date("2023-12-15"));
    assertThat(c01.movedIn()).isEqualTo(date("2023-12-15"));
    // 2023-01-10 to 2023-12-15: 22 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 14 = 339
    // (to 1 February, each month to 1 December, then 14 days)
    assertThat(c01.entryToPlacementDays()).isEqualTo(339);
    assertThat(c01.authority()).contains(date("2023-09-01"));
    assertThat(c01.match()).contains(date("2023-11-20"));
    // 1 September to 20 November: 30 + 31 + 19 = 80
    assertThat(c01.authorityToMatchDays()).contains(80L);
    assertThat(c01.explain()).isEqualTo("C01: in care 2023-01-10, placed for adoption 2023-12-15 (A5): 339 days;"
        + " authority 2023-09-01, matched 2023-11-20: 80 days; adopted 2024-07-20 (E11)");
  }

  @Test
  void anAdoptionByTheFosterCarersIsMeasuredToTheAdoptionDate() {
    AdoptionTimeliness c02 = of("C02");

    assertThat(c02.placedForAdoption()).isEmpty();
    assertThat(c02.movedIn()).isEqualTo(date("2024-10-07"));
    // 2022-05-03 to 2024-05-03 is 365 + 366 (29 February 2024) = 731; then to 7 October
    // 29 + 30 + 31 + 31 + 30 + 6 = 157
    assertThat(c02.entryToPlacementDays()).isEqualTo(888);
    // 1 February to 1 June 2023: 28 + 31 + 30 + 31 = 120
    assertThat(c02.authorityToMatchDays()).contains(120L);
    assertThat(c02.explain()).isEqualTo("C02: in care 2022-05-03, adopted by the foster carers 2024-10-07"
        + " (never placed for adoption): 888 days; authority 2023-02-01, matched 2023-06-01: 120 days;"
        + " adopted 2024-10-07 (E12)");
  }

  @Test
  void aMatchBeforeTheAuthorityCountsAsNoDays() {
    AdoptionTimeliness c03 = of("C03");

    assertThat(c03.authority()).contains(date("2023-10-02"));
    assertThat(c03.match()).contains(date("2023-09-18"));
    assertThat(c03.authorityToMatchDays()).contains(0L);
    // 2023-03-01 to 2023-10-02: 31 + 30 + 31 + 30 + 31 + 31 + 30 + 1 = 215
    assertThat(c03.entryToPlacementDays()).isEqualTo(215);
    assertThat(c03.explain()).contains("authority 2023-10-02, matched 2023-09-18 (before the authority,"
        + " counted as 0): 0 days");
  }

  @Test
  void withoutAPlacementOrderThereIsNoAuthorityToMatch() {
    AdoptionTimeliness c04 = of("C04");

    assertThat(c04.authority()).isEmpty();
    assertThat(c04.match()).contains(date("2023-10-20"));
    assertThat(c04.authorityToMatchDays()).isEmpty();
    // placed with consent (A4) on 6 November: 2023-06-05 to 2023-11-06 is 26 + 31 + 31 + 30 + 31 + 5 = 154
    assertThat(c04.placedForAdoption()).contains(date("2023-11-06"));
    assertThat(c04.entryToPlacementDays()).isEqualTo(154);
    assertThat(c04.explain()).contains("no placement order (E1), matched 2023-10-20: no authority to match");
  }

  @Test
  void aChildWithNoRecordOrNoMatchDateHasNoAuthorityToMatch() {
    AdoptionTimeliness c05 = of("C05");
    AdoptionTimeliness c06 = of("C06");

    assertThat(c05.authority()).contains(date("2023-08-01"));
    assertThat(c05.match()).isEmpty();
    assertThat(c05.authorityToMatchDays()).isEmpty();
    // 2023-02-14 to 2024-01-08: 15 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 31 + 7 = 328
    assertThat(c05.entryToPlacementDays()).isEqualTo(328);
    assertThat(c05.explain()).contains("authority 2023-08-01, no match date: no authority to match");
    // a record with a decision date only
    assertThat(c06.authority()).contains(date("2023-11-01"));
    assertThat(c06.match()).isEmpty();
    assertThat(c06.authorityToMatchDays()).isEmpty();
  }

  @Test
  void anAdoptionOnTheWindowsFirstDayIsInAndOnTheDayAfterItsLastIsOut() {
    List<String> children = timeliness(AS_AT).values().stream().map(a -> a.childId().value()).toList();

    assertThat(children).contains("C06").doesNotContain("C07", "C08");
    // 2023-05-10 to 2023-11-01: 22 + 30 + 31 + 31 + 30 + 31 = 175
    assertThat(of("C06").entryToPlacementDays()).isEqualTo(175);
  }

  @Test
  void anAdoptionAfterTheAsAtDateIsNotYetKnown() {
    // C05 was adopted on 30 September 2024: seen on the 29th its period is still open
    assertThat(timeliness(date("2024-09-29")).values()).extracting(a -> a.childId().value())
        .containsExactly("C06", "C03", "C10", "C01", "C04");
    assertThat(timeliness(date("2024-09-30")).values()).extracting(a -> a.childId().value())
        .containsExactly("C06", "C03", "C10", "C01", "C04", "C05");
  }

  @Test
  void theFirstEpisodePlacedForAdoptionCountsWhereverItIsInTheChain() {
    AdoptionTimeliness c10 = of("C10");

    assertThat(c10.periodStart()).isEqualTo(date("2022-09-12"));
    assertThat(c10.placedForAdoption()).contains(date("2023-07-17"));
    // 2022-09-12 to 2023-07-17: 19 + 31 + 30 + 31 + 31 + 28 + 31 + 30 + 31 + 30 + 16 = 308
    assertThat(c10.entryToPlacementDays()).isEqualTo(308);
    assertThat(c10.explain()).contains("placed for adoption 2023-07-17 (A5)");
    assertThat(c10.authority()).contains(date("2023-04-03"));
    // 3 April to 26 June: 28 + 31 + 25 = 84
    assertThat(c10.authorityToMatchDays()).contains(84L);
  }

  @Test
  void onlyThePeriodThatEndedInAdoptionCounts() {
    AdoptionTimeliness c11 = of("C11");

    // not the earlier period's start, nor its placement for adoption (A4)
    assertThat(c11.periodStart()).isEqualTo(date("2022-02-01"));
    assertThat(c11.placedForAdoption()).contains(date("2023-03-06"));
    // 2022-02-01 to 2023-02-01 is 365; then 28 + 5 = 33
    assertThat(c11.entryToPlacementDays()).isEqualTo(398);
    assertThat(c11.authority()).contains(date("2022-11-14"));
    // 14 November to 9 January: 17 + 31 + 8 = 56
    assertThat(c11.authorityToMatchDays()).contains(56L);
  }

  @Test
  void shortBreaksAreLeftOut() {
    AdoptionTimeliness c12 = of("C12");

    // care began when the short break became a care episode, on 3 October, not on 26 September
    assertThat(c12.periodStart()).isEqualTo(date("2022-10-03"));
    // 2022-10-03 to 2023-05-02: 29 + 30 + 31 + 31 + 28 + 31 + 30 + 1 = 211
    assertThat(c12.entryToPlacementDays()).isEqualTo(211);
    assertThat(timeliness(AS_AT).values()).extracting(a -> a.childId().value()).doesNotContain("C13");
  }

  @Test
  void otherReasonsForLeavingCareAreNotAdoptions() {
    assertThat(timeliness(AS_AT).values()).extracting(a -> a.childId().value())
        .doesNotContain("C14", "C15", "C16");
  }

  @Test
  void theYearsAdoptionsAverageAsWorkedOutAbove() {
    AdoptionAverages averages = AdoptionAverages.of(FY2024, timeliness(AS_AT).values());

    assertThat(averages.count()).isEqualTo(9);
    // 175 + 215 + 308 + 339 + 154 + 328 + 888 + 398 + 211 = 3016 over 9 = 335.111..., within 426
    assertThat(averages.meanEntryToPlacementDays()).map(m -> m.toPlainString()).contains("335.11");
    assertThat(averages.entryToPlacementWithinThreshold()).contains(true);
    // C03 0, C10 84, C01 80, C02 120 and C11 56: 340 over 5 = 68, within 121
    assertThat(averages.matchedCount()).isEqualTo(5);
    assertThat(averages.meanAuthorityToMatchDays()).map(m -> m.toPlainString()).contains("68.00");
    assertThat(averages.authorityToMatchWithinThreshold()).contains(true);
    // C02
    assertThat(averages.fosterCarerAdoptions()).isEqualTo(1);
  }

  @Test
  void aChildsRecordAppliesToEachOfItsAdoptionsInTheWindow() {
    // adopted in 2022, the adoption broke down, adopted again in 2024
    CareData twice = CareData.of(List.of(history("C20",
        episode("C20", "2021-01-04", "2021-06-07", "X1", "S", "C2", "U4"),
        episode("C20", "2021-06-07", "2022-03-14", "E11", "T", "E1", "A6"),
        episode("C20", "2023-02-06", "2023-09-04", "X1", "S", "C2", "U4"),
        episode("C20", "2023-09-04", "2024-05-13", "E11", "T", "E1", "A6"))));
    LocalDateRange threeYears = LocalDateRange.of(date("2022-04-01"), date("2025-04-01"));
    LocalDateRange fiveYears = LocalDateRange.of(date("2020-04-01"), date("2025-04-01"));
    List<AdoptionRecord> records = List.of(record("C20", null, "2023-09-25"));

    assertThat(CALCULATOR.timeliness(twice, threeYears, AS_AT, records).values())
        .singleElement().satisfies(a -> {
          assertThat(a.periodStart()).isEqualTo(date("2023-02-06"));
          // 4 September to 25 September
          assertThat(a.authorityToMatchDays()).contains(21L);
        });
    // the one match date serves both; from the first adoption's authority, 7 June 2021, it is
    // 730 days to 7 June 2023, then 24 + 31 + 31 + 24 = 110: 840
    assertThat(CALCULATOR.timeliness(twice, fiveYears, AS_AT, records).values())
        .extracting(AdoptionTimeliness::adoptionDate, AdoptionTimeliness::match, AdoptionTimeliness::authorityToMatchDays)
        .containsExactly(
            tuple(date("2022-03-14"), Optional.of(date("2023-09-25")), Optional.of(840L)),
            tuple(date("2024-05-13"), Optional.of(date("2023-09-25")), Optional.of(21L)));
  }

  @Test
  void noDataOrNoAdoptionsGiveNothing() {
    assertThat(CALCULATOR.timeliness(CareData.empty(), FY2024, AS_AT, List.of()).values()).isEmpty();
    assertThat(CALCULATOR.timeliness(DATA, LocalDateRange.of(date("2019-04-01"), date("2020-04-01")), AS_AT,
        RECORDS).values()).isEmpty();
  }

  @Test
  void twoRecordsOfOneChildAreRefused() {
    List<AdoptionRecord> records = List.of(record("C01", null, "2023-11-20"), record("C01", null, "2023-11-21"));

    assertThatThrownBy(() -> CALCULATOR.timeliness(DATA, FY2024, AS_AT, records))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("C01");
  }
}
