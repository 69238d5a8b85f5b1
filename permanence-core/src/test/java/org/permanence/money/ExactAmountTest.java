package org.permanence.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExactAmountTest {

  private static BigDecimal pounds(String text) {
    return new BigDecimal(text);
  }

  private static ExactAmount amount(String pounds) {
    return ExactAmount.of(pounds(pounds));
  }

  /** The amount {@code numerator / 7} pounds, for amounts that no decimal holds. */
  private static ExactAmount sevenths(String numerator) {
    return ExactAmount.ofSevenTimes(pounds(numerator));
  }

  // weekly * days / 7

  @ParameterizedTest(name = "{1} days at £{0} a week = £{2}")
  @CsvSource({
    // whole weeks: the weekly amount times the weeks
    "700,    7,  700",
    "700,    14, 1400",
    "134.29, 7,  134.29",
    // a whole number of sevenths that happens to be a decimal
    "700,    1,  100",
    "700,    3,  300",
    "350,    1,  50",
    "0.07,   1,  0.01",
    // nothing
    "700,    0,  0",
    "0,      30, 0",
  })
  void ofDaysIsTheWeeklyAmountTimesTheDaysOverSeven(String weekly, long days, String expected) {
    ExactAmount cost = ExactAmount.ofDays(pounds(weekly), days);

    assertThat(cost).isEqualTo(amount(expected));
    assertThat(cost.toBigDecimalExact()).isEqualByComparingTo(expected);
  }

  @Test
  void aDayAt100AWeekIsAHundredSevenths() {
    // 100 / 7 = 14.285714..., which no decimal holds
    ExactAmount day = ExactAmount.ofDays(pounds("100"), 1);

    assertThat(day).isEqualTo(sevenths("100"));
    assertThat(day.sevenTimes()).isEqualByComparingTo("100");
    assertThat(day.rounded()).isEqualTo(pounds("14.29"));
    assertThat(day.toBigDecimal(new MathContext(6, RoundingMode.HALF_UP))).isEqualTo(pounds("14.2857"));
    assertThatThrownBy(day::toBigDecimalExact).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void sevenDaysAt700AWeekIs700Exactly() {
    ExactAmount week = ExactAmount.ofDays(pounds("700"), 7);

    assertThat(week).isEqualTo(amount("700"));
    assertThat(week.rounded()).isEqualTo(pounds("700.00"));
    assertThat(week.toString()).isEqualTo("700");
  }

  @Test
  void sevenOddDaysAddUpToAWeekWithNoRoundingOnTheWay() {
    // each day is 100/7 = 14.2857...; rounded, seven of them would make 100.03
    ExactAmount week = ExactAmount.ZERO;
    for (int day = 0; day < 7; day++) {
      week = week.plus(ExactAmount.ofDays(pounds("100"), 1));
    }

    assertThat(week).isEqualTo(amount("100"));
    assertThat(week.rounded()).isEqualTo(pounds("100.00"));
  }

  @Test
  void ofSevenTimesIsTheAmountOverSeven() {
    assertThat(sevenths("700")).isEqualTo(amount("100"));
    assertThat(sevenths("7.035")).isEqualTo(amount("1.005"));
    assertThat(sevenths("-7")).isEqualTo(amount("-1"));
  }

  // arithmetic

  @Test
  void plusAndMinusAreExact() {
    // 3 days at £100 a week (300/7) + 4 days (400/7) = 700/7 = £100
    ExactAmount threeDays = ExactAmount.ofDays(pounds("100"), 3);
    ExactAmount fourDays = ExactAmount.ofDays(pounds("100"), 4);

    assertThat(threeDays.plus(fourDays)).isEqualTo(amount("100"));
    assertThat(amount("100").minus(fourDays)).isEqualTo(threeDays);
    assertThat(threeDays.minus(threeDays)).isEqualTo(ExactAmount.ZERO);
    // 300/7 - 400/7 = -100/7
    assertThat(threeDays.minus(fourDays)).isEqualTo(sevenths("-100"));
    assertThat(amount("0.10").plus(amount("0.20"))).isEqualTo(amount("0.3"));
  }

  @Test
  void signumIsTheSignOfTheAmount() {
    assertThat(ExactAmount.ofDays(pounds("100"), 1).signum()).isEqualTo(1);
    assertThat(ExactAmount.ZERO.signum()).isZero();
    assertThat(amount("0.00").signum()).isZero();
    assertThat(sevenths("-0.01").signum()).isEqualTo(-1);
  }

  @Test
  void comparesByValue() {
    // 100/7 = 14.2857... lies between 14.28 and 14.29
    ExactAmount day = ExactAmount.ofDays(pounds("100"), 1);

    assertThat(day).isGreaterThan(amount("14.28")).isLessThan(amount("14.29"));
    assertThat(amount("700")).isEqualByComparingTo(amount("700.00"));
    assertThat(amount("-1")).isLessThan(ExactAmount.ZERO);
  }

  // equality

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "700,    700.00",
    "700,    7E+2",
    "0.5,    0.50000",
    "0,      0.00",
    "-1.5,   -1.50",
  })
  void equalAmountsAreEqualWhateverTheirScale(String a, String b) {
    assertThat(amount(a)).isEqualTo(amount(b));
    assertThat(amount(a)).hasSameHashCodeAs(amount(b));
    assertThat(amount(a)).isEqualByComparingTo(amount(b));
  }

  @Test
  void theSameAmountMadeInDifferentWaysIsEqual() {
    ExactAmount byDays = ExactAmount.ofDays(pounds("700.00"), 7);
    ExactAmount byPounds = amount("700");
    ExactAmount bySevenths = sevenths("4900.000");

    assertThat(byDays).isEqualTo(byPounds).isEqualTo(bySevenths);
    assertThat(byDays).hasSameHashCodeAs(byPounds).hasSameHashCodeAs(bySevenths);
    assertThat(ExactAmount.ofDays(pounds("100"), 0)).isEqualTo(ExactAmount.ZERO)
        .hasSameHashCodeAs(ExactAmount.ZERO);
  }

  @Test
  void differentAmountsAreNotEqual() {
    assertThat(amount("14.29")).isNotEqualTo(ExactAmount.ofDays(pounds("100"), 1));
    assertThat(amount("1")).isNotEqualTo(amount("-1"));
    assertThat(amount("1")).isNotEqualTo(pounds("1"));
    assertThat(amount("1")).isNotEqualTo(null);
  }

  @Property(tries = 300)
  void equalValuesHaveEqualHashCodes(
      @ForAll @LongRange(min = -1_000_000, max = 1_000_000) long unscaled,
      @ForAll @IntRange(min = 0, max = 6) int scale,
      @ForAll @IntRange(min = 0, max = 4) int extraZeros) {
    BigDecimal value = BigDecimal.valueOf(unscaled, scale);
    BigDecimal padded = value.setScale(scale + extraZeros);

    assertThat(ExactAmount.of(value)).isEqualTo(ExactAmount.of(padded))
        .hasSameHashCodeAs(ExactAmount.of(padded));
  }

  // text

  @ParameterizedTest(name = "{0} reads {1}")
  @CsvSource({
    "700.00,  700",
    "100.50,  100.5",
    "0.00,    0",
    "1E+3,    1000",
    "-2.50,   -2.5",
    "0.0001,  0.0001",
  })
  void toStringIsTheDecimalWhenThereIsOne(String pounds, String expected) {
    assertThat(amount(pounds).toString()).isEqualTo(expected);
  }

  @Test
  void toStringIsAFractionOfSevenWhenNoDecimalHoldsTheAmount() {
    assertThat(ExactAmount.ofDays(pounds("100"), 1).toString()).isEqualTo("100/7");
    assertThat(sevenths("700.01").toString()).isEqualTo("700.01/7");
    assertThat(sevenths("700.0100").toString()).isEqualTo("700.01/7");
    assertThat(sevenths("-100").toString()).isEqualTo("-100/7");
    // 10 days at £70.70 = 707/7 = 101 exactly; 10 days at £70 = 700/7 = 100 exactly; 3 days at
    // £1000 = 3000/7, whose numerator prints in full rather than as 3E+3
    assertThat(ExactAmount.ofDays(pounds("70.70"), 10).toString()).isEqualTo("101");
    assertThat(ExactAmount.ofDays(pounds("1000"), 3).toString()).isEqualTo("3000/7");
  }

  // arguments

  @Test
  void refusesNulls() {
    assertThatNullPointerException().isThrownBy(() -> ExactAmount.of(null)).withMessageContaining("pounds");
    assertThatNullPointerException().isThrownBy(() -> ExactAmount.ofDays(null, 1)).withMessageContaining("weekly");
    assertThatNullPointerException()
        .isThrownBy(() -> ExactAmount.ofSevenTimes(null)).withMessageContaining("sevenTimes");
    assertThatNullPointerException().isThrownBy(() -> ExactAmount.ZERO.plus(null)).withMessageContaining("other");
    assertThatNullPointerException().isThrownBy(() -> ExactAmount.ZERO.minus(null)).withMessageContaining("other");
    assertThatNullPointerException()
        .isThrownBy(() -> ExactAmount.ZERO.toBigDecimal(null)).withMessageContaining("context");
  }
}
