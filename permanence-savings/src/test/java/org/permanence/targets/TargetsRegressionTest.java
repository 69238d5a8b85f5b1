package org.permanence.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.permanence.exit.RouteTable;
import org.permanence.input.InputFile;
import org.permanence.input.InvalidInputException;

/**
 * Targets that fuzzing the readers ({@code SavingsReadersFuzzTest}) found to take seconds to read:
 * a net saving of a million nines, which the report then took half a minute over.
 */
class TargetsRegressionTest {

  @Test
  void aTargetOfAMillionNinesIsAProblemNotSecondsOfWork() {
    InputFile targets = InputFile.ofText("targets.csv",
        "measure,financial_year,target\nnet_saving,2025-26," + "9".repeat(1_000_000) + "\nexits,2025-26,"
            + "1".repeat(21) + "\nexits,2026-27," + "9".repeat(20) + "\n");

    InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class,
        () -> Targets.read(targets, RouteTable.DEFAULT));

    assertThat(thrown.problems()).hasSize(2).allSatisfy(problem -> {
      assertThat(problem.column()).contains("target");
      assertThat(problem.message()).startsWith("more digits than any amount has");
    });
    assertThat(thrown.problems()).extracting(p -> p.line()).containsExactly(2L, 3L);
  }
}
