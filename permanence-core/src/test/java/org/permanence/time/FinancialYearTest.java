package org.permanence.time;

import static java.time.temporal.ChronoUnit.DAYS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.threeten.extra.LocalDateRange;

class FinancialYearTest {

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  private static LocalDateRange range(String startInclusive, String endExclusive) {
    return LocalDateRange.of(date(startInclusive), date(endExclusive));
  }

  // of, start and end

  @Test
  void ofGivesTheYearFromFirstAprilToTheNextFirstApril() {
    FinancialYear year = FinancialYear.of(2019);

    assertThat(year.startYear()).isEqualTo(2019);
    assertThat(year.start()).isEqualTo(date("2019-04-01"));
    assertThat(year.endInclusive()).isEqualTo(date("2020-03-31"));
    assertThat(year.endExclusive()).isEqualTo(date("2020-04-01"));
    assertThat(year.range()).isEqualTo(range("2019-04-01", "2020-04-01"));
  }

  @ParameterizedTest
  @ValueSource(ints = {999, 9999, 0, -2019})
  void ofRejectsYearsOutsideItsRange(int startYear) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FinancialYear.of(startYear))
        .withMessageContaining("startYear")
        .withMessageContaining(String.valueOf(startYear));
  }

  @Test
  void ofAcceptsTheEndsOfItsRange() {
    assertThat(FinancialYear.of(1000).toString()).isEqualTo("1000-01");
    assertThat(FinancialYear.of(9998).toString()).isEqualTo("9998-99");
  }

  // from(LocalDate)

  @ParameterizedTest(name = "{0} is in {1}")
  @CsvSource({
    "2019-03-31, 2018-19",
    "2019-04-01, 2019-20",
    "2019-12-31, 2019-20",
    "2020-01-01, 2019-20",
    "2020-02-29, 2019-20",
    "2020-03-31, 2019-20",
    "2020-04-01, 2020-21",
    "1999-12-31, 1999-00",
    "2000-01-01, 1999-00",
    "2000-03-31, 1999-00",
    "2000-04-01, 2000-01",
  })
  void fromFindsTheYearThatContainsADate(String day, String expected) {
    assertThat(FinancialYear.from(date(day)).toString()).isEqualTo(expected);
  }

  @Test
  void fromRejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> FinancialYear.from(null));
  }

  // contains

  @ParameterizedTest(name = "2019-20 contains {0}: {1}")
  @CsvSource({
    "2019-03-31, false",
    "2019-04-01, true",
    "2020-02-29, true",
    "2020-03-31, true",
    "2020-04-01, false",
  })
  void containsIsTrueFromFirstAprilToThirtyFirstMarch(String day, boolean expected) {
    assertThat(FinancialYear.of(2019).contains(date(day))).isEqualTo(expected);
  }

  @Test
  void containsIsFalseForDatesFarOutsideTheSupportedYears() {
    assertThat(FinancialYear.of(1000).contains(LocalDate.of(999, 12, 31))).isFalse();
    assertThat(FinancialYear.of(9998).contains(LocalDate.of(9999, 4, 1))).isFalse();
    assertThat(FinancialYear.of(2019).contains(LocalDate.MIN)).isFalse();
    assertThat(FinancialYear.of(2019).contains(LocalDate.MAX)).isFalse();
  }

  // parse and toString

  @ParameterizedTest(name = "{0} is the year starting in {1}")
  @CsvSource({
    "2019-20, 2019",
    "1999-00, 1999",
    "2000-01, 2000",
    "2009-10, 2009",
    "2099-00, 2099",
    "1000-01, 1000",
    "9998-99, 9998",
  })
  void parseReadsTheStartYearAndTheNextYearsLastTwoDigits(String text, int startYear) {
    assertThat(FinancialYear.parse(text)).isEqualTo(FinancialYear.of(startYear));
  }

  @ParameterizedTest(name = "year starting in {0} prints as {1}")
  @CsvSource({
    "2019, 2019-20",
    "1999, 1999-00",
    "2000, 2000-01",
    "2009, 2009-10",
    "2099, 2099-00",
  })
  void toStringWritesTheStartYearAndTheNextYearsLastTwoDigits(int startYear, String expected) {
    assertThat(FinancialYear.of(startYear)).hasToString(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2019/20", "19-20", "", "2019-2020", "2019-2", "2019-", "-20", "2019–20", " 2019-20",
        "2019-20 ", "FY2019-20", "20l9-20", "\u0662\u0660\u0661\u0669-\u0662\u0660"
      })
  void parseRejectsTextNotOfTheFormYyyyYy(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FinancialYear.parse(text))
        .withMessageContaining("'" + text + "'")
        .withMessageContaining("yyyy-yy")
        .withMessageContaining("2019-20");
  }

  @ParameterizedTest(name = "{0} does not end in the following year; meant {1}?")
  @CsvSource({
    "2019-21, 2019-20",
    "2019-19, 2019-20",
    "2019-00, 2019-20",
    "1999-99, 1999-00",
    "2000-00, 2000-01",
  })
  void parseRejectsASecondYearThatDoesNotFollowTheFirst(String text, String suggestion) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FinancialYear.parse(text))
        .withMessageContaining("'" + text + "'")
        .withMessageContaining("year after")
        .withMessageContaining(suggestion);
  }

  @Test
  void parseRejectsYearsOutsideTheSupportedRange() {
    assertThatIllegalArgumentException().isThrownBy(() -> FinancialYear.parse("0999-00"));
    assertThatIllegalArgumentException().isThrownBy(() -> FinancialYear.parse("9999-00"));
  }

  @Test
  void parseRejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> FinancialYear.parse(null));
  }

  @Test
  void toStringUsesAsciiDigitsWhateverTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      for (String tag : List.of("ar-SA", "fa-IR", "th-TH-u-nu-thai", "bn-BD", "mr-IN")) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        FinancialYear year = FinancialYear.of(2019);

        assertThat(year).as(tag).hasToString("2019-20");
        assertThat(year.quarter(3)).as(tag).hasToString("2019-20 Q3");
        assertThat(FinancialYear.parse(year.toString())).as(tag).isEqualTo(year);
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  // ordering, equality, next and previous

  @Test
  void yearsOrderByTheirStart() {
    List<FinancialYear> years =
        new ArrayList<>(
            List.of(
                FinancialYear.of(2020),
                FinancialYear.of(1999),
                FinancialYear.of(2019),
                FinancialYear.of(2000)));
    years.sort(null);

    assertThat(years)
        .extracting(FinancialYear::toString)
        .containsExactly("1999-00", "2000-01", "2019-20", "2020-21");
    assertThat(FinancialYear.of(2019)).isLessThan(FinancialYear.of(2020));
    assertThat(FinancialYear.of(2019)).isEqualByComparingTo(FinancialYear.parse("2019-20"));
  }

  @Test
  void equalYearsAreEqualAndHashAlike() {
    assertThat(FinancialYear.parse("2019-20"))
        .isEqualTo(FinancialYear.of(2019))
        .hasSameHashCodeAs(FinancialYear.of(2019))
        .isNotEqualTo(FinancialYear.of(2020))
        .isNotEqualTo("2019-20");
  }

  @Test
  void nextAndPreviousStepOneYear() {
    assertThat(FinancialYear.of(1999).next()).hasToString("2000-01");
    assertThat(FinancialYear.of(2000).previous()).hasToString("1999-00");
    assertThat(FinancialYear.of(2019).next().previous()).isEqualTo(FinancialYear.of(2019));
  }

  // lengthInDays

  @ParameterizedTest(name = "{0} has {1} days")
  @CsvSource({
    "2019-20, 366", // 29 Feb 2020
    "2020-21, 365",
    "2018-19, 365",
    "2023-24, 366", // 29 Feb 2024
    "2015-16, 366", // 29 Feb 2016
    "1999-00, 366", // 2000 is divisible by 400, so leap
    "2099-00, 365", // 2100 is divisible by 100 but not 400, so common
  })
  void lengthInDaysCountsTwentyNinthFebruary(String text, int expected) {
    FinancialYear year = FinancialYear.parse(text);

    assertThat(year.lengthInDays()).isEqualTo(expected);
    assertThat(DAYS.between(year.start(), year.endExclusive())).isEqualTo(expected);
  }

  // quarters

  @Test
  void quartersRunAprilToJuneJulyToSeptemberOctoberToDecemberAndJanuaryToMarch() {
    FinancialYear year = FinancialYear.of(2019);

    assertThat(year.quarters())
        .extracting(FinancialQuarter::range)
        .containsExactly(
            range("2019-04-01", "2019-07-01"),
            range("2019-07-01", "2019-10-01"),
            range("2019-10-01", "2020-01-01"),
            range("2020-01-01", "2020-04-01"));
    assertThat(year.quarters()).extracting(FinancialQuarter::number).containsExactly(1, 2, 3, 4);
    assertThat(year.quarter(4).range()).isEqualTo(range("2020-01-01", "2020-04-01"));
  }

  @Test
  void quarterLengthsAddUpToTheYear() {
    // 2019-20: 30+31+30, 31+31+30, 31+30+31, 31+29+31
    assertThat(FinancialYear.of(2019).quarters())
        .extracting(q -> q.range().lengthInDays())
        .containsExactly(91, 92, 92, 91);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 5, -1})
  void quarterRejectsNumbersOutsideOneToFour(int number) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FinancialYear.of(2019).quarter(number))
        .withMessageContaining("1 to 4")
        .withMessageContaining(String.valueOf(number));
  }

  // split

  @Test
  void splitCutsARangeAtFirstApril() {
    List<FinancialYear.Piece> pieces = FinancialYear.split(range("2020-03-30", "2020-04-02"));

    assertThat(pieces)
        .containsExactly(
            new FinancialYear.Piece(FinancialYear.of(2019), range("2020-03-30", "2020-04-01")),
            new FinancialYear.Piece(FinancialYear.of(2020), range("2020-04-01", "2020-04-02")));
    assertThat(pieces).extracting(p -> p.range().lengthInDays()).containsExactly(2, 1);
  }

  @ParameterizedTest(name = "[{0}, {1}) lies in {2}")
  @CsvSource({
    "2020-03-31, 2020-04-01, 2019-20", // the last day of a year only
    "2020-04-01, 2020-04-02, 2020-21", // the first day of a year only
    "2019-04-01, 2020-04-01, 2019-20", // a whole year
    "2020-02-28, 2020-03-02, 2019-20", // across 29 February
  })
  void splitKeepsARangeWithinOneYearWhole(String start, String end, String year) {
    assertThat(FinancialYear.split(range(start, end)))
        .containsExactly(new FinancialYear.Piece(FinancialYear.parse(year), range(start, end)));
  }

  @Test
  void splitGivesAPieceForEachYearTouched() {
    List<FinancialYear.Piece> pieces = FinancialYear.split(range("2018-12-25", "2021-01-10"));

    assertThat(pieces)
        .containsExactly(
            new FinancialYear.Piece(FinancialYear.of(2018), range("2018-12-25", "2019-04-01")),
            new FinancialYear.Piece(FinancialYear.of(2019), range("2019-04-01", "2020-04-01")),
            new FinancialYear.Piece(FinancialYear.of(2020), range("2020-04-01", "2021-01-10")));
    // 7 (25-31 Dec) + 31 + 28 + 31; a leap year; 30+31+30+31+31+30+31+30+31 + 9
    assertThat(pieces).extracting(p -> p.range().lengthInDays()).containsExactly(97, 366, 284);
    // 365 to 2019-12-25, 366 to 2020-12-25, 16 to 2021-01-10
    assertThat(range("2018-12-25", "2021-01-10").lengthInDays()).isEqualTo(747);
  }

  @Test
  void splitOfAnEmptyRangeGivesNoPieces() {
    assertThat(FinancialYear.split(range("2020-04-01", "2020-04-01"))).isEmpty();
    assertThat(FinancialYear.split(range("2020-03-31", "2020-03-31"))).isEmpty();
  }

  @Test
  void splitRejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> FinancialYear.split(null));
  }

  // properties

  /** Dates whose financial years lie well inside the supported 1000-01 to 9998-99. */
  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.oneOf(
        Arbitraries.longs()
            .between(LocalDate.of(1002, 1, 1).toEpochDay(), LocalDate.of(9990, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay),
        // dates near 1 April and 29 February, where the mistakes are
        Arbitraries.integers()
            .between(1900, 2200)
            .flatMap(
                y ->
                    Arbitraries.longs()
                        .between(-3, 3)
                        .map(offset -> LocalDate.of(y, 4, 1).plusDays(offset))),
        Arbitraries.integers()
            .between(475, 550)
            .map(q -> LocalDate.of(q * 4, 2, 28).plusDays(1)));
  }

  @Provide
  Arbitrary<Integer> lengths() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(0, 3),
        Arbitraries.integers().between(0, 400),
        Arbitraries.integers().between(0, 3000));
  }

  @Property
  void fromContainsTheDate(@ForAll("dates") LocalDate day) {
    FinancialYear year = FinancialYear.from(day);

    assertThat(year.contains(day)).isTrue();
    assertThat(year.range().contains(day)).isTrue();
    assertThat(year.next().contains(day)).isFalse();
    assertThat(year.previous().contains(day)).isFalse();
  }

  @Property
  void parseReadsBackToString(@ForAll @IntRange(min = 1000, max = 9998) int startYear) {
    FinancialYear year = FinancialYear.of(startYear);

    assertThat(FinancialYear.parse(year.toString())).isEqualTo(year);
    assertThat(year.toString()).matches("\\d{4}-\\d{2}");
  }

  @Property
  void lengthInDaysIsTheDaysFromStartToEnd(@ForAll @IntRange(min = 1000, max = 9998) int y) {
    FinancialYear year = FinancialYear.of(y);

    assertThat((long) year.lengthInDays()).isEqualTo(DAYS.between(year.start(), year.endExclusive()));
  }

  @Property
  void splitPiecesAddUpToTheRangeAndEachLiesInItsYear(
      @ForAll("dates") LocalDate start, @ForAll("lengths") int days) {
    LocalDateRange whole = LocalDateRange.of(start, start.plusDays(days));

    List<FinancialYear.Piece> pieces = FinancialYear.split(whole);

    assertThat(pieces.stream().mapToLong(p -> p.range().lengthInDays()).sum()).isEqualTo(days);
    LocalDate cursor = start;
    FinancialYear previous = null;
    for (FinancialYear.Piece piece : pieces) {
      assertThat(piece.range().isEmpty()).isFalse();
      assertThat(piece.range().getStart()).isEqualTo(cursor);
      assertThat(piece.year().range().encloses(piece.range())).isTrue();
      assertThat(piece.year()).isEqualTo(FinancialYear.from(piece.range().getStart()));
      if (previous != null) {
        assertThat(piece.year()).isEqualTo(previous.next());
      }
      previous = piece.year();
      cursor = piece.range().getEnd();
    }
    assertThat(cursor).isEqualTo(whole.getEnd());
  }

  @Property
  void splittingInTwoFirstGivesTheSameDaysInEachYear(
      @ForAll("dates") LocalDate start,
      @ForAll("lengths") int days,
      @ForAll @IntRange(min = 0, max = 3000) int cut) {
    LocalDate end = start.plusDays(days);
    LocalDate middle = start.plusDays(Math.min(cut, days));

    Map<FinancialYear, Long> whole = daysByYear(FinancialYear.split(LocalDateRange.of(start, end)));
    List<FinancialYear.Piece> parts = new ArrayList<>();
    parts.addAll(FinancialYear.split(LocalDateRange.of(start, middle)));
    parts.addAll(FinancialYear.split(LocalDateRange.of(middle, end)));

    assertThat(daysByYear(parts)).isEqualTo(whole);
    assertThat(whole.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(days);
  }

  private static Map<FinancialYear, Long> daysByYear(List<FinancialYear.Piece> pieces) {
    return pieces.stream()
        .collect(
            Collectors.groupingBy(
                FinancialYear.Piece::year,
                TreeMap::new,
                Collectors.summingLong(p -> p.range().lengthInDays())));
  }
}
