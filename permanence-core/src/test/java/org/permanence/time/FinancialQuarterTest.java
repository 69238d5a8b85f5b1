package org.permanence.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.threeten.extra.LocalDateRange;

class FinancialQuarterTest {

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  @ParameterizedTest(name = "{0} is in {1}")
  @CsvSource({
    "2019-03-31, 2018-19 Q4",
    "2019-04-01, 2019-20 Q1",
    "2019-06-30, 2019-20 Q1",
    "2019-07-01, 2019-20 Q2",
    "2019-09-30, 2019-20 Q2",
    "2019-10-01, 2019-20 Q3",
    "2019-12-31, 2019-20 Q3",
    "2020-01-01, 2019-20 Q4",
    "2020-02-29, 2019-20 Q4",
    "2020-03-31, 2019-20 Q4",
    "2020-04-01, 2020-21 Q1",
  })
  void fromFindsTheQuarterThatContainsADate(String day, String expected) {
    assertThat(FinancialQuarter.from(date(day))).hasToString(expected);
  }

  @Test
  void thirtyFirstDecember2019IsInTheThirdQuarterOf2019To20() {
    FinancialQuarter quarter = FinancialQuarter.from(date("2019-12-31"));

    assertThat(quarter.year()).isEqualTo(FinancialYear.of(2019));
    assertThat(quarter.number()).isEqualTo(3);
    assertThat(quarter).isEqualTo(FinancialQuarter.of(FinancialYear.of(2019), 3));
  }

  @ParameterizedTest(name = "2019-20 Q{0} is [{1}, {2})")
  @CsvSource({
    "1, 2019-04-01, 2019-07-01",
    "2, 2019-07-01, 2019-10-01",
    "3, 2019-10-01, 2020-01-01",
    "4, 2020-01-01, 2020-04-01",
  })
  void quarterRangesAreHalfOpen(int number, String start, String endExclusive) {
    FinancialQuarter quarter = FinancialQuarter.of(FinancialYear.of(2019), number);

    assertThat(quarter.start()).isEqualTo(date(start));
    assertThat(quarter.endExclusive()).isEqualTo(date(endExclusive));
    assertThat(quarter.range()).isEqualTo(LocalDateRange.of(date(start), date(endExclusive)));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 5, Integer.MIN_VALUE})
  void ofRejectsNumbersOutsideOneToFour(int number) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FinancialQuarter.of(FinancialYear.of(2019), number))
        .withMessageContaining("1 to 4")
        .withMessageContaining(String.valueOf(number));
  }

  @Test
  void ofAndFromRejectNull() {
    assertThatNullPointerException().isThrownBy(() -> FinancialQuarter.of(null, 1));
    assertThatNullPointerException().isThrownBy(() -> FinancialQuarter.from(null));
  }

  @Test
  void quartersOrderByYearThenNumber() {
    FinancialYear y2019 = FinancialYear.of(2019);
    FinancialYear y2020 = FinancialYear.of(2020);
    List<FinancialQuarter> quarters =
        new ArrayList<>(
            List.of(
                FinancialQuarter.of(y2020, 1),
                FinancialQuarter.of(y2019, 4),
                FinancialQuarter.of(y2019, 1),
                FinancialQuarter.of(y2020, 2)));
    quarters.sort(null);

    assertThat(quarters)
        .extracting(FinancialQuarter::toString)
        .containsExactly("2019-20 Q1", "2019-20 Q4", "2020-21 Q1", "2020-21 Q2");
  }

  @Test
  void equalQuartersAreEqualAndHashAlike() {
    FinancialQuarter q3 = FinancialQuarter.of(FinancialYear.of(2019), 3);

    assertThat(q3)
        .isEqualTo(FinancialYear.parse("2019-20").quarter(3))
        .hasSameHashCodeAs(FinancialYear.parse("2019-20").quarter(3))
        .isNotEqualTo(FinancialQuarter.of(FinancialYear.of(2019), 4))
        .isNotEqualTo(FinancialQuarter.of(FinancialYear.of(2020), 3))
        .isNotEqualTo("2019-20 Q3");
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.of(1001, 1, 1).toEpochDay(), LocalDate.of(9998, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Property
  void fromGivesAQuarterOfTheDatesYearThatContainsTheDate(@ForAll("dates") LocalDate day) {
    FinancialQuarter quarter = FinancialQuarter.from(day);

    assertThat(quarter.year()).isEqualTo(FinancialYear.from(day));
    assertThat(quarter.range().contains(day)).isTrue();
  }
}
