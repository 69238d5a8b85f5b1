package org.permanence.duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.permanence.batch.BatchResult;
import org.permanence.batch.Failure;
import org.permanence.care.CareHistory;
import org.permanence.care.Episode;
import org.permanence.care.ShortBreaks;
import org.permanence.child.Child;
import org.permanence.child.ChildId;
import org.permanence.code.LegalStatus;
import org.permanence.code.PlacementProvider;
import org.permanence.code.PlacementType;
import org.permanence.code.ReasonEpisodeCeased;
import org.permanence.code.ReasonForNewEpisode;
import org.threeten.extra.LocalDateRange;

class DurationCalculatorTest {

  private static final DurationCalculator CALCULATOR = DurationCalculator.DEFAULT;
  private static final LocalDateRange FY2018 = window("2018-04-01", "2019-04-01");
  private static final LocalDateRange FY2019 = window("2019-04-01", "2020-04-01");
  private static final LocalDateRange FY2020 = window("2020-04-01", "2021-04-01");

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  private static LocalDateRange window(String startInclusive, String endExclusive) {
    return LocalDateRange.of(date(startInclusive), date(endExclusive));
  }

  private static Episode episode(String child, String start, String endExclusive, String reason, LegalStatus status) {
    Episode.Builder builder = Episode.builder()
        .childId(ChildId.of(child))
        .start(date(start))
        .reasonForNewEpisode(ReasonForNewEpisode.S)
        .legalStatus(status)
        .placementType(PlacementType.U4)
        .placementProvider(PlacementProvider.PR1);
    if (endExclusive != null) {
      builder.endExclusive(date(endExclusive)).reasonEnded(ReasonEpisodeCeased.of(reason));
    }
    return builder.build();
  }

  private static Episode ended(String child, String start, String endExclusive, String reason) {
    return episode(child, start, endExclusive, reason, LegalStatus.C2);
  }

  private static Episode open(String child, String start) {
    return episode(child, start, null, null, LegalStatus.C2);
  }

  private static CareHistory history(String child, String dateOfBirth, Episode... episodes) {
    return CareHistory.of(Child.of(ChildId.of(child), date(dateOfBirth)), List.of(episodes));
  }

  private static CareHistory history(String child, Episode... episodes) {
    return history(child, "2010-06-01", episodes);
  }

  // ---------------------------------------------------------------- days in a window

  @ParameterizedTest(name = "[{0}, {1}) as at {2} in [{3}, {4}): {5} days")
  @CsvSource({
    // 30 and 31 March before the year, 1 to 9 April in it
    "2019-03-30, 2019-04-10, 2020-03-31, 2019-04-01, 2020-04-01,   9",
    "2019-03-30, 2019-04-10, 2020-03-31, 2018-04-01, 2019-04-01,   2",
    // DEC on 1 April: the last day in care is 31 March
    "2019-03-01, 2019-04-01, 2020-03-31, 2019-04-01, 2020-04-01,   0",
    "2019-03-01, 2019-04-01, 2020-03-31, 2018-04-01, 2019-04-01,  31",
    // open: to the as-at date inclusive
    "2020-03-01,           , 2020-03-15, 2019-04-01, 2020-04-01,  15",
    "2020-03-01,           , 2020-03-31, 2019-04-01, 2020-04-01,  31",
    "2020-03-01,           , 2020-04-01, 2019-04-01, 2020-04-01,  31",
    "2020-03-01,           , 2020-04-01, 2020-04-01, 2021-04-01,   1",
    // ended after the as-at date: open at it
    "2019-04-01, 2019-06-01, 2019-04-30, 2019-04-01, 2020-04-01,  30",
    "2019-04-01, 2019-06-01, 2019-06-01, 2019-04-01, 2020-04-01,  61",
    // starting after the as-at date: not seen
    "2019-04-01, 2019-06-01, 2019-03-31, 2019-04-01, 2020-04-01,   0",
    // zero days
    "2019-04-01, 2019-04-01, 2020-03-31, 2019-04-01, 2020-04-01,   0",
    // a one-day window
    "2019-04-01,           , 2019-12-31, 2019-06-15, 2019-06-16,   1",
  })
  void countsDaysInCareWithinAWindow(String start, String endExclusive, String asAt,
      String windowStart, String windowEnd, long days) {
    CareHistory history = history("C1", episode("C1", start, endExclusive, "E4A", LegalStatus.C2));

    assertThat(CALCULATOR.daysInCare(history, window(windowStart, windowEnd), date(asAt))).isEqualTo(days);
  }

  @Test
  void daysInAWindowStopAtThe18thBirthday() {
    // 18 on 2020-01-10: 1 April 2019 to 9 January 2020 inclusive is 275 + 9 days
    CareHistory history = history("C1", "2002-01-10", open("C1", "2019-04-01"));

    assertThat(CALCULATOR.daysInCare(history, FY2019, date("2020-03-31"))).isEqualTo(284);
    assertThat(CALCULATOR.daysInCare(history, window("2020-01-01", "2020-04-01"), date("2020-03-31"))).isEqualTo(9);
    assertThat(CALCULATOR.daysInCare(history, window("2020-01-10", "2020-04-01"), date("2020-03-31"))).isZero();
  }

  @Test
  void daysInAWindowStopAtThe18thBirthdayOfA29FebruaryBirth() {
    // born 29 Feb 2004, 18 on 1 March 2022: 2022-01-01 to 2022-02-28 inclusive is 31 + 28 days
    CareHistory history = history("C1", "2004-02-29", open("C1", "2021-01-01"));

    assertThat(CALCULATOR.daysInCare(history, window("2022-01-01", "2022-07-01"), date("2022-06-30"))).isEqualTo(59);
    assertThat(CALCULATOR.daysInCare(history, window("2022-02-28", "2022-03-01"), date("2022-06-30"))).isEqualTo(1);
    assertThat(CALCULATOR.daysInCare(history, window("2022-03-01", "2022-03-02"), date("2022-06-30"))).isZero();
  }

  @Test
  void shortBreaksAreLeftOutOfDaysUnlessIncluded() {
    CareHistory history = history("C1",
        ended("C1", "2019-04-01", "2019-04-11", "E4A"),
        episode("C1", "2019-05-01", "2019-05-04", "E13", LegalStatus.V3),
        episode("C1", "2019-06-01", "2019-06-03", "E13", LegalStatus.V4));

    assertThat(CALCULATOR.daysInCare(history, FY2019, date("2020-03-31"))).isEqualTo(10);
    assertThat(DurationCalculator.of(ShortBreaks.INCLUDE).daysInCare(history, FY2019, date("2020-03-31")))
        .isEqualTo(15);
    assertThat(DurationCalculator.of(ShortBreaks.EXCLUDE)).isSameAs(DurationCalculator.DEFAULT);
    assertThat(DurationCalculator.of(ShortBreaks.INCLUDE).shortBreaks()).isEqualTo(ShortBreaks.INCLUDE);
    assertThat(CALCULATOR.durations(history, FY2019, date("2020-03-31"))).hasSize(1);
    assertThat(DurationCalculator.of(ShortBreaks.INCLUDE).durations(history, FY2019, date("2020-03-31")))
        .extracting(PeriodDuration::days).containsExactly(10L, 3L, 2L);
  }

  // ---------------------------------------------------------------- periods listed for a window

  /** Which periods a window lists, worked by hand. */
  @ParameterizedTest(name = "[{0}, {1}) as at {2} in {3}: listed {4}")
  @CsvSource({
    // ended on 1 April (the first day out of care): nothing in the new year
    "2019-03-01, 2019-04-01, 2021-03-31, FY2019, false,   ,  ",
    "2019-03-01, 2019-04-01, 2021-03-31, FY2018, true,  31, 31",
    // 31 March and 1 April
    "2019-03-31, 2019-04-02, 2021-03-31, FY2018, true,   2,  1",
    "2019-03-31, 2019-04-02, 2021-03-31, FY2019, true,   2,  1",
    // zero-day periods: listed when their one date is in the window
    "2019-04-01, 2019-04-01, 2021-03-31, FY2019, true,   0,  0",
    "2019-04-01, 2019-04-01, 2021-03-31, FY2018, false,   ,  ",
    "2020-03-31, 2020-03-31, 2021-03-31, FY2019, true,   0,  0",
    "2020-03-31, 2020-03-31, 2021-03-31, FY2020, false,   ,  ",
    // open on 31 March, seen at 31 March: that day only
    "2020-03-31,           , 2020-03-31, FY2019, true,   1,  1",
    "2020-03-31,           , 2020-03-31, FY2020, false,   ,  ",
    // open across the year end, seen later
    "2020-03-31,           , 2020-04-30, FY2019, true,  31,  1",
    "2020-03-31,           , 2020-04-30, FY2020, true,  31, 30",
  })
  void listsThePeriodsThatTouchTheWindow(String start, String endExclusive, String asAt,
      String year, boolean listed, Long days, Long daysInWindow) {
    LocalDateRange window = year.equals("FY2018") ? FY2018 : year.equals("FY2019") ? FY2019 : FY2020;
    CareHistory history = history("C1", episode("C1", start, endExclusive, "E4A", LegalStatus.C2));

    List<PeriodDuration> durations = CALCULATOR.durations(history, window, date(asAt));

    if (!listed) {
      assertThat(durations).isEmpty();
      return;
    }
    assertThat(durations).singleElement().satisfies(duration -> {
      assertThat(duration.days()).isEqualTo(days);
      assertThat(duration.daysInWindow()).isEqualTo(daysInWindow);
      assertThat(duration.window()).isEqualTo(window);
      assertThat(duration.period().start()).isEqualTo(date(start));
    });
  }

  /**
   * A child born 2001-06-15 turns 18 on 2019-06-15; a period starting on or after that day counts
   * no day of care, so no window lists it, even one of zero days; a zero-day period the day
   * before is listed.
   */
  @ParameterizedTest(name = "[{0}, {1}) listed {2}")
  @CsvSource({
    "2019-06-15, 2019-09-01, false",
    "2019-08-01,           , false",
    "2019-08-01, 2019-08-01, false",
    "2019-06-15, 2019-06-15, false",
    "2019-06-14, 2019-06-14, true",
    "2019-06-14, 2019-09-01, true",
  })
  void aPeriodStartingOnOrAfterThe18thBirthdayIsNeverListed(String start, String endExclusive, boolean listed) {
    CareHistory history = history("C1", "2001-06-15", episode("C1", start, endExclusive, "E8", LegalStatus.V2));

    List<PeriodDuration> durations = CALCULATOR.durations(history, FY2019, date("2019-12-31"));

    assertThat(durations).hasSize(listed ? 1 : 0);
    durations.forEach(d -> assertThat(d.days()).isLessThanOrEqualTo(1));
  }

  @Test
  void listsEachPeriodOfAChildInOrderOfStart() {
    CareHistory history = history("C1",
        ended("C1", "2019-03-01", "2019-05-10", "X1"),
        ended("C1", "2019-05-10", "2019-06-15", "E4A"),
        ended("C1", "2019-06-15", "2019-08-01", "X1"),
        open("C1", "2019-09-01"));

    List<PeriodDuration> durations = CALCULATOR.durations(history, FY2019, date("2019-12-31"));

    // [03-01, 06-15): 31 + 30 + 31 + 14 = 106, of which April to 14 June (75) in the year;
    // [06-15, 08-01): 16 + 31 = 47, ended X1 with nothing following the same day;
    // [09-01, open): 30 + 31 + 30 + 31 = 122 to 31 December inclusive
    assertThat(durations)
        .extracting(d -> d.period().start(), d -> d.period().endExclusive(), d -> d.period().reasonEnded(),
            PeriodDuration::days, PeriodDuration::daysInWindow)
        .containsExactly(
            tuple(date("2019-03-01"), Optional.of(date("2019-06-15")), Optional.of(ReasonEpisodeCeased.E4A), 106L, 75L),
            tuple(date("2019-06-15"), Optional.of(date("2019-08-01")), Optional.of(ReasonEpisodeCeased.X1), 47L, 47L),
            tuple(date("2019-09-01"), Optional.empty(), Optional.empty(), 122L, 122L));
    assertThat(CALCULATOR.daysInCare(durations.get(0).period())).isEqualTo(106);
    assertThat(CALCULATOR.duration(durations.get(0).period(), FY2018).daysInWindow()).isEqualTo(31);
  }

  @Test
  void aDurationExplainsItsFigures() {
    CareHistory history = history("C1", "2002-01-10", open("C1", "2019-04-01"));

    PeriodDuration duration = CALCULATOR.durations(history, FY2019, date("2020-03-31")).get(0);

    assertThat(duration.days()).isEqualTo(284);
    assertThat(duration.explain()).contains("C1").contains("284 days").contains("18th birthday")
        .doesNotContain("2002-01-10");
  }

  // ---------------------------------------------------------------- cohorts

  @Test
  void aCohortCountsThePeriodsEndedInTheWindow() {
    List<CareHistory> histories = List.of(
        history("A", ended("A", "2019-03-22", "2019-04-01", "E4A")),   // ended 1 April: 10 days, in
        history("B", ended("B", "2019-06-01", "2019-06-12", "E11")),   // 11, in
        history("C", ended("C", "2019-07-01", "2019-07-13", "E4A")),   // 12, in
        history("D", ended("D", "2020-03-17", "2020-03-31", "E4A")),   // 14, in
        history("E", ended("E", "2020-03-18", "2020-04-01", "E4A")),   // ended 1 April 2020: next year
        history("F", ended("F", "2019-02-01", "2019-03-31", "E4A")),   // ended the year before
        history("G", open("G", "2019-05-01")),                         // never ended
        history("H", ended("H", "2020-01-01", "2020-07-15", "E4A")));  // ended after the as-at date

    CohortDurations cohort = CALCULATOR.cohort(histories, FY2019, date("2020-06-30"));

    assertThat(cohort.count()).isEqualTo(4);
    assertThat(cohort.periods()).extracting(d -> d.period().childId().value()).containsExactly("A", "B", "C", "D");
    assertThat(cohort.totalDays()).isEqualTo(47);
    // 47 / 4 = 11.75; the middle two of 10, 11, 12, 14 are 11 and 12
    assertThat(cohort.meanDays()).isEqualByComparingTo("11.75");
    assertThat(cohort.meanDays().scale()).isEqualTo(2);
    assertThat(cohort.medianDays()).isEqualByComparingTo("11.5");
    assertThat(cohort.window()).isEqualTo(FY2019);
    assertThat(cohort.failures()).isEmpty();
  }

  @Test
  void cohortsOfSeveralWindowsReadEachHistoryOnceAndPlaceEachPeriodInEveryWindowItEndedIn() {
    List<CareHistory> histories = List.of(
        history("A", ended("A", "2019-03-22", "2019-04-01", "E4A")),   // 10 days, ended in FY2019
        history("B", ended("B", "2019-02-01", "2019-03-31", "E4A")),   // 58 days, ended in FY2018
        history("C", ended("C", "2019-06-01", "2019-06-12", "E11")));  // 11 days, ended in FY2019
    // overlaps both years: 1 March to 1 July 2019 holds the ends of all three
    LocalDateRange spring = LocalDateRange.of(date("2019-03-01"), date("2019-07-01"));

    List<CohortDurations> cohorts = CALCULATOR.cohorts(histories, List.of(FY2019, FY2018, spring), date("2020-03-31"));

    assertThat(cohorts).extracting(CohortDurations::window).containsExactly(FY2019, FY2018, spring);
    assertThat(cohorts).extracting(CohortDurations::count).containsExactly(2, 1, 3);
    // FY2019: (10 + 11) / 2 = 10.5; FY2018: 58; spring: (10 + 58 + 11) / 3 = 26.33
    assertThat(cohorts).extracting(CohortDurations::meanDays)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("10.50"), new BigDecimal("58"), new BigDecimal("26.33"));
    assertThat(cohorts.get(2).periods()).extracting(d -> d.period().childId().value()).containsExactly("A", "B", "C");
  }

  @Test
  void aPeriodEndedAfterTheAsAtDateIsNotInTheCohort() {
    List<CareHistory> histories = List.of(history("A", ended("A", "2019-06-01", "2019-06-12", "E11")));

    assertThat(CALCULATOR.cohort(histories, FY2019, date("2019-06-11")).count()).isZero();
    assertThat(CALCULATOR.cohort(histories, FY2019, date("2019-06-12")).count()).isEqualTo(1);
  }

  @Test
  void theCohortMeanIsRoundedHalfUp() {
    // seven periods of 10 days and one of 11: 81 / 8 = 10.125, half up 10.13 (half even gives 10.12)
    List<CareHistory> histories = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      histories.add(history("C" + i, ended("C" + i, "2019-05-01", "2019-05-11", "E4A")));
    }
    histories.add(history("C7", ended("C7", "2019-05-01", "2019-05-12", "E4A")));

    CohortDurations cohort = CALCULATOR.cohort(histories, FY2019, date("2020-03-31"));

    assertThat(cohort.count()).isEqualTo(8);
    assertThat(cohort.meanDays()).isEqualTo(new BigDecimal("10.13"));
    assertThat(cohort.medianDays()).isEqualByComparingTo("10");
  }

  @ParameterizedTest(name = "days {0}: mean {1}, median {2}")
  @CsvSource(delimiter = '|', value = {
    "5             | 5.00  | 5",
    "1 2 2         | 1.67  | 2",
    "2 1 1         | 1.33  | 1",
    "1 5 100       | 35.33 | 5",
    "0 0 1         | 0.33  | 0",
    "0 1           | 0.50  | 0.5",
    "3 8 1 4       | 4.00  | 3.5",
    "0 0           | 0.00  | 0",
  })
  void theCohortMeanAndMedianWorkedByHand(String days, String mean, String median) {
    List<CareHistory> histories = new ArrayList<>();
    String[] lengths = days.trim().split(" +");
    for (int i = 0; i < lengths.length; i++) {
      LocalDate start = date("2019-05-01");
      LocalDate end = start.plusDays(Long.parseLong(lengths[i]));
      histories.add(history("C" + i, ended("C" + i, start.toString(), end.toString(), "E4A")));
    }

    CohortDurations cohort = CALCULATOR.cohort(histories, FY2019, date("2020-03-31"));

    assertThat(cohort.count()).isEqualTo(lengths.length);
    assertThat(cohort.meanDays()).isEqualTo(new BigDecimal(mean));
    assertThat(cohort.medianDays()).isEqualByComparingTo(median);
  }

  @Test
  void anEmptyCohortHasZeroMeanAndMedian() {
    CohortDurations cohort = CALCULATOR.cohort(List.of(history("G", open("G", "2019-05-01"))), FY2019, date("2020-03-31"));

    assertThat(cohort.count()).isZero();
    assertThat(cohort.meanDays()).isEqualTo(new BigDecimal("0.00"));
    assertThat(cohort.medianDays()).isEqualByComparingTo("0");
  }

  @Test
  void aCohortCountsDaysToThe18thBirthday() {
    // 18 on 2020-01-10, left care on 2020-02-01: counted 2019-04-01 to 2020-01-09, 284 days
    CareHistory history = history("C1", "2002-01-10", ended("C1", "2019-04-01", "2020-02-01", "E8"));

    CohortDurations cohort = CALCULATOR.cohort(List.of(history), FY2019, date("2020-03-31"));

    assertThat(cohort.periods()).extracting(PeriodDuration::days).containsExactly(284L);
  }

  @Test
  void aCohortLeavesOutShortBreaks() {
    CareHistory history = history("C1", episode("C1", "2019-05-01", "2019-05-04", "E13", LegalStatus.V3));

    assertThat(CALCULATOR.cohort(List.of(history), FY2019, date("2020-03-31")).count()).isZero();
    assertThat(DurationCalculator.of(ShortBreaks.INCLUDE).cohort(List.of(history), FY2019, date("2020-03-31")).count())
        .isEqualTo(1);
  }

  // ---------------------------------------------------------------- batches

  @Test
  void aBatchKeepsGoingPastAChildThatCannotBeMeasured() {
    // a date of birth so late that the 18th birthday is past the last date java.time can hold
    LocalDate lateBirth = LocalDate.MAX.minusYears(5);
    CareHistory unmeasurable = CareHistory.of(Child.of(ChildId.of("B"), lateBirth), List.of(
        Episode.builder().childId(ChildId.of("B")).start(lateBirth).endExclusive(lateBirth.plusDays(3))
            .reasonForNewEpisode(ReasonForNewEpisode.S).legalStatus(LegalStatus.C2)
            .placementType(PlacementType.U4).reasonEnded(ReasonEpisodeCeased.E4A)
            .build()));
    List<CareHistory> histories = List.of(
        history("A", ended("A", "2019-04-01", "2019-05-01", "E4A")),
        unmeasurable,
        history("C", ended("C", "2019-05-01", "2019-05-11", "E4A")));
    LocalDateRange everything = LocalDateRange.of(date("2019-04-01"), LocalDate.MAX);
    LocalDate asAt = LocalDate.MAX.minusYears(1);

    BatchResult<PeriodDuration> result = CALCULATOR.durations(histories, everything, asAt);

    assertThat(result.values()).extracting(d -> d.period().childId().value(), PeriodDuration::days)
        .containsExactly(tuple("A", 30L), tuple("C", 10L));
    assertThat(result.hasFailures()).isTrue();
    assertThat(result.failures()).extracting(Failure::childId).containsExactly(Optional.of(ChildId.of("B")));

    CohortDurations cohort = CALCULATOR.cohort(histories, everything, asAt);
    assertThat(cohort.periods()).extracting(d -> d.period().childId().value()).containsExactly("A", "C");
    assertThat(cohort.failures()).extracting(Failure::childId).containsExactly(Optional.of(ChildId.of("B")));
  }

  @Test
  void aBatchKeepsTheOrderOfTheHistoriesGiven() {
    List<CareHistory> histories = List.of(
        history("B", open("B", "2019-06-01")),
        history("A", ended("A", "2019-04-01", "2019-05-01", "E4A"), open("A", "2019-07-01")));

    BatchResult<PeriodDuration> result = CALCULATOR.durations(histories, FY2019, date("2019-12-31"));

    assertThat(result.failures()).isEmpty();
    assertThat(result.values()).extracting(d -> d.period().childId().value(), d -> d.period().start())
        .containsExactly(tuple("B", date("2019-06-01")), tuple("A", date("2019-04-01")), tuple("A", date("2019-07-01")));
  }

  @Test
  void nullsAreRefused() {
    CareHistory history = history("A", open("A", "2019-06-01"));
    assertThatNullPointerException().isThrownBy(() -> CALCULATOR.durations((CareHistory) null, FY2019, date("2019-12-31")));
    assertThatNullPointerException().isThrownBy(() -> CALCULATOR.durations(history, null, date("2019-12-31")));
    assertThatNullPointerException().isThrownBy(() -> CALCULATOR.durations(history, FY2019, null));
    assertThatNullPointerException().isThrownBy(() -> CALCULATOR.cohort(null, FY2019, date("2019-12-31")));
    assertThatNullPointerException().isThrownBy(() -> DurationCalculator.of(null));
  }

  // ---------------------------------------------------------------- properties

  /** A generated child: birth, and episodes one after another with gaps, the last maybe open. */
  record Generated(CareHistory history, LocalDate asAt) {}

  @Provide
  Arbitrary<Generated> histories() {
    Arbitrary<int[]> lengths = Arbitraries.integers().between(0, 400).array(int[].class).ofMinSize(1).ofMaxSize(6);
    Arbitrary<int[]> gaps = Arbitraries.integers().between(0, 40).array(int[].class).ofSize(6);
    Arbitrary<int[]> statuses = Arbitraries.integers().between(0, 4).array(int[].class).ofSize(6);
    return Combinators.combine(
            Arbitraries.integers().between(0, 6000),   // days from 2000-01-01 to birth
            Arbitraries.integers().between(0, 7000),   // days from birth to the first episode
            lengths, gaps, statuses,
            Arbitraries.of(true, false),                // last open
            Arbitraries.integers().between(-100, 4000)) // days from the first episode to the as-at date
        .as((birth, toFirst, length, gap, status, lastOpen, toAsAt) -> {
          LocalDate dob = LocalDate.of(2000, 1, 1).plusDays(birth);
          LocalDate start = dob.plusDays(toFirst);
          LocalDate first = start;
          List<Episode> episodes = new ArrayList<>();
          for (int i = 0; i < length.length; i++) {
            boolean last = i == length.length - 1;
            LocalDate end = start.plusDays(length[i]);
            Episode.Builder builder = Episode.builder().childId(ChildId.of("P")).start(start)
                .reasonForNewEpisode(ReasonForNewEpisode.S)
                .legalStatus(status[i] == 0 ? LegalStatus.V3 : LegalStatus.C2)
                .placementType(PlacementType.U4);
            if (!(last && lastOpen)) {
              builder.endExclusive(end).reasonEnded(gap[i] % 3 == 0 ? ReasonEpisodeCeased.E4A : ReasonEpisodeCeased.X1);
            }
            episodes.add(builder.build());
            start = end.plusDays(gap[i] % 2 == 0 ? 0 : gap[i]);
          }
          CareHistory history = CareHistory.of(Child.of(ChildId.of("P"), dob), episodes);
          return new Generated(history, first.plusDays(toAsAt));
        });
  }

  @Property(tries = 500)
  void splittingAWindowInTwoAddsUp(
      @ForAll("histories") Generated generated,
      @ForAll @IntRange(min = -400, max = 5000) int from,
      @ForAll @IntRange(min = 0, max = 2000) int firstLength,
      @ForAll @IntRange(min = 0, max = 2000) int secondLength) {
    CareHistory history = generated.history();
    LocalDate a = history.child().dateOfBirth().plusDays(from);
    LocalDate b = a.plusDays(firstLength);
    LocalDate c = b.plusDays(secondLength);

    long whole = CALCULATOR.daysInCare(history, LocalDateRange.of(a, c), generated.asAt());
    long first = CALCULATOR.daysInCare(history, LocalDateRange.of(a, b), generated.asAt());
    long second = CALCULATOR.daysInCare(history, LocalDateRange.of(b, c), generated.asAt());

    assertThat(first + second).isEqualTo(whole);
    assertThat(whole).isBetween(0L, (long) firstLength + secondLength);
  }

  @Property(tries = 500)
  void theDaysInAWindowOfAChildsPeriodsAddUpToItsDaysInTheWindow(
      @ForAll("histories") Generated generated,
      @ForAll @IntRange(min = -400, max = 5000) int from,
      @ForAll @IntRange(min = 0, max = 2000) int length,
      @ForAll boolean includeShortBreaks) {
    DurationCalculator calculator =
        DurationCalculator.of(includeShortBreaks ? ShortBreaks.INCLUDE : ShortBreaks.EXCLUDE);
    CareHistory history = generated.history();
    LocalDate a = history.child().dateOfBirth().plusDays(from);
    LocalDateRange window = LocalDateRange.of(a, a.plusDays(length));

    List<PeriodDuration> durations = calculator.durations(history, window, generated.asAt());

    long sum = durations.stream().mapToLong(PeriodDuration::daysInWindow).sum();
    assertThat(sum).isEqualTo(calculator.daysInCare(history, window, generated.asAt()));
    LocalDate adulthood = history.child().eighteenthBirthday();
    for (PeriodDuration duration : durations) {
      assertThat(duration.daysInWindow()).isBetween(0L, Math.min(duration.days(), length));
      assertThat(duration.period().careRange().getEnd()).isBeforeOrEqualTo(
          adulthood.isAfter(duration.period().start()) ? adulthood : duration.period().start());
      assertThat(duration.period().careRange().getEnd()).isBeforeOrEqualTo(
          generated.asAt().plusDays(1));
    }
  }
}
