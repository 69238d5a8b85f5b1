package org.permanence.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Amounts that fuzzing the readers ({@code RateCardsFuzzTest} in the testkit) found to take
 * seconds to read: a weekly cost of a million nines took 17 seconds to parse, and the costs
 * command 20 seconds to run on it.
 */
class NumberTextRegressionTest {

  private static InputFile card(String weeklyCost) {
    return InputFile.ofText("rates.csv", "place,provider,min_age,max_age,effective_from,weekly_cost\n"
        + "*,*,,,2015-04-01," + weeklyCost + "\n");
  }

  @Test
  void aWeeklyCostOfAMillionNinesIsAProblemNotSecondsOfWork() {
    InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class,
        () -> RateCards.read(card("9".repeat(1_000_000))));

    assertThat(thrown.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.line()).isEqualTo(2);
      assertThat(problem.column()).contains("weekly_cost");
      assertThat(problem.message()).startsWith("more digits than any amount has (at most 20 before the point and 20 after)");
    });
  }

  @Test
  void aNegativeAmountOfAMillionDigitsIsToLongToo() {
    InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class,
        () -> RateCards.read(card("-" + "0".repeat(1_000_000))));

    assertThat(thrown.problems()).singleElement()
        .satisfies(problem -> assertThat(problem.message()).startsWith("more digits"));
  }

  @Test
  void twentyDigitsEitherSideOfThePointAreRead() {
    String longest = "9".repeat(20) + "." + "9".repeat(20);

    assertThat(RateCards.read(card(longest)).rows()).singleElement()
        .satisfies(row -> assertThat(row.weeklyCost()).isEqualByComparingTo(new BigDecimal(longest)));
  }

  @ParameterizedTest(name = "{0} too long: {1}")
  @CsvSource({"12345678901234567890, false", "123456789012345678901, true", "1.12345678901234567890, false",
      "1.123456789012345678901, true", "850, false", "'', false"})
  void numbersOfMoreThanTwentyDigitsEitherSideAreTooLong(String number, boolean tooLong) {
    assertThat(NumberText.isTooLong(number)).isEqualTo(tooLong);
  }
}
