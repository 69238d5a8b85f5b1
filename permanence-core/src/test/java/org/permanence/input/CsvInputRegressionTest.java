package org.permanence.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.permanence.ssda903.Ssda903Read;
import org.permanence.ssda903.Ssda903Reader;

/** Inputs that fuzzing the readers (the {@code *FuzzTest}s of the testkit) found them to get wrong. */
class CsvInputRegressionTest {

  private static InputFile bytes(String name, byte[] bytes) {
    return new InputFile(name, () -> new ByteArrayInputStream(bytes));
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Reads a file as every reader does, returning the problems. */
  private static List<InputProblem> problems(InputFile file) {
    List<InputProblem> problems = new ArrayList<>();
    CsvInput input = CsvInput.open(file, List.of("A"), problems);
    if (input != null) {
      input.readCells(row -> { }, problems);
    }
    return problems;
  }

  // The decoder fails a whole buffer of 8 KiB ahead of the parser, so a byte that is not UTF-8
  // anywhere in a small file was reported on line 1 or on the line after the last row read.

  @Test
  void aLatin1ByteOnLine5IsReportedOnLine5() {
    byte[] file = concat(utf8("A,B\n1,x\n2,y\n3,z\n4,caf"), new byte[] {(byte) 0xE9}, utf8("\n5,w\n"));

    assertThat(problems(bytes("latin1.csv", file))).singleElement().satisfies(problem -> {
      assertThat(problem.line()).isEqualTo(5);
      assertThat(problem.message()).contains("not UTF-8").contains("byte E9");
    });
  }

  @Test
  void aUtf16ByteOrderMarkIsReportedOnLine1() {
    byte[] file = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "A,B\n1,x\n".getBytes(StandardCharsets.UTF_16LE));

    assertThat(problems(bytes("utf16.csv", file))).singleElement().satisfies(problem -> {
      assertThat(problem.line()).isEqualTo(1);
      assertThat(problem.message()).contains("byte FF");
    });
  }

  @Test
  void aSequenceCutAtTheEndOfTheFileIsReportedOnTheLastLine() {
    byte[] file = concat(utf8("A,B\r\n1,x\r\n2,"), new byte[] {(byte) 0xE2, (byte) 0x82});

    assertThat(problems(bytes("cut.csv", file))).singleElement()
        .satisfies(problem -> assertThat(problem.line()).isEqualTo(3));
  }

  @Test
  void aByteFarDownALargeFileIsReportedOnItsLineWhateverTheLineEnds() {
    StringBuilder text = new StringBuilder("A,B\r\n");
    for (int row = 0; row < 20_000; row++) {
      text.append(row).append(',').append(row % 3 == 0 ? "\u00E9t\u00E9" : "x").append(row % 2 == 0 ? "\r\n" : "\n");
    }
    // line 20,002: the header and 20,000 rows before it
    byte[] file = concat(utf8(text.toString()), new byte[] {'9', ',', (byte) 0xC0, (byte) 0x80, '\n'});

    assertThat(problems(bytes("large.csv", file))).singleElement().satisfies(problem -> {
      assertThat(problem.line()).isEqualTo(20_002);
      assertThat(problem.message()).contains("byte C0");
    });
  }

  @Test
  void anEpisodesFileWithALatin1ByteOnLine8SaysLine8() {
    InputFile header = InputFile.ofText("header.csv", "CHILD,DOB\nC1,2010-01-01\n");
    StringBuilder episodes = new StringBuilder("CHILD,DECOM,RNE,LS,PLACE,PLACE_PROVIDER,DEC,REC\n");
    for (int day = 1; day <= 6; day++) {
      episodes.append("C1,2019-05-0").append(day).append(",P,C2,U4,PR1,2019-05-0").append(day + 1).append(",X1\n");
    }
    byte[] file = concat(utf8(episodes.toString()), utf8("C1,2019-05-07,P,C2,U4,PR1,,,Ren"),
        new byte[] {(byte) 0xE9}, utf8("e\n"));

    Ssda903Read read = Ssda903Reader.strict().read(header, bytes("episodes.csv", file));

    assertThat(read.fatal()).isTrue();
    assertThat(read.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.file()).isEqualTo("episodes.csv");
      assertThat(problem.line()).isEqualTo(8);
    });
  }

  @Test
  void aRateCardWithAWindows1252PoundSignSaysItsLine() {
    byte[] file = concat(utf8("place,provider,min_age,max_age,effective_from,weekly_cost\n"
        + "U4,*,,,2015-04-01,260\n*,*,,,2015-04-01,"), new byte[] {(byte) 0xA3}, utf8("600\n"));

    assertThatThrownBy(() -> RateCards.read(bytes("rates.csv", file)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(problem -> assertThat(problem.line()).isEqualTo(3)));
  }
}
