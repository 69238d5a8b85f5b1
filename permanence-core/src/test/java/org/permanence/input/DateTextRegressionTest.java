package org.permanence.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.permanence.ssda903.Ssda903Read;
import org.permanence.ssda903.Ssda903Reader;

/**
 * Dates that fuzzing the command line ({@code CommandsFuzzTest} in the examples) found the readers
 * to accept and the report to fail on: an extract written with two-digit years padded with zeros
 * was read as care two thousand years ago, whose financial years the report could not name.
 */
class DateTextRegressionTest {

  @ParameterizedTest(name = "''{0}'' is not a date")
  @ValueSource(strings = {"01/04/0019", "1/4/0019", "0019-04-01", "29/02/0016", "31/12/1899", "0000-01-01", "1/1/0001"})
  void aDateBefore1900IsNotADate(String text) {
    assertThat(DateText.parse(text)).isEmpty();
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    assertThat(DateText.parseEpochDay(bytes, 0, bytes.length)).isEqualTo(DateText.INVALID);
  }

  @Test
  void anExtractWithTwoDigitYearsPaddedWithZerosHasAProblemOnEveryDate() {
    Ssda903Read read = Ssda903Reader.strict().read(
        InputFile.ofText("header.csv", "CHILD,SEX,DOB\nC1,1,02/10/0017\n"),
        InputFile.ofText("episodes.csv", "CHILD,DECOM,RNE,LS,PLACE,PLACE_PROVIDER,DEC,REC\n"
            + "C1,25/08/0018,S,V2,U6,PR4,14/09/0018,X1\n"
            + "C1,14/09/0018,P,V2,U6,PR1,,\n"));

    assertThat(read.accepted().size()).isZero();
    assertThat(read.problems())
        .extracting(InputProblem::file, InputProblem::line, p -> p.column().orElseThrow())
        .containsExactly(
            tuple("header.csv", 2L, "DOB"),
            tuple("episodes.csv", 2L, "DECOM"),
            tuple("episodes.csv", 2L, "DEC"),
            tuple("episodes.csv", 3L, "DECOM"));
    assertThat(read.problems()).allSatisfy(problem -> assertThat(problem.message()).contains("from 1900 on"));
  }
}
