package org.permanence.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.permanence.code.PlacementProvider;
import org.permanence.code.PlacementType;
import org.permanence.rate.PlacePattern;
import org.permanence.rate.RateCard;
import org.permanence.rate.RateRow;

class RateCardsTest {

  private static final String FILE = "rates.csv";
  private static final String HEADER = "place,provider,min_age,max_age,effective_from,weekly_cost";

  @Test
  void readsAFileInAnyColumnOrderAndCaseWithBomBlankLinesAndBothDateForms() {
    RateCard card = RateCards.read(InputFile.ofText(FILE, String.join("\n",
        "\uFEFFWeekly_Cost,EFFECTIVE_FROM,place,Provider,max_age,MIN_AGE,Notes", // line 1
        "850,01/04/2019,U4,PR4,,,long term",                                    // line 2
        "",                                                                      // line 3
        "1234.5,2020-04-01,U*,*,15,11,",                                         // line 4
        " 134.29 , 1/4/2019 , * , * , , , ",                                     // line 5
        ",,,,,,",                                                                // line 6
        "0,2021-04-01,Z1*,PR1,17,0,free",                                        // line 7
        "")));

    assertThat(card.rows()).containsExactly(
        row("U4", PlacementProvider.PR4, null, null, LocalDate.of(2019, 4, 1), "850", 2),
        row("U*", null, 11, 15, LocalDate.of(2020, 4, 1), "1234.5", 4),
        row("*", null, null, null, LocalDate.of(2019, 4, 1), "134.29", 5),
        row("Z1*", PlacementProvider.PR1, 0, 17, LocalDate.of(2021, 4, 1), "0", 7));
    assertThat(card.rows()).extracting(RateRow::source).containsExactly(
        Optional.of("rates.csv line 2"), Optional.of("rates.csv line 4"),
        Optional.of("rates.csv line 5"), Optional.of("rates.csv line 7"));
  }

  @Test
  void cardReadCanBeUsed() {
    RateCard card = RateCards.read(InputFile.ofText(FILE, String.join("\n",
        HEADER,
        "U4,PR4,,,2019-04-01,850",
        "U*,*,11,15,2020-04-01,1234.5")));

    // U4 beats U* for a U4 placement; U5 falls to U*, which covers 11 to 15 from 1 April 2020
    assertThat(card.rate(PlacementType.U4, Optional.of(PlacementProvider.PR4), 12, LocalDate.of(2020, 6, 1)))
        .map(RateRow::weeklyCost).contains(new BigDecimal("850"));
    assertThat(card.rate(PlacementType.U5, Optional.empty(), 12, LocalDate.of(2020, 6, 1)))
        .map(RateRow::weeklyCost).contains(new BigDecimal("1234.5"));
    assertThat(card.rate(PlacementType.U5, Optional.empty(), 16, LocalDate.of(2020, 6, 1))).isEmpty();
  }

  @Test
  void countsPhysicalLinesWithWindowsLineEndsAndQuotedCells() {
    RateCard card = RateCards.read(InputFile.ofText(FILE,
        HEADER + "\r\n\r\n\"U4\",\"PR4\",,,\"2019-04-01\",\"850\"\r\n"));

    assertThat(card.rows()).extracting(RateRow::source).containsExactly(Optional.of("rates.csv line 3"));
  }

  @Test
  void aQuotedCellOverTwoLinesMovesTheFollowingRowsDown() {
    List<InputProblem> problems = problemsOf(String.join("\n",
        HEADER + ",notes",                         // line 1
        "U4,PR4,,,2019-04-01,850,\"agreed in", // line 2
        "March\"",                                 // line 3
        "U5,PR4,,,2019-04-01,-850,"));              // line 4

    assertThat(problems).extracting(InputProblem::line, InputProblem::column)
        .containsExactly(tuple(4L, Optional.of("weekly_cost")));
  }

  @Test
  void readsAPathNamingRowsByTheFileName(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("rates.csv");
    Files.writeString(file, HEADER + "\nK2,*,,,2019-04-01,3000\n", StandardCharsets.UTF_8);

    assertThat(RateCards.read(file).rows()).containsExactly(
        row("K2", null, null, null, LocalDate.of(2019, 4, 1), "3000", 2));
  }

  @Test
  void headerAloneIsAnEmptyCard() {
    assertThat(RateCards.read(InputFile.ofText(FILE, HEADER + "\n")).rows()).isEmpty();
  }

  @Test
  void trailingEmptyCellIsNotAnExtraValue() {
    RateCard card = RateCards.read(InputFile.ofText(FILE, HEADER + "\nU4,PR4,,,2019-04-01,850,\n"));

    assertThat(card.rows()).hasSize(1);
  }

  @Test
  void missingColumnsAreReportedOnLine1() {
    String text = "place,provider,min_age,effective_from\nU4,PR4,,2019-04-01\n";

    List<InputProblem> problems = problemsOf(text);

    assertThat(problems).extracting(InputProblem::file, InputProblem::line)
        .containsExactly(tuple(FILE, 1L), tuple(FILE, 1L));
    assertThat(problems.get(0).column()).hasValueSatisfying(c -> assertThat(c).isEqualToIgnoringCase("max_age"));
    assertThat(problems.get(1).column())
        .hasValueSatisfying(c -> assertThat(c).isEqualToIgnoringCase("weekly_cost"));
    assertThat(problems.get(0).message()).containsIgnoringCase("max_age");
  }

  @ParameterizedTest(name = "{0}: {1} ''{2}''")
  @CsvSource(delimiter = '|', nullValues = "~", value = {
    // place
    "Q*,PR4,,,2019-04-01,850          | place          | Q*         | Q*",
    "u4,PR4,,,2019-04-01,850          | place          | u4         | U*",
    "U4X,PR4,,,2019-04-01,850         | place          | U4X        | U*",
    ",PR4,,,2019-04-01,850            | place          | ~          | U*",
    // provider: a code or '*'; empty is neither
    "U4,PR9,,,2019-04-01,850          | provider       | PR9        | PR4",
    "U4,pr4,,,2019-04-01,850          | provider       | pr4        | PR4",
    "U4,,,,2019-04-01,850             | provider       | ~          | *",
    // weekly_cost
    "U4,PR4,,,2019-04-01,-5           | weekly_cost    | -5         | negative",
    "U4,PR4,,,2019-04-01,-0.01        | weekly_cost    | -0.01      | negative",
    "U4,PR4,,,2019-04-01,£850         | weekly_cost    | £850       | not an amount",
    "U4,PR4,,,2019-04-01,\"1,234\"    | weekly_cost    | 1,234      | not an amount",
    "U4,PR4,,,2019-04-01,1e3          | weekly_cost    | 1e3        | not an amount",
    "U4,PR4,,,2019-04-01,850.         | weekly_cost    | 850.       | not an amount",
    "U4,PR4,,,2019-04-01,ten          | weekly_cost    | ten        | not an amount",
    "U4,PR4,,,2019-04-01,             | weekly_cost    | ~          | empty",
    // ages
    "U4,PR4,1.5,,2019-04-01,850       | min_age        | 1.5        | 0 to 17",
    "U4,PR4,-1,,2019-04-01,850        | min_age        | -1         | 0 to 17",
    "U4,PR4,ten,,2019-04-01,850       | min_age        | ten        | 0 to 17",
    "U4,PR4,,18,2019-04-01,850        | max_age        | 18         | 0 to 17",
    "U4,PR4,18,,2019-04-01,850        | min_age        | 18         | 0 to 17",
    "U4,PR4,,17.0,2019-04-01,850      | max_age        | 17.0       | 0 to 17",
    "U4,PR4,12,11,2019-04-01,850      | max_age        | 11         | min_age",
    // effective_from
    "U4,PR4,,,31/02/2019,850          | effective_from | 31/02/2019 | dd/mm/yyyy",
    "U4,PR4,,,2019-4-1,850            | effective_from | 2019-4-1   | dd/mm/yyyy",
    "U4,PR4,,,1/4/19,850              | effective_from | 1/4/19     | dd/mm/yyyy",
    "U4,PR4,,,,850                    | effective_from | ~          | dd/mm/yyyy",
  })
  void badCellIsReportedWithLineColumnAndValue(String line, String column, String value, String expected) {
    List<InputProblem> problems = problemsOf(HEADER + "\nK2,*,,,2019-04-01,3000\n" + line + "\n");

    assertThat(problems).extracting(InputProblem::file, InputProblem::line, InputProblem::column,
            InputProblem::value)
        .containsExactly(tuple(FILE, 3L, Optional.of(column), Optional.ofNullable(value)));
    assertThat(problems.get(0).message()).contains(expected);
  }

  @Test
  void amountsThatAreNotNegativeNumbersDoNotSayNegative() {
    List<InputProblem> problems = problemsOf(
        HEADER + "\nU4,PR4,,,2019-04-01,£850\nU4,PR1,,,2019-04-01,\"1,234\"\nU4,PR0,,,2019-04-01,-x\n");

    assertThat(problems).extracting(InputProblem::line).containsExactly(2L, 3L, 4L);
    assertThat(problems).allSatisfy(p -> assertThat(p.message()).doesNotContain("negative"));
  }

  @Test
  void minusZeroIsZeroButAnyOtherMinusIsNegative() {
    RateCard card = RateCards.read(InputFile.ofText(FILE, HEADER + "\nU4,PR4,,,2019-04-01,-0.00\n"));

    assertThat(card.rows()).singleElement()
        .satisfies(row -> assertThat(row.weeklyCost()).isEqualByComparingTo("0"));
    assertThat(problemsOf(HEADER + "\nU4,PR4,,,2019-04-01,-0.01\n")).singleElement()
        .satisfies(problem -> assertThat(problem.message()).contains("a negative amount"));
  }

  @Test
  void noBreakSpacesAroundACellAreTrimmedAsOtherWhiteSpaceIs() {
    RateCard card = RateCards.read(InputFile.ofText(FILE,
        HEADER + "\nK2\u00A0,\u2007PR4,,,2019-04-01\u202F,\u00A03000\n"));

    assertThat(card.rows()).singleElement().satisfies(row -> {
      assertThat(row.place().toString()).isEqualTo("K2");
      assertThat(row.weeklyCost()).isEqualByComparingTo("3000");
    });
  }

  @ParameterizedTest(name = "''{0}'' has {1} cells")
  @CsvSource(delimiter = '|', value = {
    "U4,PR4,,,2019-04-01           | 5",
    "U4,PR4,,,2019-04-01,850,extra | 7",
    "U4                            | 1",
  })
  void wrongNumberOfCellsIsAProblemOfTheRow(String line, int cells) {
    List<InputProblem> problems = problemsOf(HEADER + "\nK2,*,,,2019-04-01,3000\n" + line + "\n");

    assertThat(problems).extracting(InputProblem::line, InputProblem::column)
        .containsExactly(tuple(3L, Optional.empty()));
    assertThat(problems.get(0).message()).contains(String.valueOf(cells)).contains("6");
  }

  @Test
  void duplicateAndOverlappingRowsAreReportedOnTheLaterLineNamingTheEarlier() {
    List<InputProblem> problems = problemsOf(String.join("\n",
        HEADER,                            // line 1
        "U4,PR4,,,2019-04-01,800",         // line 2
        "U4,PR4,0,10,2019-04-01,700",      // line 3: 0-10 overlaps line 2's 0-17
        "U*,*,,,2019-04-01,500",           // line 4
        "U4,PR4,,,01/04/2019,820",         // line 5: repeats line 2; overlaps line 3
        "U4,PR4,11,17,2019-04-01,900",     // line 6: overlaps lines 2 and 5, not line 3
        "U4,PR4,11,17,2020-04-01,950",     // line 7: another date
        "U4,PR1,,,2019-04-01,800",         // line 8: another provider
        "U4*,PR4,,,2019-04-01,800",        // line 9: another place pattern
        ""));

    assertThat(problems).extracting(InputProblem::file, InputProblem::line)
        .containsExactly(tuple(FILE, 3L), tuple(FILE, 5L), tuple(FILE, 5L), tuple(FILE, 6L), tuple(FILE, 6L));
    assertThat(problems.get(0).message()).contains("line 2").contains("overlap");
    assertThat(problems.get(1).message()).contains("line 2").doesNotContain("line 3");
    assertThat(problems.get(2).message()).contains("line 3").contains("overlap");
    assertThat(problems.get(3).message()).contains("line 2").contains("overlap");
    assertThat(problems.get(4).message()).contains("line 5").contains("overlap");
  }

  @Test
  void unboundedAndBoundedRowsOfOneDateOverlap() {
    List<InputProblem> problems = problemsOf(
        HEADER + "\nK2,*,,,2019-04-01,3000\nK2,*,0,17,2019-04-01,3000\n");

    assertThat(problems).extracting(InputProblem::line).containsExactly(3L);
    assertThat(problems.get(0).message()).contains("line 2");
  }

  @Test
  void everyProblemIsReportedInOneRunInLineOrder() {
    String text = String.join("\n",
        HEADER,                            // line 1
        "U4,PR4,,,2019-04-01,800",         // line 2
        "U4,PR4,,,2019-04-01,800",         // line 3: repeats line 2
        "Q*,PR9,x,,not a date,abc",        // line 4: five bad cells
        "U4,PR4,,,2019-04-01",             // line 5: five cells
        "U*,*,0,10,2019-04-01,500",        // line 6
        "U*,*,10,17,2019-04-01,600",       // line 7: overlaps line 6 at 10
        "K2,*,,,2019-04-01,-1",            // line 8: negative
        "");

    assertThatThrownBy(() -> RateCards.read(InputFile.ofText(FILE, text)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.problems()).extracting(InputProblem::line, p -> p.column().orElse("-"))
              .containsExactly(
                  tuple(3L, "-"),
                  tuple(4L, "place"),
                  tuple(4L, "provider"),
                  tuple(4L, "min_age"),
                  tuple(4L, "effective_from"),
                  tuple(4L, "weekly_cost"),
                  tuple(5L, "-"),
                  tuple(7L, "-"),
                  tuple(8L, "weekly_cost"));
          assertThat(e).isInstanceOf(IllegalArgumentException.class)
              .hasMessageStartingWith("9 problems")
              .hasMessageContaining("rates.csv line 8, column weekly_cost, value '-1'");
        });
  }

  @Test
  void anAgeRangeOfOneYearIsInOrder() {
    RateCard card = RateCards.read(InputFile.ofText(FILE, HEADER + "\nU4,*,7,7,2019-04-01,850\n"));

    assertThat(card.rows()).containsExactly(row("U4", null, 7, 7, LocalDate.of(2019, 4, 1), "850", 2));
  }

  @Test
  void anEffectiveDateThatIsEmptyIsCalledEmptyAndOneThatIsNotADateIsCalledThat() {
    List<InputProblem> problems = problemsOf(HEADER + "\nU4,PR4,,,,850\nU5,PR4,,,2019-02-30,850\n");

    assertThat(problems).extracting(InputProblem::line, InputProblem::value)
        .containsExactly(tuple(2L, Optional.empty()), tuple(3L, Optional.of("2019-02-30")));
    assertThat(problems.get(0).message()).startsWith("empty; expected ");
    assertThat(problems.get(1).message()).startsWith("not a valid date; expected ");
  }

  @Test
  void aProviderThatIsEmptyIsCalledEmptyAndOneThatIsNotACodeIsCalledUnknown() {
    List<InputProblem> problems = problemsOf(HEADER + "\nU4,,,,2019-04-01,850\nU5,PR9,,,2019-04-01,850\n");

    assertThat(problems).extracting(InputProblem::line, InputProblem::value)
        .containsExactly(tuple(2L, Optional.empty()), tuple(3L, Optional.of("PR9")));
    assertThat(problems.get(0).message()).startsWith("empty; expected one of ");
    assertThat(problems.get(1).message()).startsWith("unknown provider; expected one of ");
  }

  private static List<InputProblem> problemsOf(String text) {
    InputFile file = InputFile.ofText(FILE, text);
    try {
      RateCards.read(file);
    } catch (InvalidInputException e) {
      return e.problems();
    }
    throw new AssertionError("expected the file to be rejected");
  }

  private static RateRow row(String place, PlacementProvider provider, Integer min, Integer max,
      LocalDate from, String cost, int line) {
    return RateRow.builder()
        .place(PlacePattern.parse(place))
        .provider(Optional.ofNullable(provider))
        .minAge(Optional.ofNullable(min))
        .maxAge(Optional.ofNullable(max))
        .effectiveFrom(from)
        .weeklyCost(new BigDecimal(cost))
        .source("rates.csv line " + line)
        .build();
  }
}
