package org.permanence.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.permanence.exit.Route;
import org.permanence.input.InputFile;
import org.permanence.input.InputProblem;
import org.permanence.input.InvalidInputException;

class SupportCardTest {

  private static SupportCard card(String... rows) {
    return SupportCards.read(InputFile.ofText("support.csv",
        "route,kind,min_age,max_age,effective_from,amount\n" + String.join("\n", rows) + "\n"));
  }

  private static List<InputProblem> problems(String... rows) {
    try {
      card(rows);
    } catch (InvalidInputException e) {
      return e.problems();
    }
    throw new AssertionError("expected the card to be refused");
  }

  // made for each test, not once for the class: a card sorts its rows as it is made, so a card
  // made once would hide a change to that order from every test but the first
  private final SupportCard supportCard = card(
      "*,weekly,,,2020-04-01,100",          // line 2: any route
      "SGO,weekly,,,2020-04-01,200",        // line 3: SGO, any age
      "SGO,weekly,11,17,2020-04-02,250",    // line 4: SGO, 11 and over (not on line 3's date: ages would overlap)
      "SGO,weekly,,,2024-04-01,210",        // line 5: the uplift of line 3
      "ADOPTION,one-off,,,2020-04-01,5000", // line 6
      "SGO,one-off,0,10,2023-01-01,1500");  // line 7

  @ParameterizedTest(name = "{0} {1}, age {2}, on {3}: {4}")
  @CsvSource(delimiter = '|', value = {
    // a named route beats *, whatever the dates
    "weekly  | SGO         | 5  | 2021-06-01 | 3",
    // the latest effective date of the most specific rows
    "weekly  | SGO         | 5  | 2024-04-01 | 5",
    "weekly  | SGO         | 5  | 2024-03-31 | 3",
    // an age-bounded row beats an unbounded one, even a later one
    "weekly  | SGO         | 12 | 2025-01-01 | 4",
    // only * for another route
    "weekly  | CAO         | 12 | 2025-01-01 | 2",
    // nothing before any row takes effect
    "weekly  | CAO         | 12 | 2019-01-01 | -",
    "one-off | ADOPTION    | 3  | 2021-01-01 | 6",
    "one-off | SGO         | 5  | 2023-01-01 | 7",
    // no one-off row for SGO at 11, nor for CAO: no support
    "one-off | SGO         | 11 | 2023-01-01 | -",
    "one-off | CAO         | 5  | 2023-01-01 | -",
  })
  void theRowIsTheMostSpecificThenTheLatest(String kind, String route, int age, String day, String line) {
    Optional<SupportRow> row = supportCard.row(SupportKind.find(kind).orElseThrow(), Route.of(route), age,
        LocalDate.parse(day));

    if (line.equals("-")) {
      assertThat(row).isEmpty();
    } else {
      assertThat(row).map(r -> r.source().orElseThrow()).contains("support.csv line " + line);
    }
  }

  @Test
  void noCardMeansNoSupport() {
    assertThat(SupportCard.NONE.row(SupportKind.WEEKLY, Route.SGO, 5, LocalDate.parse("2025-01-01"))).isEmpty();
    assertThat(SupportCard.NONE.rows()).isEmpty();
  }

  @Test
  void everyProblemIsListedWithItsLine() {
    List<InputProblem> problems = problems(
        "SGO,weekly,,,2020-04-01,200",      // line 2
        "sgo,weekly,,,2020-04-01,200",      // line 3: not a route
        "SGO,monthly,,,2020-04-01,200",     // line 4: unknown kind
        "SGO,weekly,12,11,2020-04-01,200",  // line 5: min above max
        "SGO,weekly,,,2020-02-30,200",      // line 6: no such date
        "SGO,weekly,,,2021-04-01,-5",       // line 7: negative
        "SGO,weekly,,,2020-04-01,300",      // line 8: line 2 again
        "SGO,weekly,16,17,2020-04-01,300",  // line 9: overlaps the ages of lines 2 and 8
        "*,one-off,,18,2020-04-01,1");      // line 10: an age of 18

    assertThat(problems).extracting(InputProblem::line, p -> p.column().orElse(""))
        .containsExactly(
            tuple(3L, "route"), tuple(4L, "kind"), tuple(5L, "max_age"), tuple(6L, "effective_from"),
            // line 9 overlaps both line 2 and line 8
            tuple(7L, "amount"), tuple(8L, ""), tuple(9L, ""), tuple(9L, ""), tuple(10L, "max_age"));
    assertThat(problems.get(5).message()).contains("(line 2)").contains("repeats");
    assertThat(problems.get(6).message()).contains("(line 2)").contains("overlap");
    assertThat(problems.get(4).message()).contains("a negative amount");
  }

  @Test
  void ofRefusesRowsThatClash() {
    SupportRow row = SupportRow.builder().route(Route.SGO).kind(SupportKind.WEEKLY)
        .effectiveFrom(LocalDate.parse("2020-04-01")).amount(BigDecimal.TEN).build();

    assertThatIllegalArgumentException().isThrownBy(() -> SupportCard.of(List.of(row, row)))
        .withMessageContaining("repeats");
  }

  @Test
  void aRowWritesItselfAsTheCardDoes() {
    assertThat(supportCard.rows().get(2)).hasToString("SGO,weekly,11,17,2020-04-02,250");
    assertThat(supportCard.rows().get(0)).hasToString("*,weekly,,,2020-04-01,100");
    assertThat(supportCard.effectiveDates()).containsExactly(
        LocalDate.parse("2020-04-01"), LocalDate.parse("2020-04-02"), LocalDate.parse("2023-01-01"),
        LocalDate.parse("2024-04-01"));
  }

  @Test
  void agesThatMeetAtOneYearOverlapInEitherOrder() {
    // both rows would apply to a child of 5
    assertThat(problems("SGO,weekly,0,5,2020-04-01,100", "SGO,weekly,5,10,2020-04-01,120"))
        .singleElement().satisfies(problem -> {
          assertThat(problem.line()).isEqualTo(3);
          assertThat(problem.message()).contains("(line 2)").contains("overlap");
        });
    assertThat(problems("SGO,weekly,5,10,2020-04-01,120", "SGO,weekly,0,5,2020-04-01,100"))
        .singleElement().satisfies(problem -> assertThat(problem.line()).isEqualTo(3));
    // next to each other, they do not
    assertThat(card("SGO,weekly,0,5,2020-04-01,100", "SGO,weekly,6,10,2020-04-01,120").rows()).hasSize(2);
    assertThat(card("SGO,weekly,6,10,2020-04-01,120", "SGO,weekly,0,5,2020-04-01,100").rows()).hasSize(2);
  }

  private static SupportRow.Builder row() {
    return SupportRow.builder().route(Route.SGO).kind(SupportKind.WEEKLY)
        .effectiveFrom(LocalDate.parse("2020-04-01")).amount(BigDecimal.TEN);
  }

  @Test
  void agesRunFrom0To17AndASingleYearIsARange() {
    assertThat(row().minAge(0).maxAge(17).build().isAgeBounded()).isTrue();
    assertThat(row().minAge(5).maxAge(5).build().matches(Route.SGO, 5)).isTrue();
    assertThatIllegalArgumentException().isThrownBy(() -> row().minAge(-1).build()).withMessageContaining("-1");
    assertThatIllegalArgumentException().isThrownBy(() -> row().maxAge(18).build()).withMessageContaining("18");
    assertThatIllegalArgumentException().isThrownBy(() -> row().minAge(6).maxAge(5).build())
        .withMessageContaining("min_age 6").withMessageContaining("max_age 5");
    // either bound makes a row age-bounded, and so more specific
    assertThat(row().minAge(11).build().isAgeBounded()).isTrue();
    assertThat(row().maxAge(10).build().isAgeBounded()).isTrue();
    assertThat(row().build().isAgeBounded()).isFalse();
    assertThat(row().build().lowestAge()).isZero();
    assertThat(row().build().highestAge()).isEqualTo(17);
  }

  @Test
  void anEmptyKindOrRouteIsSaidToBeEmpty() {
    List<InputProblem> problems = problems(
        "SGO,,,,2020-04-01,1",              // line 2
        "SGO,fortnightly,,,2020-04-01,1",   // line 3
        ",weekly,,,2020-04-01,1",           // line 4
        "Sgo,weekly,,,2020-04-01,1");       // line 5

    assertThat(problems).extracting(InputProblem::line, p -> p.column().orElse(""), p -> p.value().orElse(""),
            p -> p.message().substring(0, p.message().indexOf(';')))
        .containsExactly(
            tuple(2L, "kind", "", "empty"),
            tuple(3L, "kind", "fortnightly", "unknown kind"),
            tuple(4L, "route", "", "empty"),
            tuple(5L, "route", "Sgo", "not a route"));
  }

  @Test
  void aCardIsReadFromAFileEachRowForItsRoute(@TempDir Path directory) throws IOException {
    Path file = Files.writeString(directory.resolve("support.csv"),
        "route,kind,min_age,max_age,effective_from,amount\nSGO,weekly,,,2020-04-01,140\n*,one-off,,,2020-04-01,500\n");
    SupportCard card = SupportCards.read(file);

    assertThat(card.rows()).extracting(SupportRow::route).containsExactly(Optional.of(Route.SGO), Optional.empty());
    assertThat(card).hasToString("SupportCard[2 rows]");
  }
}
