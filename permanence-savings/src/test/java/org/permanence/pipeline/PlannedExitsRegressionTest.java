package org.permanence.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.permanence.care.CareData;
import org.permanence.exit.RouteTable;
import org.permanence.input.InputFile;
import org.permanence.input.InputProblem;
import org.permanence.input.InvalidInputException;
import org.permanence.ssda903.Ssda903Reader;

/** Inputs that fuzzing the readers ({@code SavingsReadersFuzzTest}) found the planned-exits reader to get wrong. */
class PlannedExitsRegressionTest {

  private static final LocalDate AS_AT = LocalDate.of(2025, 12, 31);

  private static final CareData DATA = Ssda903Reader.strict().read(
      InputFile.ofText("header.csv", "CHILD,DOB\nC1,2015-03-01\n"),
      InputFile.ofText("episodes.csv", "CHILD,DECOM,RNE,LS,PLACE,PLACE_PROVIDER,DEC,REC\nC1,2024-05-01,S,C2,U4,PR1,,\n"))
      .strict();

  /**
   * A child and a route ending in control characters (a BEL, a NUL) were trimmed of them as of
   * white space, unlike in every other file: the row was taken as C1's planned special
   * guardianship order, and a problem showed a value that is not the cell.
   */
  @Test
  void aChildAndARouteWithControlCharactersAreNotTakenForOthers() {
    InputFile planned = InputFile.ofText("planned.csv",
        "child,planned_exit_date,route,status\nC1\u0007,2026-02-16,SGO\u0000,scheduled\n");

    InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class,
        () -> PlannedExits.read(planned, RouteTable.DEFAULT, DATA, AS_AT));

    assertThat(thrown.problems())
        .extracting(InputProblem::line, p -> p.column().orElseThrow(), p -> p.value().orElseThrow())
        .containsExactly(tuple(2L, "route", "SGO\u0000"), tuple(2L, "child", "C1\u0007"));
  }

  @Test
  void whiteSpaceAroundAChildAndARouteIsStillTrimmed() {
    InputFile planned = InputFile.ofText("planned.csv",
        "child,planned_exit_date,route,status\n C1\u00A0,2026-02-16,\tsgo ,scheduled\n");

    assertThat(PlannedExits.read(planned, RouteTable.DEFAULT, DATA, AS_AT)).singleElement()
        .satisfies(plan -> assertThat(plan.childId().value()).isEqualTo("C1"));
  }
}
