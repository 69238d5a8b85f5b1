package org.permanence.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A problem of an input file, read out as its reader would write it. */
class InputProblemTest {

  @Test
  void aCellsProblemShowsTheValueWrittenButNotAnEmptyOne() {
    InputProblem written = InputProblem.ofCell("rates.csv", 3, "weekly_cost", "ten", "not an amount");
    InputProblem empty = InputProblem.ofCell("rates.csv", 4, "weekly_cost", "", "empty");

    assertThat(written.value()).contains("ten");
    assertThat(written).hasToString("rates.csv line 3, column weekly_cost, value 'ten': not an amount");
    assertThat(empty.value()).isEmpty();
    assertThat(empty).hasToString("rates.csv line 4, column weekly_cost: empty");
  }

  @Test
  void aProblemOfTheWholeFileHasNoLine() {
    InputProblem whole = InputProblem.builder().file("episodes.csv").line(0).message("the file is empty").build();
    InputProblem first = InputProblem.builder().file("episodes.csv").line(1).message("no CHILD column").build();

    assertThat(whole.column()).isEqualTo(Optional.empty());
    assertThat(whole).hasToString("episodes.csv: the file is empty");
    assertThat(first).hasToString("episodes.csv line 1: no CHILD column");
  }
}
