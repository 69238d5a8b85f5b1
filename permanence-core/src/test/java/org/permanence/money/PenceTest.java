package org.permanence.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PenceTest {

  private static BigDecimal pounds(String text) {
    return new BigDecimal(text);
  }

  @Test
  void theRuleIsTwoDecimalsHalfUp() {
    assertThat(Pence.SCALE).isEqualTo(2);
    assertThat(Pence.MODE).isEqualTo(RoundingMode.HALF_UP);
    assertThat(Pence.gbp().getCurrencyCode()).isEqualTo("GBP");
  }

  // rounding a decimal

  @ParameterizedTest(name = "{0} rounds to {1}")
  @CsvSource({
    // half a penny goes away from zero, either side of zero
    "1.005,     1.01",
    "-1.005,    -1.01",
    "0.005,     0.01",
    "-0.005,    -0.01",
    "2.675,     2.68",
    // less than half goes towards zero
    "1.004999,  1.00",
    "-1.004999, -1.00",
    // more than half goes away from zero
    "1.0051,    1.01",
    // already pence, or fewer decimals: padded to two
    "1.01,      1.01",
    "700,       700.00",
    "0.5,       0.50",
    "1E+3,      1000.00",
  })
  void roundsADecimalToPenceHalfUp(String amount, String expected) {
    BigDecimal rounded = Pence.round(pounds(amount));

    assertThat(rounded).isEqualTo(pounds(expected));
    assertThat(rounded.scale()).isEqualTo(2);
    assertThat(rounded.toPlainString()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} rounds to 0.00")
  @CsvSource({"0", "0.00", "-0.00", "0.004", "-0.004", "-0.0049999", "-0E+3"})
  void zeroIsAlwaysPrintedAs0Point00NeverMinus0Point00(String amount) {
    BigDecimal rounded = Pence.round(pounds(amount));

    assertThat(rounded.signum()).isZero();
    assertThat(rounded.toPlainString()).isEqualTo("0.00");
  }

  // rounding an exact amount

  @ParameterizedTest(name = "{1} days at £{0} a week: {2}")
  @CsvSource({
    // 100 / 7 = 14.2857... -> 14.29
    "100,    1,  14.29",
    // 200 / 7 = 28.5714... -> 28.57
    "100,    2,  28.57",
    // 300 / 7 = 42.8571... -> 42.86
    "100,    3,  42.86",
    // 700 * 7 / 7 = 700
    "700,    7,  700.00",
    // 134.29 * 3 / 7 = 402.87 / 7 = 57.5528... -> 57.55
    "134.29, 3,  57.55",
    // 0.035 / 7 = 0.005 exactly: half a penny, up
    "0.035,  1,  0.01",
    // 0.0349 / 7 = 0.004985... -> 0.00
    "0.0349, 1,  0.00",
    // a £0 rate costs 0.00
    "0,      10, 0.00",
  })
  void roundsAnExactAmountToPence(String weekly, long days, String expected) {
    ExactAmount amount = ExactAmount.ofDays(pounds(weekly), days);

    assertThat(Pence.round(amount)).isEqualTo(pounds(expected));
    assertThat(amount.rounded()).isEqualTo(pounds(expected));
    assertThat(Pence.round(amount).toPlainString()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}/7 rounds to {1}")
  @CsvSource({
    // 7.035 / 7 = 1.005, half a penny
    "7.035,   1.01",
    "-7.035,  -1.01",
    // -100 / 7 = -14.2857... -> -14.29
    "-100,    -14.29",
    // -0.01 / 7 = -0.0014... -> 0.00, never -0.00
    "-0.01,   0.00",
    "-0.0349, 0.00",
  })
  void roundsSeventhsHalfUpAwayFromZero(String sevenTimes, String expected) {
    BigDecimal rounded = Pence.round(ExactAmount.ofSevenTimes(pounds(sevenTimes)));

    assertThat(rounded).isEqualTo(pounds(expected));
    assertThat(rounded.toPlainString()).isEqualTo(expected);
  }

  // money

  @Test
  void moneyIsTheRoundedAmountInPoundsSterling() {
    Money day = Pence.money(ExactAmount.ofDays(pounds("100"), 1));

    assertThat(day.getCurrency().getCurrencyCode()).isEqualTo("GBP");
    assertThat(day.getNumberStripped()).isEqualByComparingTo("14.29");
    assertThat(Pence.money(ExactAmount.ZERO).getNumberStripped()).isEqualByComparingTo("0");
  }

  @Test
  void roundsMonetaryAmountsKeepingTheirCurrency() {
    MonetaryAmount halfPenny = Money.of(pounds("1.005"), "GBP");
    MonetaryAmount negative = Money.of(pounds("-1.005"), "GBP");
    MonetaryAmount euros = Money.of(pounds("2.675"), "EUR");

    assertThat(Pence.round(halfPenny).getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("1.01");
    assertThat(Pence.round(negative).getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("-1.01");
    assertThat(Pence.round(euros).getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("2.68");
    assertThat(Pence.round(euros).getCurrency().getCurrencyCode()).isEqualTo("EUR");
    assertThat(halfPenny.with(Pence.ROUNDING).getNumber().numberValue(BigDecimal.class))
        .isEqualByComparingTo("1.01");
  }

  // totals

  @Test
  void aTotalIsTheSumOfTheRoundedRowsSoAReportAddsUp() {
    // three rows of one day at £100 a week: each 100/7 = 14.2857... -> 14.29, so the printed
    // total is 3 x 14.29 = 42.87, although the exact 300/7 = 42.857... would round to 42.86
    ExactAmount day = ExactAmount.ofDays(pounds("100"), 1);
    List<BigDecimal> rows = List.of(day.rounded(), day.rounded(), day.rounded());

    assertThat(Pence.sum(rows)).isEqualTo(pounds("42.87"));
    assertThat(day.plus(day).plus(day).rounded()).isEqualTo(pounds("42.86"));
  }

  @Test
  void theSumOfNoRowsIsZeroWithTwoDecimals() {
    BigDecimal total = Pence.sum(List.of());

    assertThat(total.toPlainString()).isEqualTo("0.00");
  }

  @Test
  void aSumThatCancelsOutIs0Point00() {
    BigDecimal total = Pence.sum(List.of(pounds("14.29"), pounds("-14.29")));

    assertThat(total.toPlainString()).isEqualTo("0.00");
  }

  @Test
  void refusesNulls() {
    assertThatNullPointerException().isThrownBy(() -> Pence.round((ExactAmount) null)).withMessageContaining("amount");
    assertThatNullPointerException().isThrownBy(() -> Pence.round((BigDecimal) null)).withMessageContaining("pounds");
    assertThatNullPointerException()
        .isThrownBy(() -> Pence.round((MonetaryAmount) null)).withMessageContaining("amount");
    assertThatNullPointerException().isThrownBy(() -> Pence.sum(null)).withMessageContaining("rounded");
  }
}
