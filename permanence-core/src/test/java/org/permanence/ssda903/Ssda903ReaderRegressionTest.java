package org.permanence.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.permanence.input.InputFile;

/** Inputs that fuzzing the reader ({@code Ssda903ReaderFuzzTest} in the testkit) found it got wrong. */
class Ssda903ReaderRegressionTest {

  private static final InputFile HEADER = InputFile.ofText("header.csv", String.join("\n",
      "CHILD,SEX,DOB",
      "C1,1,2010-01-01",
      "C2,2,2012-02-29",
      ""));

  /** The second row opens a quote that is never closed, so the file cannot be read past line 2. */
  private static final InputFile EPISODES_WITH_AN_UNCLOSED_QUOTE = InputFile.ofText("episodes.csv", String.join("\n",
      "CHILD,DECOM,RNE,LS,PLACE,PLACE_PROVIDER,DEC,REC",
      "C1,2019-05-01,S,C2,U4,PR1,2019-06-01,E4A",
      "\"C2,2019-06-01,S,C2,U4,PR1,,",
      ""));

  @Test
  void leniently_anUnclosedQuoteRejectsEveryRowReadSoThatNoneIsLost() {
    Ssda903Read read = Ssda903Reader.lenient().read(HEADER, EPISODES_WITH_AN_UNCLOSED_QUOTE);

    assertThat(read.fatal()).isTrue();
    assertThat(read.acceptedRows()).isZero();
    assertThat(read.rowsRead()).isEqualTo(3);
    assertThat(read.rejectedRows()).hasSize(3)
        .extracting(RejectedRow::file, RejectedRow::line)
        .containsExactly(
            tuple("header.csv", 2L),
            tuple("header.csv", 3L),
            tuple("episodes.csv", 2L));
    assertThat(read.rejectedRows()).allSatisfy(row ->
        assertThat(row.reason()).contains("episodes.csv line 3").contains("quote"));
    assertThat(read.rejectedRows().get(2).cells()).containsExactly(
        "C1", "2019-05-01", "S", "C2", "U4", "PR1", "2019-06-01", "E4A");
  }

  @Test
  void strictly_anUnclosedQuoteRejectsNoRow() {
    Ssda903Read read = Ssda903Reader.strict().read(HEADER, EPISODES_WITH_AN_UNCLOSED_QUOTE);

    assertThat(read.fatal()).isTrue();
    assertThat(read.rejectedRows()).isEmpty();
  }

  @Test
  void leniently_aMissingColumnReadsNoRowAndRejectsNone() {
    Ssda903Read read = Ssda903Reader.lenient().read(HEADER,
        InputFile.ofText("episodes.csv", "CHILD,DECOM\nC1,2019-05-01\n"));

    assertThat(read.fatal()).isTrue();
    assertThat(read.rowsRead()).isZero();
    assertThat(read.rejectedRows()).isEmpty();
  }
}
