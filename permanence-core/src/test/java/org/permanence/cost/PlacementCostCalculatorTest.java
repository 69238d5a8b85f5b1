package org.permanence.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.permanence.batch.BatchResult;
import org.permanence.batch.Failure;
import org.permanence.care.CareData;
import org.permanence.care.CareHistory;
import org.permanence.care.EpisodeColumns;
import org.permanence.care.Episode;
import org.permanence.care.ShortBreaks;
import org.permanence.child.Child;
import org.permanence.child.ChildId;
import org.permanence.code.LegalStatus;
import org.permanence.code.PlacementProvider;
import org.permanence.code.PlacementType;
import org.permanence.code.ReasonEpisodeCeased;
import org.permanence.code.ReasonForNewEpisode;
import org.permanence.money.ExactAmount;
import org.permanence.rate.PlacePattern;
import org.permanence.rate.RateCard;
import org.permanence.rate.RateRow;
import org.permanence.time.FinancialYear;
import org.threeten.extra.LocalDateRange;

/**
 * Every expected figure here is worked out by hand from METHODOLOGY 5 in the comment beside it:
 * a stay costs {@code weekly * days / 7} for each stretch at one rate, split at 1 April, at
 * birthdays and where a row takes effect; days are half-open and never reach the 18th birthday.
 * An amount written {@code n/7} is exactly n sevenths of a pound.
 */
class PlacementCostCalculatorTest {

  private static final PlacementCostCalculator CALCULATOR = PlacementCostCalculator.DEFAULT;

  private static final Optional<PlacementProvider> PR1 = Optional.of(PlacementProvider.PR1);
  private static final Optional<PlacementProvider> PR4 = Optional.of(PlacementProvider.PR4);

  private static final LocalDateRange FY_2023_24 = FinancialYear.of(2023).range();
  private static final LocalDate END_OF_FY_2023_24 = LocalDate.of(2024, 3, 31);

  /** A card with one row for every placement, age and day since 2000: £700 a week, £100 a day. */
  private static final RateCard HUNDRED_A_DAY = card("*,*,,,2000-01-01,700");

  // ------------------------------------------------------------------------------------------
  // one rate: days and financial years

  @ParameterizedTest(name = "[{0}, {1}) at £{2} a week: {3}")
  @CsvSource(delimiter = '|', value = {
    // 7 days at £700 = 700 * 7 / 7 = 700
    "2023-05-01 | 2023-05-08 | 700    | 2023-24 7 700",
    // 1 day at £100 = 100 / 7 = 14.2857... (14.29 rounded)
    "2023-05-01 | 2023-05-02 | 100    | 2023-24 1 100/7",
    // 1 day at £134.29 = 134.29 / 7
    "2023-05-01 | 2023-05-02 | 134.29 | 2023-24 1 134.29/7",
    // 25-31 March 2023 is 7 days of 2022-23 (700); 1-4 April is 4 days of 2023-24 (700 * 4 / 7 = 400)
    "2023-03-25 | 2023-04-05 | 700    | 2022-23 7 700; 2023-24 4 400",
    // 31 March and 1 April: one day in each year, 100/7 each
    "2023-03-31 | 2023-04-02 | 100    | 2022-23 1 100/7; 2023-24 1 100/7",
    // a stay that ends on 1 April has no day in the next year
    "2023-03-25 | 2023-04-01 | 700    | 2022-23 7 700",
    // a stay that starts on 1 April has no day in the year before
    "2023-04-01 | 2023-04-08 | 700    | 2023-24 7 700",
    // two whole years: 2022-23 has 365 days (28 days in February 2023), 2023-24 has 366
    // (29 February 2024), at £100 a day 36500 and 36600
    "2022-04-01 | 2024-04-01 | 700    | 2022-23 365 36500; 2023-24 366 36600",
    // a £0 rate still counts its days, at 0.00
    "2023-05-01 | 2023-05-11 | 0      | 2023-24 10 0",
    // no days, no years
    "2023-05-01 | 2023-05-01 | 700    | -",
    // more decimals than whole ten-thousandths of a pound: 700.00007 * 7 / 7
    "2023-05-01 | 2023-05-08 | 700.00007 | 2023-24 7 700.00007",
    // a rate too large to add as ten-thousandths in a long: 2 days of 200,000,000 a week
    "2023-05-01 | 2023-05-03 | 200000000 | 2023-24 2 400000000/7",
  })
  void aStayAtOneRateCostsWeeklyTimesDaysOverSevenInEachFinancialYear(
      String start, String endExclusive, String weekly, String expected) {
    Child child = child("C1", "2010-06-10");
    RateCard card = card("*,*,,,2000-01-01," + weekly);

    PlacementCost cost = CALCULATOR.stay(child, PlacementType.U4, PR1, range(start, endExclusive), card);

    assertYears(cost, expected);
  }

  @Test
  void sevenDaysAt700AWeekIs700Point00() {
    Child child = child("C1", "2015-06-10");
    CareHistory history = history(child, episode("C1", "2023-05-01", "2023-05-08", "C2", "U4", "PR1"));

    PlacementCost cost = CALCULATOR.cost(history, FY_2023_24, END_OF_FY_2023_24, HUNDRED_A_DAY);

    // 700 * 7 / 7 = 700
    assertThat(cost.childId()).isEqualTo(ChildId.of("C1"));
    assertThat(cost.days()).isEqualTo(7);
    assertThat(cost.total()).isEqualTo(pounds("700"));
    assertThat(cost.total().rounded()).isEqualTo(new BigDecimal("700.00"));
    assertThat(cost.year(FinancialYear.of(2023))).map(YearCost::rounded).contains(new BigDecimal("700.00"));
    assertThat(cost.year(FinancialYear.of(2022))).isEmpty();
  }

  @Test
  void ratesWithFourAndFiveDecimalsInOneYearAddUpExactlyWithTheMostDecimals() {
    Child child = child("C1", "2010-06-10");
    RateCard card = card("*,*,,,2000-01-01,700.0001", "*,*,,,2023-05-04,700.00007");

    PlacementCost cost = CALCULATOR.stay(child, PlacementType.U4, PR1, range("2023-05-01", "2023-05-08"), card);

    // 3 days at 700.0001 and 4 at 700.00007: seven times the amount is 2100.0003 + 2800.00028
    assertThat(cost.years()).singleElement().satisfies(year -> {
      assertThat(year.days()).isEqualTo(7);
      assertThat(year.amount().sevenTimes()).isEqualTo(new BigDecimal("4900.00058"));
      assertThat(year.rounded()).isEqualTo(new BigDecimal("700.00"));
    });
  }

  @Test
  void aYearsExactAmountHasTheScaleOfItsRates() {
    Child child = child("C1", "2010-06-10");

    PlacementCost whole = CALCULATOR.stay(child, PlacementType.U4, PR1, range("2023-05-01", "2023-05-08"),
        card("*,*,,,2000-01-01,700"));
    PlacementCost pence = CALCULATOR.stay(child, PlacementType.U4, PR1, range("2023-05-01", "2023-05-08"),
        card("*,*,,,2000-01-01,700.50"));

    // as the sum of each rate times its days would be written
    assertThat(whole.years().get(0).amount().sevenTimes()).isEqualTo(new BigDecimal("4900"));
    assertThat(pence.years().get(0).amount().sevenTimes()).isEqualTo(new BigDecimal("4903.50"));
  }

  @Test
  void aStayAcross31MarchSplitsIntoTwoYearsWithTheirDaysAndAmounts() {
    Child child = child("C1", "2010-06-10");
    RateCard card = card("*,*,,,2000-01-01,100");

    PlacementCost cost =
        CALCULATOR.stay(child, PlacementType.U4, PR1, range("2023-03-25", "2023-04-05"), card);

    // 25-31 March: 7 days at £100 a week = 100; 1-4 April: 4 days = 400/7 = 57.142... -> 57.14;
    // the total 1100/7 = 157.142... -> 157.14
    assertYears(cost, "2022-23 7 100; 2023-24 4 400/7");
    assertThat(cost.years()).extracting(YearCost::rounded)
        .containsExactly(new BigDecimal("100.00"), new BigDecimal("57.14"));
    assertThat(cost.total()).isEqualTo(sevenths("1100"));
    assertThat(cost.total().rounded()).isEqualTo(new BigDecimal("157.14"));
    assertThat(cost.segments())
        .extracting(s -> s.financialYear().toString(), CostSegment::range, CostSegment::days)
        .containsExactly(
            tuple("2022-23", range("2023-03-25", "2023-04-01"), 7L),
            tuple("2023-24", range("2023-04-01", "2023-04-05"), 4L));
  }

  // ------------------------------------------------------------------------------------------
  // ages

  @Test
  void aChildBornOn29FebruaryChangesAgeBandOn1MarchInACommonYear() {
    // born 2012-02-29: 11 on 1 March 2023 (2023 has no 29 February), not on 28 February
    Child child = child("C1", "2012-02-29");
    RateCard card = card("U4,*,,10,2000-01-01,700", "U4,*,11,,2000-01-01,1400");

    PlacementCost cost =
        CALCULATOR.stay(child, PlacementType.U4, PR1, range("2023-02-25", "2023-03-04"), card);

    // 25-28 February aged 10: 4 days at £700 = 400; 1-3 March aged 11: 3 days at £1400 = 600
    assertYears(cost, "2022-23 7 1000");
    assertThat(cost.segments())
        .extracting(CostSegment::range, CostSegment::age, s -> s.row().weeklyCost())
        .containsExactly(
            tuple(range("2023-02-25", "2023-03-01"), 10, new BigDecimal("700")),
            tuple(range("2023-03-01", "2023-03-04"), 11, new BigDecimal("1400")));
  }

  @Test
  void aChildBornOn29FebruaryChangesAgeBandOn29FebruaryInALeapYear() {
    // born 2012-02-29: 12 on 29 February 2024
    Child child = child("C1", "2012-02-29");
    RateCard card = card("U4,*,,11,2000-01-01,700", "U4,*,12,,2000-01-01,1400");

    PlacementCost cost =
        CALCULATOR.stay(child, PlacementType.U4, PR1, range("2024-02-27", "2024-03-02"), card);

    // 27-28 February aged 11: 2 days at £700 = 200; 29 February - 1 March aged 12: 2 days at £1400 = 400
    assertYears(cost, "2023-24 4 600");
    assertThat(cost.segments())
        .extracting(CostSegment::range, CostSegment::age)
        .containsExactly(tuple(range("2024-02-27", "2024-02-29"), 11), tuple(range("2024-02-29", "2024-03-02"), 12));
  }

  @Test
  void aBirthdayANewRateAndANewYearOnTheSameDaySplitTheStayOnce() {
    // born 2013-04-01: 10 on 1 April 2023, the day 2023-24 starts and a new rate for 10+ takes effect
    Child child = child("C1", "2013-04-01");
    RateCard card = card(
        "U4,*,,9,2020-04-01,700",
        "U4,*,10,,2020-04-01,1400",
        "U4,*,10,,2023-04-01,2100");

    PlacementCost cost =
        CALCULATOR.stay(child, PlacementType.U4, PR1, range("2023-03-29", "2023-04-03"), card);

    // 29-31 March aged 9: 3 days at £700 = 300 (2022-23);
    // 1-2 April aged 10 at the 2023 rate: 2 days at £2100 = 600 (2023-24)
    assertYears(cost, "2022-23 3 300; 2023-24 2 600");
    assertThat(cost.segments())
        .extracting(CostSegment::range, CostSegment::age, s -> s.row().toString())
        .containsExactly(
            tuple(range("2023-03-29", "2023-04-01"), 9, "U4,*,,9,2020-04-01,700"),
            tuple(range("2023-04-01", "2023-04-03"), 10, "U4,*,10,,2023-04-01,2100"));
  }

  // ------------------------------------------------------------------------------------------
  // rates changing and the choice of row

  @Test
  void aRateUpliftMidStaySplitsTheStayOnItsEffectiveDate() {
    Child child = child("C1", "2012-01-01");
    RateCard card = card("U4,PR1,,,2022-04-01,700", "U4,PR1,,,2023-06-15,840");

    PlacementCost cost =
        CALCULATOR.stay(child, PlacementType.U4, PR1, range("2023-06-01", "2023-07-01"), card);

    // 1-14 June: 14 days at £700 = 1400; 15-30 June: 16 days at £840 = 840 * 16 / 7 = 1920;
    // 30 days, 3320 in all
    assertYears(cost, "2023-24 30 3320");
    assertThat(cost.segments())
        .extracting(CostSegment::range, CostSegment::weeklyRate)
        .containsExactly(
            tuple(range("2023-06-01", "2023-06-15"), new BigDecimal("700")),
            tuple(range("2023-06-15", "2023-07-01"), new BigDecimal("840")));
  }

  private static final RateCard SPECIFICITY = card(
      "*,*,,,2020-01-01,70",
      "U*,*,,,2020-01-01,700",
      "U*,*,,,2023-01-01,350",
      "U4,*,,,2020-01-01,1400",
      "U4,*,,,2023-09-01,1050",
      "U4,*,5,9,2019-01-01,2800",
      "U4,PR4,,,2020-01-01,2100");

  @ParameterizedTest(name = "{0} {1}, born {2}, week from {3}: {4}")
  @CsvSource(delimiter = '|', value = {
    // exact place and provider beat everything, even the age-bounded U4,* row (the provider is
    // weighed before the ages)
    "U4 | PR4 | 2016-01-10 | 2023-05-01 | U4,PR4,,,2020-01-01,2100",
    // aged 7: the bounded U4,* row beats the unbounded U4,* rows, even the more recent one
    "U4 | PR1 | 2016-01-10 | 2023-05-01 | U4,*,5,9,2019-01-01,2800",
    "U4 | PR1 | 2016-01-10 | 2023-10-01 | U4,*,5,9,2019-01-01,2800",
    // aged 12: the older exact U4 beats the more recent prefix U*, until a newer U4 takes effect
    "U4 | PR1 | 2011-01-10 | 2023-05-01 | U4,*,,,2020-01-01,1400",
    "U4 | PR1 | 2011-01-10 | 2023-10-01 | U4,*,,,2023-09-01,1050",
    // a placement with no provider matches the '*' rows only
    "U4 | -   | 2011-01-10 | 2023-05-01 | U4,*,,,2020-01-01,1400",
    // a prefix beats '*'; of two prefix rows the later one that has taken effect wins
    "U5 | PR4 | 2011-01-10 | 2022-05-01 | U*,*,,,2020-01-01,700",
    "U5 | PR4 | 2011-01-10 | 2023-05-01 | U*,*,,,2023-01-01,350",
    // '*' alone
    "K2 | PR4 | 2011-01-10 | 2023-05-01 | *,*,,,2020-01-01,70",
  })
  void theMostSpecificRowInForceSetsTheRate(
      String place, String provider, String dateOfBirth, String start, String expectedRow) {
    Child child = child("C1", dateOfBirth);
    LocalDate first = LocalDate.parse(start);

    PlacementCost cost = CALCULATOR.stay(child, PlacementType.of(place), provider(provider),
        LocalDateRange.of(first, first.plusDays(7)), SPECIFICITY);

    // a week at the row's weekly cost is the weekly cost
    String weekly = expectedRow.substring(expectedRow.lastIndexOf(',') + 1);
    assertThat(cost.total()).isEqualTo(pounds(weekly));
    assertThat(cost.segments()).singleElement().satisfies(segment -> {
      assertThat(segment.row().toString()).isEqualTo(expectedRow);
      assertThat(segment.days()).isEqualTo(7);
    });
  }

  // ------------------------------------------------------------------------------------------
  // the 18th birthday

  @ParameterizedTest(name = "episode [{0}, {1}) as at {2}: {3}")
  @CsvSource(delimiter = '|', nullValues = "open", value = {
    // born 2005-08-10: 18 on 2023-08-10; 1-9 August is 9 days at £100 = 900
    "2023-08-01 | open       | 2023-12-31 | 2023-24 9 900",
    "2023-08-01 | 2023-09-01 | 2023-12-31 | 2023-24 9 900",
    "2023-08-01 | 2023-08-10 | 2023-12-31 | 2023-24 9 900",
    "2023-08-01 | 2023-08-11 | 2023-12-31 | 2023-24 9 900",
    // the day before the birthday is the last day costed
    "2023-08-09 | open       | 2023-12-31 | 2023-24 1 100",
    // an episode starting on the birthday costs nothing
    "2023-08-10 | open       | 2023-12-31 | -",
    "2023-08-10 | 2023-09-01 | 2023-12-31 | -",
    // as at the day before the birthday, the open episode runs to that day inclusive
    "2023-08-01 | open       | 2023-08-09 | 2023-24 9 900",
  })
  void noDayOnOrAfterThe18thBirthdayIsCosted(String start, String endExclusive, String asAt, String expected) {
    Child child = child("C1", "2005-08-10");
    CareHistory history = history(child, episode("C1", start, endExclusive, "C2", "U4", "PR1"));

    PlacementCost cost = CALCULATOR.cost(history, FY_2023_24, LocalDate.parse(asAt), HUNDRED_A_DAY);

    assertYears(cost, expected);
  }

  @Test
  void aChildBornOn29FebruaryIsCostedTo28FebruaryWhenTurning18InACommonYear() {
    // born 2004-02-29: 18 on 1 March 2022, so 20-28 February 2022 is 9 days (not 8, as
    // LocalDate.plusYears would give with a birthday on 28 February): 900
    Child child = child("C1", "2004-02-29");
    CareHistory history = history(child, episode("C1", "2022-02-20", null, "C2", "U4", "PR1"));

    PlacementCost cost = CALCULATOR.cost(history, FinancialYear.of(2021).range(), LocalDate.of(2022, 6, 30), HUNDRED_A_DAY);

    assertYears(cost, "2021-22 9 900");
    assertThat(cost.segments()).singleElement()
        .satisfies(segment -> assertThat(segment.lastDay()).isEqualTo(LocalDate.of(2022, 2, 28)));
  }

  @Test
  void aBabyIsCostedFromItsFirstDays() {
    // born 3 May 2023, in care from 10 May: 7 days at £100 = 700, at age 0 (a row for babies only)
    Child child = child("C1", "2023-05-03");
    RateCard card = card("U4,*,0,0,2000-01-01,700");

    PlacementCost cost = CALCULATOR.stay(child, PlacementType.U4, PR1, range("2023-05-10", "2023-05-17"), card);

    assertYears(cost, "2023-24 7 700");
    assertThat(cost.segments()).singleElement().satisfies(segment -> assertThat(segment.age()).isZero());
  }

  @Test
  void aStayFromTheDayOfBirthIsCostedFromThatDay() {
    // born 3 May 2023 and placed that day: 3 to 9 May, 7 days at £100 = 700, at age 0
    Child child = child("C1", "2023-05-03");
    RateCard card = card("U4,*,0,0,2000-01-01,700");

    assertYears(CALCULATOR.stay(child, PlacementType.U4, PR1, range("2023-05-03", "2023-05-10"), card),
        "2023-24 7 700");
  }

  @Test
  void aStayThatEndsTheDayBeforeABirthdayIsDatedByItsOwnEnd() {
    // born 2005-06-10; the stay ends on 9 June 2021, the day before the 16th birthday, by its own
    // end (a date of the records), not because the age changed: its last day is dated
    Child child = child("C1", "2005-06-10");
    RateCard card = card("K2,*,,,2000-01-01,700");

    assertThatThrownBy(() -> CALCULATOR.stay(child, PlacementType.U4, PR1, range("2021-05-01", "2021-06-10"), card))
        .isInstanceOfSatisfying(MissingRateException.class, e -> assertThat(e.missing()).singleElement()
            .satisfies(missing -> {
              assertThat(missing.endsBeforeBirthday()).isFalse();
              assertThat(missing.message()).contains("at age 15 from 2021-05-01 to 2021-06-09;");
            }));
  }

  @Test
  void aStayThatStartsOnABirthdayIsCostedAtTheNewAgeFromItsFirstDay() {
    // born 2010-06-10: 15 on 10 June 2025; the card prices 15 to 17 only, so a stay from the
    // birthday needs no rate for age 14: 7 days at £700 = 700
    Child child = child("C1", "2010-06-10");
    RateCard card = card("U4,*,15,17,2000-01-01,700");

    PlacementCost cost = CALCULATOR.stay(child, PlacementType.U4, PR1, range("2025-06-10", "2025-06-17"), card);

    assertYears(cost, "2025-26 7 700");
    assertThat(cost.segments()).extracting(CostSegment::range, CostSegment::age)
        .containsExactly(tuple(range("2025-06-10", "2025-06-17"), 15));
  }

  @Test
  void aStayOfThreeYearsHasThreeYearsEachWithItsDays() {
    // 2021-22 and 2022-23 have 365 days, 2023-24 has 366 (29 February 2024): at £100 a day
    // 36500, 36500 and 36600; then 2024-25 to 9 April, 9 days, 900
    Child child = child("C1", "2012-01-01");

    PlacementCost cost = CALCULATOR.stay(child, PlacementType.U4, PR1, range("2021-04-01", "2024-04-10"), HUNDRED_A_DAY);

    assertYears(cost, "2021-22 365 36500; 2022-23 365 36500; 2023-24 366 36600; 2024-25 9 900");
    assertThat(cost.days()).isEqualTo(365 + 365 + 366 + 9);
  }

  @Test
  void aStayIsCappedAtThe18thBirthdayToo() {
    Child child = child("C1", "2005-08-10");

    // 1-9 August 2023: 9 days at £100 = 900; a stay from the birthday on costs nothing
    assertYears(CALCULATOR.stay(child, PlacementType.U4, PR1, range("2023-08-01", "2024-08-01"), HUNDRED_A_DAY),
        "2023-24 9 900");
    assertYears(CALCULATOR.stay(child, PlacementType.U4, PR1, range("2023-08-10", "2024-08-01"), HUNDRED_A_DAY),
        "-");
    assertYears(CALCULATOR.stay(child, PlacementType.U4, PR1, LocalDateRange.ofUnboundedEnd(LocalDate.parse("2023-08-01")),
        HUNDRED_A_DAY), "2023-24 9 900");
  }

  // ------------------------------------------------------------------------------------------
  // which episodes and days: short breaks, the as-at date, the window

  @Test
  void shortBreaksAreLeftOutUnlessAskedFor() {
    Child child = child("C1", "2012-01-01");
    CareHistory history = history(child,
        episode("C1", "2023-05-01", "2023-05-08", "V3", "U4", "PR1"),
        episode("C1", "2023-06-01", "2023-06-08", "C2", "U4", "PR1"),
        episode("C1", "2023-07-01", "2023-07-04", "V4", "U4", "PR1"));

    // the C2 episode only: 7 days at £100 = 700
    assertYears(CALCULATOR.cost(history, FY_2023_24, END_OF_FY_2023_24, HUNDRED_A_DAY), "2023-24 7 700");
    // with short breaks: 7 + 7 + 3 = 17 days, 1700
    PlacementCostCalculator withShortBreaks = PlacementCostCalculator.of(ShortBreaks.INCLUDE);
    assertYears(withShortBreaks.cost(history, FY_2023_24, END_OF_FY_2023_24, HUNDRED_A_DAY), "2023-24 17 1700");
    assertThat(withShortBreaks.shortBreaks()).isEqualTo(ShortBreaks.INCLUDE);
    assertThat(PlacementCostCalculator.of(ShortBreaks.EXCLUDE)).isSameAs(CALCULATOR);
    assertThat(CALCULATOR.shortBreaks()).isEqualTo(ShortBreaks.EXCLUDE);
  }

  @Test
  void aShortBreakNeedsNoRateWhenItIsLeftOut() {
    Child child = child("C1", "2012-01-01");
    CareHistory history = history(child,
        episode("C1", "2023-05-01", "2023-05-08", "V3", "K2", "PR1"),
        episode("C1", "2023-06-01", "2023-06-08", "C2", "U4", "PR1"));
    RateCard card = card("U4,*,,,2000-01-01,700");

    assertYears(CALCULATOR.cost(history, FY_2023_24, END_OF_FY_2023_24, card), "2023-24 7 700");
    assertThatThrownBy(() -> PlacementCostCalculator.of(ShortBreaks.INCLUDE)
        .cost(history, FY_2023_24, END_OF_FY_2023_24, card))
        .isInstanceOf(MissingRateException.class);
  }

  @ParameterizedTest(name = "episode [2023-05-01, {0}) as at {1}: {2}")
  @CsvSource(delimiter = '|', nullValues = "open", value = {
    // open: runs to the as-at date inclusive; 1-7 May is 7 days at £100 = 700
    "open       | 2023-05-07 | 2023-24 7 700",
    "open       | 2023-05-01 | 2023-24 1 100",
    // starting after the as-at date: not yet in care
    "open       | 2023-04-30 | -",
    // ending after the as-at date: open at it
    "2023-06-01 | 2023-05-07 | 2023-24 7 700",
    "2023-06-01 | 2023-05-31 | 2023-24 31 3100",
    // ended by the as-at date: its own 31 days
    "2023-06-01 | 2023-06-01 | 2023-24 31 3100",
    "2023-06-01 | 2023-12-31 | 2023-24 31 3100",
  })
  void anOpenEpisodeRunsToTheAsAtDateInclusive(String endExclusive, String asAt, String expected) {
    Child child = child("C1", "2012-01-01");
    CareHistory history = history(child, episode("C1", "2023-05-01", endExclusive, "C2", "U4", "PR1"));

    PlacementCost cost = CALCULATOR.cost(history, FY_2023_24, LocalDate.parse(asAt), HUNDRED_A_DAY);

    assertYears(cost, expected);
  }

  @ParameterizedTest(name = "window [{0}, {1}): {2}")
  @CsvSource(delimiter = '|', value = {
    // episode [2023-05-01, 2023-06-01) at £100 a day
    "2023-05-10 | 2023-05-17 | 2023-24 7 700",
    "2023-04-20 | 2023-05-03 | 2023-24 2 200",
    "2023-05-31 | 2023-06-01 | 2023-24 1 100",
    "2023-05-31 | 2023-07-01 | 2023-24 1 100",
    "2023-04-01 | 2023-05-01 | -",
    "2023-06-01 | 2023-07-01 | -",
    "2023-05-10 | 2023-05-10 | -",
    "2023-04-01 | 2024-04-01 | 2023-24 31 3100",
  })
  void onlyTheDaysInTheWindowAreCosted(String windowStart, String windowEnd, String expected) {
    Child child = child("C1", "2012-01-01");
    CareHistory history = history(child, episode("C1", "2023-05-01", "2023-06-01", "C2", "U4", "PR1"));

    PlacementCost cost = CALCULATOR.cost(history, range(windowStart, windowEnd), END_OF_FY_2023_24, HUNDRED_A_DAY);

    assertYears(cost, expected);
  }

  @Test
  void aWindowOfOneFinancialYearCostsOnlyThatYearsPartOfAStay() {
    Child child = child("C1", "2012-01-01");
    CareHistory history = history(child, episode("C1", "2023-03-25", "2023-04-05", "C2", "U4", "PR1"));

    // 25-31 March: 7 days = 700 in 2022-23; 1-4 April: 4 days = 400 in 2023-24
    assertYears(CALCULATOR.cost(history, FinancialYear.of(2022).range(), END_OF_FY_2023_24, HUNDRED_A_DAY),
        "2022-23 7 700");
    assertYears(CALCULATOR.cost(history, FY_2023_24, END_OF_FY_2023_24, HUNDRED_A_DAY), "2023-24 4 400");
    assertYears(CALCULATOR.cost(history, range("2022-04-01", "2024-04-01"), END_OF_FY_2023_24, HUNDRED_A_DAY),
        "2022-23 7 700; 2023-24 4 400");
  }

  @Test
  void episodesInDifferentPlacementsEachTakeTheirOwnRate() {
    Child child = child("C1", "2012-01-01");
    CareHistory history = history(child,
        episode("C1", "2023-05-01", "2023-05-08", "C2", "U4", "PR1"),
        episode("C1", "2023-05-08", "2023-05-08", "C2", "K2", "PR4"),
        episode("C1", "2023-05-08", "2023-05-15", "C2", "K2", "PR4"),
        episode("C1", "2023-06-01", null, "C2", "U5", "PR1"));
    RateCard card = card("U*,*,,,2000-01-01,700", "K2,*,,,2000-01-01,3500");

    PlacementCost cost = CALCULATOR.cost(history, FY_2023_24, LocalDate.of(2023, 6, 2), card);

    // U4 7 days at £700 = 700; the zero-day K2 episode costs nothing; K2 7 days at £3500 = 3500;
    // U5 1-2 June (open, as at 2 June) 2 days at £700 = 200; 16 days, 4400
    assertYears(cost, "2023-24 16 4400");
    assertThat(cost.segments())
        .extracting(CostSegment::episodeStart, CostSegment::placementType, CostSegment::days)
        .containsExactly(
            tuple(LocalDate.of(2023, 5, 1), PlacementType.U4, 7L),
            tuple(LocalDate.of(2023, 5, 8), PlacementType.K2, 7L),
            tuple(LocalDate.of(2023, 6, 1), PlacementType.U5, 2L));
  }

  @Test
  void aHistoryWithNoEpisodesCostsNothing() {
    CareHistory history = CareHistory.of(child("C1", "2012-01-01"), List.of());

    PlacementCost cost = CALCULATOR.cost(history, FY_2023_24, END_OF_FY_2023_24, HUNDRED_A_DAY);

    assertThat(cost.years()).isEmpty();
    assertThat(cost.days()).isZero();
    assertThat(cost.total()).isEqualTo(ExactAmount.ZERO);
    assertThat(cost.segments()).isEmpty();
  }

  // ------------------------------------------------------------------------------------------
  // a £0 row

  @Test
  void aZeroRowStillGivesAYearWithItsDaysAt0Point00() {
    Child child = child("C1", "2012-01-01");
    CareHistory history = history(child, episode("C1", "2023-05-01", "2023-05-11", "C2", "K2", "PR4"));

    PlacementCost cost = CALCULATOR.cost(history, FY_2023_24, END_OF_FY_2023_24, card("K2,*,,,2000-01-01,0"));

    // 10 days at £0 = 0
    assertYears(cost, "2023-24 10 0");
    assertThat(cost.years().get(0).rounded().toPlainString()).isEqualTo("0.00");
    assertThat(cost.explain()).contains("2023-24: 10 days, £0.00", "Total: 10 days, £0.00");
  }

  // ------------------------------------------------------------------------------------------
  // missing rates

  @Test
  void everyStretchWithNoRateIsListedWithTheChildEpisodePlacementAgeAndDays() {
    // born 2012-01-01, so 11 throughout
    Child child = child("C1", "2012-01-01");
    CareHistory history = history(child,
        episode("C1", "2023-06-01", "2023-07-01", "C2", "U4", "PR1"),
        episode("C1", "2023-07-01", "2023-07-10", "C2", "K2", "PR1"));
    RateCard card = card("U4,*,,,2023-06-15,700");

    // U4 has no rate before 15 June: 1-14 June; K2 has none at all: 1-9 July
    assertThatThrownBy(() -> CALCULATOR.cost(history, FY_2023_24, END_OF_FY_2023_24, card))
        .isInstanceOfSatisfying(MissingRateException.class, e -> {
          assertThat(e.missing())
              .extracting(MissingRate::childId, MissingRate::episodeStart, MissingRate::placementType,
                  MissingRate::placementProvider, MissingRate::age, MissingRate::firstDay, MissingRate::lastDay)
              .containsExactly(
                  tuple(ChildId.of("C1"), LocalDate.of(2023, 6, 1), PlacementType.U4, PR1, 11,
                      LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 14)),
                  tuple(ChildId.of("C1"), LocalDate.of(2023, 7, 1), PlacementType.K2, PR1, 11,
                      LocalDate.of(2023, 7, 1), LocalDate.of(2023, 7, 9)));
          assertThat(e.missing().get(0).message()).contains(
              "child C1", "episode starting 2023-06-01", "placement U4", "provider PR1", "age 11",
              "from 2023-06-01 to 2023-06-14");
          assertThat(e.missing().get(1).message()).contains(
              "child C1", "episode starting 2023-07-01", "placement K2", "provider PR1", "age 11",
              "from 2023-07-01 to 2023-07-09");
          assertThat(e).hasMessageContaining(e.missing().get(0).message())
              .hasMessageContaining(e.missing().get(1).message());
          // the date of birth is personal data and never in a message
          assertThat(e.getMessage()).doesNotContain("2012-01-01");
        });
  }

  @Test
  void consecutiveDaysWithNoRateAreOneStretchEvenAcross31March() {
    Child child = child("C1", "2012-01-01");
    CareHistory history = history(child, episode("C1", "2023-03-20", "2023-04-20", "C2", "U4", "PR1"));
    RateCard card = card("U4,*,,,2023-04-10,700");

    // no rate from 20 March to 9 April, one stretch though it spans two financial years
    assertThatThrownBy(() -> CALCULATOR.cost(history, range("2022-04-01", "2024-04-01"), END_OF_FY_2023_24, card))
        .isInstanceOfSatisfying(MissingRateException.class, e -> assertThat(e.missing())
            .extracting(MissingRate::firstDay, MissingRate::lastDay, MissingRate::age)
            .containsExactly(tuple(LocalDate.of(2023, 3, 20), LocalDate.of(2023, 4, 9), 11)));
  }

  @Test
  void aStretchWithNoRateIsSplitAtABirthdaySoEachNamesItsAge() {
    // born 2012-04-01: 10 until 31 March 2023, 11 from 1 April 2023
    Child child = child("C1", "2012-04-01");
    CareHistory history = history(child, episode("C1", "2023-03-20", "2023-04-20", "C2", "U4", "PR1"));
    RateCard card = card("U4,*,,,2023-04-10,700");

    assertThatThrownBy(() -> CALCULATOR.cost(history, range("2022-04-01", "2024-04-01"), END_OF_FY_2023_24, card))
        .isInstanceOfSatisfying(MissingRateException.class, e -> assertThat(e.missing())
            .extracting(MissingRate::firstDay, MissingRate::lastDay, MissingRate::age)
            .containsExactly(
                tuple(LocalDate.of(2023, 3, 20), LocalDate.of(2023, 3, 31), 10),
                tuple(LocalDate.of(2023, 4, 1), LocalDate.of(2023, 4, 9), 11)));
  }

  @Test
  void anAgeBandThatStopsLeavesTheDaysAfterTheBirthdayWithNoRate() {
    // born 2012-06-10: 11 on 10 June 2023; the card prices children up to 10 only
    Child child = child("C1", "2012-06-10");
    RateCard card = card("U4,*,,10,2000-01-01,700");

    assertThatThrownBy(() -> CALCULATOR.stay(child, PlacementType.U4, PR1, range("2023-06-01", "2023-06-20"), card))
        .isInstanceOfSatisfying(MissingRateException.class, e -> assertThat(e.missing())
            .extracting(MissingRate::episodeStart, MissingRate::firstDay, MissingRate::lastDay, MissingRate::age)
            .containsExactly(tuple(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 10), LocalDate.of(2023, 6, 19), 11)));
  }

  @Test
  void aStretchBoundedByABirthdayNamesTheBirthdayNotItsDate() {
    // born 2005-06-10: 16 on 10 June 2021, 17 on 10 June 2022, 18 on 10 June 2023, when care
    // ends; the card prices children up to 15 only
    Child child = child("C1", "2005-06-10");
    RateCard card = card("U4,*,,15,2000-01-01,700");

    assertThatThrownBy(() -> CALCULATOR.stay(child, PlacementType.U4, PR1, range("2021-05-01", "2023-08-01"), card))
        .isInstanceOfSatisfying(MissingRateException.class, e -> {
          assertThat(e.missing())
              .extracting(MissingRate::firstDay, MissingRate::lastDay, MissingRate::age,
                  MissingRate::startsOnBirthday, MissingRate::endsBeforeBirthday)
              .containsExactly(
                  tuple(LocalDate.of(2021, 6, 10), LocalDate.of(2022, 6, 9), 16, true, true),
                  tuple(LocalDate.of(2022, 6, 10), LocalDate.of(2023, 6, 9), 17, true, true));
          assertThat(e.missing().get(0).message())
              .contains("at age 16 from the 16th birthday to the day before the 17th birthday;");
          assertThat(e.missing().get(1).message())
              .contains("at age 17 from the 17th birthday to the day before the 18th birthday;");
          // a birthday, or the day before one, with the age beside it, gives away the date of birth
          assertThat(e.getMessage()).doesNotContain("-06-10", "-06-09");
        });
  }

  @Test
  void aStretchThatBeginsAndEndsWithItsStayIsDatedThoughItBeginsOnABirthday() {
    // born 2005-06-10; the stay begins on the 16th birthday, a date of the records, not one
    // worked out from the date of birth, and ends on 31 July 2021
    Child child = child("C1", "2005-06-10");
    RateCard card = card("U4,*,,15,2000-01-01,700");

    assertThatThrownBy(() -> CALCULATOR.stay(child, PlacementType.U4, PR1, range("2021-06-10", "2021-08-01"), card))
        .isInstanceOfSatisfying(MissingRateException.class, e -> assertThat(e.missing()).singleElement()
            .satisfies(missing -> {
              assertThat(missing.startsOnBirthday()).isFalse();
              assertThat(missing.endsBeforeBirthday()).isFalse();
              assertThat(missing.message()).contains("at age 16 from 2021-06-10 to 2021-07-31;");
            }));
  }

  @Test
  void aStretchCutByAFirstOfAprilBirthdayNamesTheBirthday() {
    // born 2012-04-01: a birthday that is also the first day of a financial year
    Child child = child("C1", "2012-04-01");
    RateCard card = card("U4,*,,,2023-04-10,700");

    assertThatThrownBy(() -> CALCULATOR.stay(child, PlacementType.U4, PR1, range("2023-03-20", "2023-04-20"), card))
        .isInstanceOfSatisfying(MissingRateException.class, e -> assertThat(e.missing())
            .extracting(MissingRate::message)
            .satisfiesExactly(
                first -> assertThat(first).contains("at age 10 from 2023-03-20 to the day before the 11th birthday;"),
                second -> assertThat(second).contains("at age 11 from the 11th birthday to 2023-04-09;")));
  }

  @Test
  void aSingleDayWithNoRateIsNamedByItsDateAndANoProviderPlacementSaysSo() {
    Child child = child("C1", "2012-01-01");
    RateCard card = card("U4,*,,,2023-06-15,700", "K2,PR4,,,2000-01-01,700");

    assertThatThrownBy(() -> CALCULATOR.stay(child, PlacementType.U4, Optional.empty(), range("2023-06-14", "2023-06-20"), card))
        .isInstanceOfSatisfying(MissingRateException.class, e -> {
          assertThat(e.missing()).singleElement().satisfies(missing -> {
            assertThat(missing.firstDay()).isEqualTo(missing.lastDay()).isEqualTo(LocalDate.of(2023, 6, 14));
            assertThat(missing.placementProvider()).isEmpty();
            assertThat(missing.message()).contains("on 2023-06-14", "provider (none)").doesNotContain(" from ");
          });
        });
    // K2 with no provider matches only a '*' provider row: none here
    assertThatThrownBy(() -> CALCULATOR.stay(child, PlacementType.K2, Optional.empty(), range("2023-06-14", "2023-06-20"), card))
        .isInstanceOf(MissingRateException.class);
  }

  @Test
  void aRateIsNeededOnlyForTheDaysCosted() {
    Child child = child("C1", "2005-08-10");
    CareHistory history = history(child,
        episode("C1", "2023-06-01", "2023-07-01", "C2", "U4", "PR1"),
        episode("C1", "2023-07-01", null, "C2", "K2", "PR1"));
    RateCard card = card("U4,*,,,2023-06-15,700");

    // the window leaves out 1-14 June; the as-at date leaves out the K2 episode
    assertYears(CALCULATOR.cost(history, range("2023-06-15", "2024-04-01"), LocalDate.of(2023, 6, 30), card),
        "2023-24 16 1600");
    // no rate is looked up on or after the 18th birthday (2023-08-10), where no row could apply:
    // June 30 days + 1 July to 9 August 40 days = 70 days at £100 = 7000
    RateCard everyPlacement = card("U4,*,,,2000-01-01,700", "K2,*,,,2000-01-01,700");
    assertYears(CALCULATOR.cost(history, FY_2023_24, END_OF_FY_2023_24, everyPlacement), "2023-24 70 7000");
  }

  @Test
  void aMissingRateExceptionNamesAtLeastOneStretch() {
    assertThatIllegalArgumentException().isThrownBy(() -> new MissingRateException(List.of()));
  }

  // ------------------------------------------------------------------------------------------
  // a batch

  @Test
  void aBatchKeepsGoingPastAChildWithAMissingRateAndLeavesOutChildrenWithNoDays() {
    RateCard card = card("U*,*,,,2000-01-01,700", "K2,PR4,,,2000-01-01,0");
    List<CareHistory> histories = List.of(
        // 7 days at £700 = 700
        history(child("C1", "2012-01-01"), episode("C1", "2023-05-01", "2023-05-08", "C2", "U4", "PR1")),
        // K2 with PR1: no row
        history(child("C2", "2012-01-01"), episode("C2", "2023-05-01", "2023-05-08", "C2", "K2", "PR1")),
        // 14 days at £700 = 1400
        history(child("C3", "2012-01-01"), episode("C3", "2023-06-01", "2023-06-15", "C2", "U5", "PR4")),
        // no day in the window: left out, though its placement has no rate either
        history(child("C4", "2012-01-01"), episode("C4", "2022-05-01", "2022-05-08", "C2", "K2", "PR1")),
        // 10 days at £0: kept, at 0.00
        history(child("C5", "2012-01-01"), episode("C5", "2023-05-01", "2023-05-11", "C2", "K2", "PR4")));

    BatchResult<PlacementCost> result = CALCULATOR.costs(histories, FY_2023_24, END_OF_FY_2023_24, card);

    assertThat(result.values()).extracting(c -> c.childId().value()).containsExactly("C1", "C3", "C5");
    assertYears(result.values().get(0), "2023-24 7 700");
    assertYears(result.values().get(1), "2023-24 14 1400");
    assertYears(result.values().get(2), "2023-24 10 0");
    assertThat(result.hasFailures()).isTrue();
    assertThat(result.failures()).singleElement().satisfies(failure -> {
      assertThat(failure.childId()).contains(ChildId.of("C2"));
      assertThat(failure.message()).contains("K2", "PR1", "2023-05-01", "2023-05-07");
    });
  }

  /** The children of the batch above, and one whose only day is the as-at date. */
  private static List<CareHistory> batchOfSix() {
    return List.of(
        history(child("C1", "2012-01-01"), episode("C1", "2023-05-01", "2023-05-08", "C2", "U4", "PR1")),
        history(child("C2", "2012-01-01"), episode("C2", "2023-05-01", "2023-05-08", "C2", "K2", "PR1")),
        history(child("C3", "2012-01-01"), episode("C3", "2023-06-01", "2023-06-15", "C2", "U5", "PR4")),
        history(child("C4", "2012-01-01"), episode("C4", "2022-05-01", "2022-05-08", "C2", "K2", "PR1")),
        history(child("C5", "2012-01-01"), episode("C5", "2023-05-01", "2023-05-11", "C2", "K2", "PR4")),
        // open from the as-at date, 31 March 2024: one day at £700 a week = 100
        history(child("C6", "2012-01-01"), episode("C6", "2024-03-31", null, "C2", "U4", "PR1")));
  }

  @Test
  void aBatchOfCareDataCostsAsABatchOfHistoriesDoes() {
    RateCard card = card("U*,*,,,2000-01-01,700", "K2,PR4,,,2000-01-01,0");
    List<CareHistory> histories = batchOfSix();
    CareData data = CareData.of(histories);

    BatchResult<PlacementCost> ofHistories = CALCULATOR.costs(histories, FY_2023_24, END_OF_FY_2023_24, card);
    BatchResult<PlacementCost> ofData = CALCULATOR.costs(data, FY_2023_24, END_OF_FY_2023_24, card);
    BatchResult<PlacementCost> inParallel = CALCULATOR.costsInParallel(data, FY_2023_24, END_OF_FY_2023_24, card);

    // as aBatchKeepsGoingPastAChildWithAMissingRateAndLeavesOutChildrenWithNoDays, and C6
    for (BatchResult<PlacementCost> result : List.of(ofHistories, ofData, inParallel)) {
      assertThat(result.values()).extracting(c -> c.childId().value()).containsExactly("C1", "C3", "C5", "C6");
      assertYears(result.values().get(0), "2023-24 7 700");
      assertYears(result.values().get(1), "2023-24 14 1400");
      assertYears(result.values().get(2), "2023-24 10 0");
      assertYears(result.values().get(3), "2023-24 1 100");
      assertThat(result.failures()).extracting(Failure::childId).containsExactly(Optional.of(ChildId.of("C2")));
    }
    assertThat(ofData.values().get(0).explain()).isEqualTo(ofHistories.values().get(0).explain());
  }

  @Test
  void aBatchOfSomeOfTheChildrenCostsThoseOnly() {
    RateCard card = card("U*,*,,,2000-01-01,700", "K2,PR4,,,2000-01-01,0");
    CareData data = CareData.of(batchOfSix());

    // children 2 to 4 are C3, C4 (no day in the window) and C5
    BatchResult<PlacementCost> result = CALCULATOR.costs(data, 2, 5, FY_2023_24, END_OF_FY_2023_24, card);

    assertThat(result.values()).extracting(c -> c.childId().value()).containsExactly("C3", "C5");
    assertThat(result.failures()).isEmpty();
    assertThat(CALCULATOR.costs(data, 3, 3, FY_2023_24, END_OF_FY_2023_24, card).values()).isEmpty();
    assertThatThrownBy(() -> CALCULATOR.costs(data, 2, 7, FY_2023_24, END_OF_FY_2023_24, card))
        .isInstanceOf(IndexOutOfBoundsException.class);
    // the as-at date ends the window: C6, open from the as-at date, has that day only
    assertYears(CALCULATOR.costs(data, 5, 6, range("2024-03-01", "2024-06-01"), END_OF_FY_2023_24, card)
        .values().get(0), "2023-24 1 100");
  }

  @Test
  void aBatchCostedInParallelRunsIsTheSameInOrderOfChild() {
    // 12,288 children, three runs of 4,096: child i is in care for i % 10 days from 1 May 2023
    // (none when that is 0), in U4 at £700 a week, so £100 a day, except every 1000th, in K2,
    // which has no rate
    int children = 3 * 4096;
    List<Child> list = new ArrayList<>(children);
    int[] first = new int[children];
    int[] end = new int[children];
    EpisodeColumns.Builder columns = EpisodeColumns.builder();
    int start = (int) LocalDate.of(2023, 5, 1).toEpochDay();
    for (int i = 0; i < children; i++) {
      list.add(child(String.format("C%05d", i), "2012-01-01"));
      first[i] = columns.size();
      int row = columns.addRow();
      columns.set(row, start, start + i % 10, ReasonForNewEpisode.S, LegalStatus.C2, null,
          i % 1000 == 1 ? PlacementType.K2 : PlacementType.U4, PlacementProvider.PR1,
          ReasonEpisodeCeased.E8, null, null);
      end[i] = columns.size();
    }
    CareData data = CareData.of(list, first, end, columns.build());
    RateCard card = card("U4,*,,,2000-01-01,700");

    BatchResult<PlacementCost> result = CALCULATOR.costsInParallel(data, FY_2023_24, END_OF_FY_2023_24, card);

    // children with 0 days (i % 10 == 0) are left out; those in K2 (i = 1, 1001, ..., 12001) fail
    List<String> costed = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    for (int i = 0; i < children; i++) {
      if (i % 1000 == 1) {
        failed.add(String.format("C%05d", i));
      } else if (i % 10 != 0) {
        costed.add(String.format("C%05d", i));
      }
    }
    assertThat(result.values().stream().map(c -> c.childId().value()).toList()).isEqualTo(costed);
    assertThat(result.failures().stream().map(f -> f.childId().orElseThrow().value()).toList()).isEqualTo(failed);
    // child 12,287 has 7 days: 700
    assertYears(result.values().get(result.values().size() - 1), "2023-24 7 700");
  }

  @Test
  void aBatchOfNoChildrenIsEmpty() {
    BatchResult<PlacementCost> result = CALCULATOR.costs(List.of(), FY_2023_24, END_OF_FY_2023_24, HUNDRED_A_DAY);

    assertThat(result.values()).isEmpty();
    assertThat(result.failures()).isEmpty();
  }

  // ------------------------------------------------------------------------------------------
  // explanations and breakdowns

  @Test
  void explainReadsOutTheSegmentAsDocumented() {
    // the example of CostSegment.explain: aged 7 from 1 to 7 April 2024 in U4 with PR1, at the
    // U*,PR1 row for 5-10 year olds on line 4 of the card: £700 a week x 7 / 7 = £700.00
    Child child = child("C1", "2017-01-15");
    RateCard card = card("*,*,,,2000-01-01,100", "U*,*,,,2000-01-01,500", "U*,PR1,5,10,2024-04-01,700");

    PlacementCost cost = CALCULATOR.stay(child, PlacementType.U4, PR1, range("2024-04-01", "2024-04-08"), card);

    assertThat(cost.segments()).singleElement().satisfies(segment -> assertThat(segment.explain())
        .isEqualTo("2024-04-01 to 2024-04-07, 7 days, U4 PR1, age 7: £700 a week"
            + " (rates.csv line 4: U*,PR1,5,10,2024-04-01,700) x 7 / 7 = £700.00"));
    assertThat(cost.explain())
        .contains("child C1", "2024-25: 7 days, £700.00", "Total: 7 days, £700.00", "rates.csv line 4")
        .doesNotContain("2017-01-15");
  }

  @Test
  void explainGivesEachYearAndEachSegmentWithItsRowSourceAndAmount() {
    Child child = child("C1", "2012-01-01");
    CareHistory history = history(child, episode("C1", "2023-03-25", "2023-04-05", "C2", "U4", "PR1"));
    RateCard card = card("*,*,,,2000-01-01,100", "K2,*,,,2000-01-01,3500");

    String explained = CALCULATOR.cost(history, range("2023-03-01", "2023-05-01"), END_OF_FY_2023_24, card).explain();

    // 7 days at £100 = 100.00; 4 days = 400/7 = 57.14; 11 days = 1100/7 = 157.14
    assertThat(explained.lines()).containsSubsequence(
        "2022-23: 7 days, £100.00",
        "  2023-03-25 to 2023-03-31, 7 days, U4 PR1, age 11: £100 a week"
            + " (rates.csv line 2: *,*,,,2000-01-01,100) x 7 / 7 = £100.00",
        "2023-24: 4 days, £57.14",
        "  2023-04-01 to 2023-04-04, 4 days, U4 PR1, age 11: £100 a week"
            + " (rates.csv line 2: *,*,,,2000-01-01,100) x 4 / 7 = £57.14",
        "Total: 11 days, £157.14");
    assertThat(explained).contains("child C1", "2023-03-01", "2023-04-30", "as at 2024-03-31");
    assertThat(explained).doesNotContain("rates.csv line 3", "2012-01-01");
  }

  @Test
  void explainsTotalIsTheSumOfTheRoundedYearsItTotals() {
    Child child = child("C1", "2012-01-01");
    RateCard card = card("*,*,,,2000-01-01,100");

    String explained =
        CALCULATOR.stay(child, PlacementType.U4, PR1, range("2023-03-31", "2023-04-02"), card).explain();

    // 31 March 2023 and 1 April 2023: one day in each year, 100/7 = 14.2857... -> 14.29 each;
    // the rows printed add up to 28.58, though the exact 200/7 = 28.571... rounds to 28.57
    assertThat(explained.lines()).containsSubsequence(
        "2022-23: 1 day, £14.29", "2023-24: 1 day, £14.29", "Total: 2 days, £28.58");
  }

  @Test
  void explainWarnsOfRoundingOnlyWhenThereAreSeveralLines() {
    Child child = child("C1", "2012-01-01");

    String one = CALCULATOR.stay(child, PlacementType.U4, PR1, range("2023-05-01", "2023-05-08"), HUNDRED_A_DAY)
        .explain();
    String two = CALCULATOR.stay(child, PlacementType.U4, PR1, range("2023-03-31", "2023-04-02"), HUNDRED_A_DAY)
        .explain();

    assertThat(one).doesNotContain("(Each line is its exact amount rounded to pence");
    assertThat(two).contains("(Each line is its exact amount rounded to pence");
  }

  @Test
  void aCostAndItsYearsReadOutTheirFigures() {
    Child child = child("C1", "2012-01-01");

    PlacementCost cost = CALCULATOR.stay(child, PlacementType.U4, PR1, range("2023-05-01", "2023-05-02"),
        card("*,*,,,2000-01-01,100"));

    // one day at £100 a week: 100/7 = 14.2857..., £14.29
    YearCost year = cost.years().get(0);
    assertThat(year.money()).isEqualTo(org.javamoney.moneta.Money.of(new BigDecimal("14.29"), "GBP"));
    assertThat(year.amount().toMoney()).isEqualTo(year.money());
    assertThat(cost.toString()).contains("C1", "from 2023-05-01", "2023-24");
    assertThat(YearCost.of(FinancialYear.of(2023), 0, ExactAmount.ZERO).days()).isZero();
    assertThatIllegalArgumentException().isThrownBy(() -> YearCost.of(FinancialYear.of(2023), -1, ExactAmount.ZERO));
  }

  @Test
  void theSegmentsAddUpToEachYearAndToTheTotal() {
    // the stay of aBirthdayANewRateAndANewYearOnTheSameDaySplitTheStayOnce, longer, plus an uplift
    Child child = child("C1", "2013-04-01");
    RateCard card = card(
        "U4,*,,9,2020-04-01,700",
        "U4,*,10,,2020-04-01,1400",
        "U4,*,10,,2023-04-01,2100",
        "U4,*,10,,2023-04-20,2800");

    PlacementCost cost = CALCULATOR.stay(child, PlacementType.U4, PR1, range("2023-03-29", "2023-05-01"), card);

    // 29-31 March aged 9: 3 days at £700 = 300 (2022-23); 1-19 April aged 10: 19 days at £2100
    // = 5700; 20-30 April: 11 days at £2800 = 4400; 2023-24: 30 days, 10100
    assertYears(cost, "2022-23 3 300; 2023-24 30 10100");
    assertThat(cost.segments()).hasSize(3);
    for (YearCost year : cost.years()) {
      List<CostSegment> inYear = cost.segments().stream().filter(s -> s.financialYear().equals(year.year())).toList();
      assertThat(inYear.stream().mapToLong(CostSegment::days).sum()).isEqualTo(year.days());
      assertThat(inYear.stream().map(CostSegment::amount).reduce(ExactAmount.ZERO, ExactAmount::plus))
          .isEqualTo(year.amount());
    }
    assertThat(cost.segments().stream().map(CostSegment::amount).reduce(ExactAmount.ZERO, ExactAmount::plus))
        .isEqualTo(cost.total()).isEqualTo(pounds("10400"));
    assertThat(cost.segments()).isSameAs(cost.segments());
  }

  // ------------------------------------------------------------------------------------------
  // arguments

  @Test
  void aStayCannotStartBeforeTheDateOfBirth() {
    Child child = child("C1", "2012-01-01");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> CALCULATOR.stay(child, PlacementType.U4, PR1, range("2011-12-31", "2012-01-08"), HUNDRED_A_DAY))
        .withMessageContaining("date of birth")
        .withMessageNotContaining("2012-01-01");
  }

  @Test
  void refusesNulls() {
    Child child = child("C1", "2012-01-01");
    CareHistory history = history(child, episode("C1", "2023-05-01", "2023-05-08", "C2", "U4", "PR1"));
    LocalDateRange stay = range("2023-05-01", "2023-05-08");
    LocalDate asAt = END_OF_FY_2023_24;

    assertThatNullPointerException().isThrownBy(() -> CALCULATOR.stay(null, PlacementType.U4, PR1, stay, HUNDRED_A_DAY));
    assertThatNullPointerException().isThrownBy(() -> CALCULATOR.stay(child, null, PR1, stay, HUNDRED_A_DAY));
    assertThatNullPointerException().isThrownBy(() -> CALCULATOR.stay(child, PlacementType.U4, null, stay, HUNDRED_A_DAY));
    assertThatNullPointerException().isThrownBy(() -> CALCULATOR.stay(child, PlacementType.U4, PR1, null, HUNDRED_A_DAY));
    assertThatNullPointerException().isThrownBy(() -> CALCULATOR.stay(child, PlacementType.U4, PR1, stay, null));
    assertThatNullPointerException().isThrownBy(() -> CALCULATOR.cost(null, FY_2023_24, asAt, HUNDRED_A_DAY));
    assertThatNullPointerException().isThrownBy(() -> CALCULATOR.cost(history, null, asAt, HUNDRED_A_DAY));
    assertThatNullPointerException().isThrownBy(() -> CALCULATOR.cost(history, FY_2023_24, null, HUNDRED_A_DAY));
    assertThatNullPointerException().isThrownBy(() -> CALCULATOR.cost(history, FY_2023_24, asAt, null));
    assertThatNullPointerException().isThrownBy(() -> CALCULATOR.costs((Iterable<CareHistory>) null, FY_2023_24, asAt, HUNDRED_A_DAY));
    assertThatNullPointerException().isThrownBy(() -> CALCULATOR.costs(List.of(history), FY_2023_24, asAt, null));
    assertThatNullPointerException().isThrownBy(() -> PlacementCostCalculator.of(null));
  }

  // ------------------------------------------------------------------------------------------
  // helpers

  private static Child child(String id, String dateOfBirth) {
    return Child.of(ChildId.of(id), LocalDate.parse(dateOfBirth));
  }

  /** An episode; {@code endExclusive} null while open, {@code provider} "-" for none. */
  private static Episode episode(
      String childId, String start, String endExclusive, String legalStatus, String place, String provider) {
    Optional<LocalDate> end = Optional.ofNullable(endExclusive).map(LocalDate::parse);
    return Episode.builder()
        .childId(ChildId.of(childId))
        .start(LocalDate.parse(start))
        .endExclusive(end)
        .reasonForNewEpisode(ReasonForNewEpisode.S)
        .legalStatus(LegalStatus.of(legalStatus))
        .placementType(PlacementType.of(place))
        .placementProvider(provider(provider))
        .reasonEnded(end.map(e -> ReasonEpisodeCeased.E8))
        .build();
  }

  private static CareHistory history(Child child, Episode... episodes) {
    return CareHistory.of(child, List.of(episodes));
  }

  private static Optional<PlacementProvider> provider(String code) {
    return code.equals("-") ? Optional.empty() : Optional.of(PlacementProvider.of(code));
  }

  private static LocalDateRange range(String startInclusive, String endExclusive) {
    return LocalDateRange.of(LocalDate.parse(startInclusive), LocalDate.parse(endExclusive));
  }

  private static ExactAmount pounds(String amount) {
    return ExactAmount.of(new BigDecimal(amount));
  }

  private static ExactAmount sevenths(String numerator) {
    return ExactAmount.ofSevenTimes(new BigDecimal(numerator));
  }

  /**
   * A card of rows written {@code place,provider,min_age,max_age,effective_from,weekly_cost}, each
   * with the source {@code rates.csv line n}, the header being line 1.
   */
  private static RateCard card(String... lines) {
    List<RateRow> rows = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String[] cells = lines[i].split(",", -1);
      rows.add(RateRow.builder()
          .place(PlacePattern.parse(cells[0]))
          .provider(cells[1].equals("*") ? Optional.empty() : Optional.of(PlacementProvider.of(cells[1])))
          .minAge(cells[2].isEmpty() ? Optional.empty() : Optional.of(Integer.valueOf(cells[2])))
          .maxAge(cells[3].isEmpty() ? Optional.empty() : Optional.of(Integer.valueOf(cells[3])))
          .effectiveFrom(LocalDate.parse(cells[4]))
          .weeklyCost(new BigDecimal(cells[5]))
          .source("rates.csv line " + (i + 2))
          .build());
    }
    return RateCard.of(rows);
  }

  /**
   * Checks the years of a cost against {@code "2022-23 7 700; 2023-24 4 400/7"}: each year with its
   * days and exact amount (pounds, or {@code n/7} for n sevenths of a pound), or {@code -} for none.
   */
  private static void assertYears(PlacementCost cost, String expected) {
    List<String> wanted = expected.equals("-") ? List.of() : Arrays.asList(expected.split(";\\s*"));
    List<String> actual = new ArrayList<>();
    List<String> expectedNormal = new ArrayList<>();
    for (int i = 0; i < wanted.size(); i++) {
      String[] parts = wanted.get(i).trim().split(" ");
      ExactAmount amount = parts[2].endsWith("/7")
          ? sevenths(parts[2].substring(0, parts[2].length() - 2))
          : pounds(parts[2]);
      expectedNormal.add(parts[0] + " " + parts[1] + " " + amount);
    }
    for (YearCost year : cost.years()) {
      actual.add(year.year() + " " + year.days() + " " + year.amount());
    }
    assertThat(actual).as("years of %s", cost).containsExactlyElementsOf(expectedNormal);
  }
}
