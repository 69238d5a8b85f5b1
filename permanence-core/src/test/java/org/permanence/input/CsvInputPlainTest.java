package org.permanence.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.LongPredicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link CsvInput#readPlain} against {@link CsvInput#readCells} and against the rows a plain file
 * has by its definition: lines split at line feeds (one carriage return before each dropped), the
 * first non-empty line the header, every other non-empty line a row split at its commas.
 */
class CsvInputPlainTest {

  private static final int BUFFER = 1 << 20;

  // ---------------------------------------------------------------- what was seen

  /** A row as a {@link CellHandler} saw it. */
  record TextRow(long line, int cellCount, boolean fits, boolean blank, List<String> texts,
      List<String> raws) {

    static TextRow of(RowText row) {
      List<String> texts = new ArrayList<>();
      List<String> raws = new ArrayList<>();
      for (int i = 0; i < row.cellCount(); i++) {
        texts.add(row.text(i));
        raws.add(row.rawText(i));
        // the other views of a cell agree with its text
        assertThat(row.isEmpty(i)).isEqualTo(row.text(i).isEmpty());
        assertThat(row.cell(i).toString()).isEqualTo(row.text(i));
      }
      return new TextRow(row.line(), row.cellCount(), row.fits(), row.isBlank(), texts, raws);
    }
  }

  /** A line as a {@link CsvInput.PlainRowHandler} saw it. */
  record BytesRow(long line, List<String> cells, List<Boolean> trimmed) {

    static BytesRow of(PlainRow row) {
      List<String> cells = new ArrayList<>();
      List<Boolean> trimmed = new ArrayList<>();
      for (int i = 0; i < row.cellCount(); i++) {
        int from = row.from(i);
        int to = row.to(i);
        cells.add(new String(row.bytes(), from, to - from, StandardCharsets.ISO_8859_1));
        trimmed.add(row.isTrimmedValue(i));
        assertThat(row.isEmpty(i)).isEqualTo(from == to);
      }
      // a column past the last cell, or one the file does not have, is empty
      assertThat(row.isEmpty(row.cellCount())).isTrue();
      assertThat(row.isEmpty(-1)).isTrue();
      assertThat(row.isTrimmedValue(-1)).isFalse();
      return new BytesRow(row.line(), cells, trimmed);
    }
  }

  /** What one reading of a file gave. */
  record Reading(long returned, List<BytesRow> offered, List<TextRow> passed, List<InputProblem> problems) {}

  private static CsvInput open(InputFile file) {
    List<InputProblem> problems = new ArrayList<>();
    CsvInput input = CsvInput.open(file, List.of(), problems);
    assertThat(problems).isEmpty();
    assertThat(input).isNotNull();
    return input;
  }

  private static Reading readCells(InputFile file) {
    List<TextRow> passed = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    long returned = open(file).readCells(row -> passed.add(TextRow.of(row)), problems);
    return new Reading(returned, List.of(), passed, problems);
  }

  /** Reads plain, the handler taking the rows on the lines {@code take} accepts. */
  private static Reading readPlain(InputFile file, LongPredicate take) {
    List<BytesRow> offered = new ArrayList<>();
    List<TextRow> passed = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    long returned = open(file).readPlain(row -> {
      offered.add(BytesRow.of(row));
      return take.test(row.line());
    }, row -> passed.add(TextRow.of(row)), problems);
    return new Reading(returned, offered, passed, problems);
  }

  // ---------------------------------------------------------------- what a plain file holds

  /** A data line of a plain file by the definition: its number and its cells, untrimmed. */
  record Line(long number, List<String> cells) {
    boolean blank() {
      return cells.stream().allMatch(cell -> trim(cell).isEmpty());
    }

    boolean fits(int width) {
      return cells.size() == width
          || (cells.size() > width && cells.subList(width, cells.size()).stream().allMatch(c -> trim(c).isEmpty()));
    }

    TextRow asText(int width) {
      return new TextRow(number, cells.size(), fits(width), blank(),
          cells.stream().map(CsvInputPlainTest::trim).toList(), cells);
    }

    BytesRow asBytes() {
      return new BytesRow(number, cells, cells.stream()
          .map(c -> !c.isEmpty() && c.charAt(0) > ' ' && c.charAt(c.length() - 1) > ' ').toList());
    }
  }

  /** Trims as {@link RowText} does, by {@link Character#isWhitespace}. */
  private static String trim(String cell) {
    int from = 0;
    int to = cell.length();
    while (from < to && Character.isWhitespace(cell.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(cell.charAt(to - 1))) {
      to--;
    }
    return cell.substring(from, to);
  }

  /** The number of cells of the header. */
  private static int width(byte[] file) {
    return linesOf(file).get(0).cells().size();
  }

  /** The non-empty lines after the header. */
  private static List<Line> dataLines(byte[] file) {
    List<Line> lines = linesOf(file);
    return lines.subList(1, lines.size());
  }

  /**
   * The header and the non-empty lines of a plain file. A leading byte-order mark is left out, but
   * makes the first line the header even when nothing follows it: a reader of characters sees the
   * mark there.
   */
  private static List<Line> linesOf(byte[] file) {
    String text = new String(file, StandardCharsets.ISO_8859_1);
    boolean bom = text.startsWith("\u00ef\u00bb\u00bf");
    if (bom) {
      text = text.substring(3);
    }
    String[] physical = text.split("\n", -1);
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < physical.length; i++) {
      String line = physical[i].endsWith("\r") ? physical[i].substring(0, physical[i].length() - 1) : physical[i];
      if (!line.isEmpty() || (i == 0 && bom)) {
        lines.add(new Line(i + 1, List.of(line.split(",", -1))));
      }
    }
    return lines;
  }

  /**
   * Asserts that a plain file is read plain exactly as by its definition and as {@link
   * CsvInput#readCells} reads it, whichever rows the plain handler takes.
   */
  private static void assertReadPlainAsCells(InputFile file, byte[] bytes) {
    int width = width(bytes);
    List<Line> lines = dataLines(bytes);
    List<BytesRow> everyLine = lines.stream().map(Line::asBytes).toList();
    List<TextRow> notBlank = lines.stream().filter(l -> !l.blank()).map(l -> l.asText(width)).toList();

    Reading cells = readCells(file);
    assertThat(cells.problems()).isEmpty();
    assertThat(cells.passed()).as("readCells").containsExactlyElementsOf(notBlank);
    assertThat(cells.returned()).isEqualTo(notBlank.size());

    Reading declined = readPlain(file, line -> false);
    assertThat(declined.problems()).isEmpty();
    assertThat(declined.offered()).as("offered, every row declined").containsExactlyElementsOf(everyLine);
    assertThat(declined.passed()).as("passed on, every row declined").containsExactlyElementsOf(cells.passed());
    assertThat(declined.returned()).isEqualTo(cells.returned());

    Reading taken = readPlain(file, line -> true);
    assertThat(taken.problems()).isEmpty();
    assertThat(taken.offered()).as("offered, every row taken").containsExactlyElementsOf(everyLine);
    assertThat(taken.passed()).as("passed on, every row taken").isEmpty();
    assertThat(taken.returned()).isEqualTo(lines.size());

    Reading some = readPlain(file, line -> line % 2 == 0);
    assertThat(some.problems()).isEmpty();
    assertThat(some.offered()).as("offered, even lines taken").containsExactlyElementsOf(everyLine);
    assertThat(some.passed()).as("passed on, even lines taken")
        .containsExactlyElementsOf(cells.passed().stream().filter(r -> r.line() % 2 != 0).toList());
    assertThat(some.returned()).isEqualTo(
        lines.stream().filter(l -> l.number() % 2 == 0 || !l.blank()).count());
  }

  private static InputFile bytesFile(byte[] bytes) {
    return new InputFile("test.csv", () -> new ByteArrayInputStream(bytes));
  }

  /**
   * A file whose stream gives at most seven bytes a read, as a slow disk or a network might: a
   * reader must not take a short read for the end.
   */
  private static InputFile tricklingFile(byte[] bytes) {
    return new InputFile("test.csv", () -> new InputStream() {
      private int next;

      @Override
      public int read() {
        return next < bytes.length ? bytes[next++] & 0xFF : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (len == 0) {
          return 0;
        }
        if (next == bytes.length) {
          return -1;
        }
        int n = Math.min(Math.min(len, 7), bytes.length - next);
        System.arraycopy(bytes, next, b, off, n);
        next += n;
        return n;
      }
    });
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  // ---------------------------------------------------------------- small plain files

  static Stream<Arguments> plainFiles() {
    StringBuilder everyCommaPosition = new StringBuilder("A,B\n");
    for (int k = 0; k <= 17; k++) {
      everyCommaPosition.append("x".repeat(k)).append(',').append("y".repeat(17 - k)).append('\n');
      everyCommaPosition.append("12345678".repeat(k % 3)).append("\n");
    }
    String wide = String.join(",", IntStream.range(0, 40).mapToObj(i -> "H" + i).toList()) + "\n"
        + String.join(",", Collections.nCopies(40, "c")) + "\n"
        + String.join(",", Collections.nCopies(70, " d")) + "\n";
    return Stream.of(
        Arguments.of("rows", "A,B,C\n1,2,3\n4,5,6\n"),
        Arguments.of("header only", "A,B\n"),
        Arguments.of("header only, no final line feed", "A,B"),
        Arguments.of("no final line feed", "A,B\n1,2\n3,4"),
        Arguments.of("one row, no final line feed", "A,B\n1,2"),
        Arguments.of("CRLF", "A,B\r\n1,2\r\n3,4\r\n"),
        Arguments.of("CRLF, no final line end", "A,B\r\n1,2\r\n3,4"),
        Arguments.of("CRLF and LF mixed", "A,B\r\n1,2\n3,4\r\n5,6\n"),
        Arguments.of("byte-order mark", "\uFEFFA,B\n1,2\n"),
        Arguments.of("byte-order mark, CRLF", "\uFEFFA,B\r\n1,2\r\n3,4"),
        Arguments.of("byte-order mark, header only", "\uFEFFA"),
        Arguments.of("byte-order mark, then an empty first line", "\uFEFF\nA,B\n1,2\n"),
        Arguments.of("blank lines", "A,B\n\n1,2\n\n\n3,4\n\n"),
        Arguments.of("blank CRLF lines", "A,B\r\n\r\n1,2\r\n\r\n\r\n3,4\r\n\r\n"),
        Arguments.of("rows of commas and white space", "A,B,C\n,,\n , , \n  \n1,2,3\n\t,\t\n,\n\u000b,\u001f\n"),
        Arguments.of("last line only commas", "A,B\n1,2\n,,"),
        Arguments.of("last line only spaces", "A,B\n1,2\n   "),
        Arguments.of("cells with white space", "A,B\n 1 , 2\n\t3\t,4 \n5,\f6\f\n"),
        Arguments.of("empty cells", "A,B,C\n,2,\n1,,\n,,3\n"),
        Arguments.of("too few and too many cells", "A,B,C\n1,2\n1,2,3,4\n1,2,3,\n1,2,3, \n1\n"),
        Arguments.of("header with white space and empty names", " a , b ,,\n1,2,3,4\n"),
        Arguments.of("control characters that are not white space", "A,B\n\u0001,\u007f\n\u0000x,y\u0002\n"),
        Arguments.of("bytes just below and above the comma", "A,B\n+,-\n*,.\n!#$%&'(),/\n--,++\n"),
        Arguments.of("no comment lines", "#A,B\n#1,2\n"),
        Arguments.of("a comma at every place in a line of 17", everyCommaPosition.toString()),
        Arguments.of("many cells", wide),
        Arguments.of("long cells", "A,B\n" + "x".repeat(300) + "," + "y".repeat(1000) + "\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plainFiles")
  void aPlainFileGivesTheRowsThatReadCellsGives(String name, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

    assertReadPlainAsCells(InputFile.ofText("test.csv", text), bytes);
    assertReadPlainAsCells(tricklingFile(bytes), bytes);
  }

  @Test
  void blankLinesAndRowsAreSkippedButCountedInLineNumbers() {
    String text = "A,B\n\n1,2\r\n\r\n , \n,\n3,4\n\n";

    Reading read = readPlain(InputFile.ofText("test.csv", text), line -> false);

    assertThat(read.passed()).extracting(TextRow::line, TextRow::texts).containsExactly(
        tuple(3L, List.of("1", "2")),
        tuple(7L, List.of("3", "4")));
    assertThat(read.offered()).extracting(BytesRow::line).containsExactly(3L, 5L, 6L, 7L);
    assertThat(read.returned()).isEqualTo(2);
  }

  @Test
  void cellsAreOfferedUntrimmedAndPassedOnTrimmed() {
    String text = "A,B\n 1 ,2\t\n";

    Reading read = readPlain(InputFile.ofText("test.csv", text), line -> false);

    assertThat(read.offered()).singleElement().satisfies(row -> {
      assertThat(row.cells()).containsExactly(" 1 ", "2\t");
      assertThat(row.trimmed()).containsExactly(false, false);
    });
    assertThat(read.passed()).singleElement().satisfies(row -> {
      assertThat(row.texts()).containsExactly("1", "2");
      assertThat(row.raws()).containsExactly(" 1 ", "2\t");
    });
  }

  static Stream<Arguments> filesStartingWithEmptyLines() {
    return Stream.of(
        Arguments.of("an empty line", "\nA,B\n1,2\n"),
        Arguments.of("an empty CRLF line", "\r\nA,B\r\n1,2\r\n"),
        Arguments.of("two empty lines", "\n\nA,B\n1,2\n"));
  }

  /**
   * The header of a file whose first lines are empty is its first non-empty line, for {@link
   * CsvInput#open} and {@link CsvInput#readCells}; {@link CsvInput#readPlain} takes physical line 1
   * for the header whatever it holds, and offers the real header as a data row.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("filesStartingWithEmptyLines")
  void aFileStartingWithEmptyLinesGivesTheRowsThatReadCellsGives(String name, String text) {
    // readCells reads the row on the line after the header, and nothing else
    Reading cells = readCells(InputFile.ofText("test.csv", text));
    long rowLine = cells.passed().get(0).line();
    assertThat(cells.passed()).extracting(TextRow::texts).containsExactly(List.of("1", "2"));

    Reading read = readPlain(InputFile.ofText("test.csv", text), line -> false);

    assertThat(read.offered()).extracting(BytesRow::line).containsExactly(rowLine);
    assertThat(read.passed()).containsExactlyElementsOf(cells.passed());
    assertThat(read.returned()).isEqualTo(cells.returned());
  }

  // ---------------------------------------------------------------- files that are not plain

  static Stream<Arguments> filesThatAreNotPlain() {
    byte[] bomInTheMiddle = concat(ascii("A,B\n1,2\n"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        ascii("3,4\n"));
    byte[] twoBoms = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB,
        (byte) 0xBF}, ascii("A,B\n1,2\n"));
    return Stream.of(
        Arguments.of("a quoted header name", ascii("\"A\",B\n1,2\n")),
        Arguments.of("a quote inside a header name", ascii("A\"B,C\n1,2\n")),
        Arguments.of("a quote after a byte-order mark", concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ascii("\"A\",B\n1,2\n"))),
        Arguments.of("a quoted first cell", ascii("A,B\n\"1\",2\n")),
        Arguments.of("a quoted last cell", ascii("A,B\n1,2\n3,\"4\"\n")),
        Arguments.of("an empty quoted cell", ascii("A,B\n1,\"\"\n")),
        Arguments.of("a quote inside a cell", ascii("A,B\n1,2\"\n")),
        Arguments.of("a quote as the last byte", ascii("A,B\n1,2\n3,4\"")),
        Arguments.of("a quote after eight letters", ascii("A,B\nabcdefgh\"ijklmnop,q\n")),
        Arguments.of("a quote on a blank-looking line", ascii("A,B\n1,2\n , \"\n")),
        Arguments.of("a letter outside ASCII", "A,B\n1,\u00e9\n".getBytes(StandardCharsets.UTF_8)),
        Arguments.of("a letter outside ASCII in the header", "\u00c9,B\n1,2\n".getBytes(StandardCharsets.UTF_8)),
        Arguments.of("a letter outside ASCII after eight letters",
            "A,B\nabcdefgh\u00e9ijklmnop,q\n".getBytes(StandardCharsets.UTF_8)),
        Arguments.of("a byte that is not UTF-8", concat(ascii("A,B\n1,"), new byte[] {(byte) 0xFF}, ascii("\n"))),
        Arguments.of("a lone continuation byte", concat(ascii("A,B\n1,2"), new byte[] {(byte) 0x80})),
        Arguments.of("a byte-order mark in the middle", bomInTheMiddle),
        Arguments.of("two byte-order marks", twoBoms),
        Arguments.of("a carriage return ending the header", ascii("A,B\r1,2\n")),
        Arguments.of("a lone carriage return mid-file", ascii("A,B\n1,2\r3,4\n")),
        Arguments.of("a lone carriage return mid-cell", ascii("A,B\n1\r2,3\n")),
        Arguments.of("a lone carriage return after eight letters", ascii("A,B\nabcdefg\rhijklmnop,q\n")),
        Arguments.of("two carriage returns before a line feed", ascii("A,B\n1,2\r\r\n")),
        Arguments.of("a carriage return as the last byte", ascii("A,B\n1,2\n3,4\r")),
        Arguments.of("a carriage return as the only line end", ascii("A,B\r1,2\r")),
        Arguments.of("a carriage return after the header only", ascii("A,B\r")),
        Arguments.of("a carriage return on a line of its own at the end", ascii("A,B\n1,2\n\r")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("filesThatAreNotPlain")
  void aFileThatIsNotPlainIsSaidToBe(String name, byte[] bytes) {
    for (InputFile file : List.of(bytesFile(bytes), tricklingFile(bytes))) {
      for (boolean take : new boolean[] {false, true}) {
        List<InputProblem> problems = new ArrayList<>();
        CsvInput input = CsvInput.open(file, List.of(), problems);
        if (input == null) {
          // not UTF-8 in the header: readCells cannot read it either
          continue;
        }

        long rows = input.readPlain(row -> take, row -> { }, problems);

        assertThat(rows).as(name).isEqualTo(CsvInput.NOT_PLAIN);
        assertThat(problems).isEmpty();
      }
    }
  }

  @Test
  void aFileThatIsNotPlainStopsBeingReadWhereItIsFound() {
    String text = "A,B\n1,2\n3,4\n5,\"6\"\n7,8\n";

    Reading read = readPlain(InputFile.ofText("test.csv", text), line -> false);

    assertThat(read.returned()).isEqualTo(CsvInput.NOT_PLAIN);
    assertThat(read.offered()).extracting(BytesRow::line).containsExactly(2L, 3L);
    assertThat(read.passed()).extracting(TextRow::line).containsExactly(2L, 3L);
  }

  @Test
  void aFileThatCannotBeReadIsAProblem() {
    InputFile file = InputFile.ofText("test.csv", "A,B\n1,2\n");
    InputFile failing = new InputFile("broken.csv", new InputFile.Opener() {
      private int opened;

      @Override
      public InputStream open() throws IOException {
        if (opened++ == 0) {
          return file.open();
        }
        throw new IOException("the disk is gone");
      }
    });
    List<InputProblem> problems = new ArrayList<>();
    CsvInput input = CsvInput.open(failing, List.of(), problems);

    long rows = input.readPlain(row -> true, row -> { }, problems);

    assertThat(rows).isZero();
    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.file()).isEqualTo("broken.csv");
      assertThat(problem.message()).contains("the disk is gone");
    });
  }

  /**
   * A file of the header {@code A,B} and then {@code 1,2} lines, four bytes each, whose stream fails
   * once it has given {@code bytesBeforeFailing} bytes, as a disk that goes away mid-file would.
   */
  private static InputFile failingFile(int lines, int bytesBeforeFailing) {
    byte[] bytes = ("A,B\n" + "1,2\n".repeat(lines - 1)).getBytes(StandardCharsets.US_ASCII);
    return new InputFile("broken.csv", () -> new InputStream() {
      private int next;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
          return 0;
        }
        if (next >= bytesBeforeFailing) {
          throw new IOException("the disk is gone");
        }
        int n = Math.min(len, Math.min(bytes.length, bytesBeforeFailing) - next);
        System.arraycopy(bytes, next, b, off, n);
        next += n;
        return n;
      }
    });
  }

  @Test
  void aFileThatFailsPartWayKeepsTheRowsReadAndNamesTheLineItStoppedAt() {
    // 1 MiB is 262,144 lines of 4 bytes: the header and rows on lines 2 to 262,144, all whole,
    // so 262,143 rows are read before the stream fails on reading line 262,145
    int perMiB = (1 << 20) / 4;
    InputFile file = failingFile(perMiB + 1000, 1 << 20);
    List<InputProblem> problems = new ArrayList<>();
    List<Long> expected = new ArrayList<>();

    long rows = open(file).readPlain(new CsvInput.PlainRowHandler() {
      @Override
      public boolean row(PlainRow row) {
        return true;
      }

      @Override
      public void expectRows(long estimate) {
        expected.add(estimate);
      }
    }, row -> { }, problems);

    assertThat(rows).isEqualTo(perMiB - 1);
    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.line()).isEqualTo(perMiB + 1L);
      assertThat(problem.message()).contains("the disk is gone");
    });
    // the stream does not say how much is left, so no estimate is given
    assertThat(expected).isEmpty();
  }

  @Test
  void readingCellsOfAFileThatFailsPartWayNamesTheLineAfterTheLastRowRead() {
    // the stream fails after the header and 99 rows, on lines 2 to 100, each whole
    InputFile file = failingFile(1000, 100 * 4);
    List<InputProblem> problems = new ArrayList<>();
    List<Long> lines = new ArrayList<>();

    long rows = open(file).readCells(row -> lines.add(row.line()), problems);

    assertThat(rows).isEqualTo(lines.size());
    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.line()).isEqualTo(lines.get(lines.size() - 1) + 1);
      assertThat(problem.message()).contains("the disk is gone");
    });
    assertThat(lines).isNotEmpty().endsWith(100L);
  }

  /** What {@code expectRows} hears from reading a file, taking every row. */
  private static List<Long> estimates(InputFile file) {
    List<Long> heard = new ArrayList<>();
    open(file).readPlain(new CsvInput.PlainRowHandler() {
      @Override
      public boolean row(PlainRow row) {
        return true;
      }

      @Override
      public void expectRows(long rows) {
        heard.add(rows);
      }
    }, row -> { }, new ArrayList<>());
    return heard;
  }

  @Test
  void theRowsToExpectAreTheLinesOfAFileReadWhole() {
    // three lines, the header counted: the estimate is of lines, taken as rows
    assertThat(estimates(InputFile.ofText("test.csv", "A,B\n1,2\n3,4\n"))).containsExactly(3L);
    // no line end in the first bytes: nothing to estimate from
    assertThat(estimates(InputFile.ofText("test.csv", "A,B"))).isEmpty();
  }

  @Test
  void theRowsToExpectOfAFileLargerThanTheBufferScaleTheFirstLinesToItsSize() {
    // 1.5 MiB of 4-byte lines, 393,216 in all; the first MiB holds 262,144 of them and the stream
    // says 0.5 MiB is left: (1 MiB + 0.5 MiB) * 262,144 / 1 MiB = 393,216
    int lines = 3 * (1 << 20) / 8;
    byte[] bytes = ("A,B\n" + "1,2\n".repeat(lines - 1)).getBytes(StandardCharsets.US_ASCII);

    assertThat(estimates(bytesFile(bytes))).containsExactly((long) lines);
  }

  @Test
  void aLineEndSplitBetweenTheFirstMibAndTheNextIsStillPlain() {
    // a 7-byte header "A,BCD\r\n" then 5-byte rows "1,2\r\n": the carriage return of the row
    // ending at byte 7 + 5 * 209,714 = 1,048,577 is byte 1,048,575, the last of the first MiB,
    // and its line feed the first byte read after it
    int rows = 210_000;
    byte[] bytes = ("A,BCD\r\n" + "1,2\r\n".repeat(rows)).getBytes(StandardCharsets.US_ASCII);
    assertThat(bytes[(1 << 20) - 1]).isEqualTo((byte) '\r');
    assertThat(bytes[1 << 20]).isEqualTo((byte) '\n');

    Reading read = readPlain(bytesFile(bytes), line -> true);

    assertThat(read.returned()).isEqualTo(rows);
    // the row split across the two reads keeps both its cells: the second began before the split
    assertThat(read.offered()).hasSize(rows)
        .allSatisfy(row -> assertThat(row.cells()).containsExactly("1", "2"));
  }

  // ---------------------------------------------------------------- files larger than the buffer

  /** About three megabytes of varied rows: cells of letters, digits and spaces, blank lines, both line ends. */
  private static byte[] largeFile(long seed, boolean bom) {
    Random random = new Random(seed);
    ByteArrayOutputStream out = new ByteArrayOutputStream(3 * BUFFER + 2_000);
    if (bom) {
      out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    out.writeBytes(ascii("CHILD,DECOM,RNE,LS,PLACE\n"));
    String alphabet = "ABCUXYZ0123456789/- \t";
    while (out.size() < 3 * BUFFER + 1_000) {
      int kind = random.nextInt(20);
      StringBuilder line = new StringBuilder();
      if (kind == 0) {
        // an empty line
      } else if (kind == 1) {
        line.append(",".repeat(random.nextInt(6))).append(" ".repeat(random.nextInt(3)));
      } else {
        int cells = kind == 2 ? 1 + random.nextInt(12) : 5;
        for (int c = 0; c < cells; c++) {
          if (c > 0) {
            line.append(',');
          }
          int length = random.nextInt(random.nextInt(10) == 0 ? 400 : 14);
          for (int i = 0; i < length; i++) {
            line.append(alphabet.charAt(random.nextInt(alphabet.length())));
          }
        }
      }
      out.writeBytes(ascii(line + (random.nextBoolean() ? "\r\n" : "\n")));
    }
    return out.toByteArray();
  }

  @ParameterizedTest(name = "seed {0}, byte-order mark {1}")
  @CsvSource({"1, false", "2, true", "3, false"})
  void aLargeFileGivesTheRowsThatReadCellsGives(long seed, boolean bom) {
    byte[] bytes = largeFile(seed, bom);
    assertThat(bytes.length).isGreaterThan(3 * BUFFER);

    assertReadPlainAsCells(bytesFile(bytes), bytes);
  }

  /**
   * Lines of 1,000 bytes or so, one ending (with a line feed, or a carriage return and a line
   * feed) at a given place near the end of the first buffer.
   */
  private static byte[] fileWithLineEndAt(int at, String lineEnd, boolean bom) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (bom) {
      out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    out.writeBytes(ascii("A,B,C" + lineEnd));
    int row = 0;
    while (out.size() + 2_000 < at) {
      out.writeBytes(ascii(row++ + ",row," + "x".repeat(990) + lineEnd));
    }
    // a last line before the place, as long as it takes to end there
    String start = row++ + ",exact,";
    out.writeBytes(ascii(start + "y".repeat(at - out.size() - start.length()) + lineEnd));
    while (out.size() < at + 3_000) {
      out.writeBytes(ascii(row++ + ",after," + "z".repeat(500) + lineEnd));
    }
    return out.toByteArray();
  }

  @ParameterizedTest(name = "line end {1} at {0}, byte-order mark {2}")
  @CsvSource({
    "1048574, LF, false", "1048575, LF, false", "1048576, LF, false", "1048577, LF, false",
    "1048574, CRLF, false", "1048575, CRLF, false", "1048576, CRLF, false", "1048577, CRLF, false",
    "1048575, LF, true", "1048575, CRLF, true", "1048576, CRLF, true",
  })
  void aLineEndingAtTheEndOfTheBufferIsReadWhole(int at, String lineEnd, boolean bom) {
    byte[] bytes = fileWithLineEndAt(at, lineEnd.equals("LF") ? "\n" : "\r\n", bom);
    assertThat(bytes[at]).isEqualTo((byte) (lineEnd.equals("LF") ? '\n' : '\r'));

    assertReadPlainAsCells(bytesFile(bytes), bytes);
  }

  @ParameterizedTest(name = "at {0}")
  @CsvSource({"1048574", "1048575", "1048576"})
  void aLoneCarriageReturnAtTheEndOfTheBufferIsNotPlain(int at) {
    byte[] bytes = fileWithLineEndAt(at, "\n", false);
    bytes[at] = '\r';

    long rows = open(bytesFile(bytes)).readPlain(row -> true, row -> { }, new ArrayList<>());

    assertThat(rows).isEqualTo(CsvInput.NOT_PLAIN);
  }

  @Test
  void aFileOfExactlyOneBufferIsReadWhole() {
    byte[] endingWithLineFeed = Arrays.copyOf(fileWithLineEndAt(BUFFER - 1, "\n", false), BUFFER);
    byte[] endingInALine = Arrays.copyOf(fileWithLineEndAt(BUFFER - 1, "\n", false), BUFFER - 1);
    byte[] endingInCrLf = Arrays.copyOf(fileWithLineEndAt(BUFFER - 2, "\r\n", false), BUFFER);
    byte[] endingWithCarriageReturn = Arrays.copyOf(fileWithLineEndAt(BUFFER - 1, "\r\n", false), BUFFER);
    assertThat(endingWithLineFeed[BUFFER - 1]).isEqualTo((byte) '\n');
    assertThat(endingInCrLf[BUFFER - 1]).isEqualTo((byte) '\n');
    assertThat(endingWithCarriageReturn[BUFFER - 1]).isEqualTo((byte) '\r');

    assertReadPlainAsCells(bytesFile(endingWithLineFeed), endingWithLineFeed);
    assertReadPlainAsCells(bytesFile(endingInALine), endingInALine);
    assertReadPlainAsCells(bytesFile(endingInCrLf), endingInCrLf);
    assertThat(open(bytesFile(endingWithCarriageReturn)).readPlain(row -> true, row -> { }, new ArrayList<>()))
        .isEqualTo(CsvInput.NOT_PLAIN);
  }

  @Test
  void aLineLongerThanTheBufferIsReadWhole() {
    String longCell = "L".repeat(BUFFER + BUFFER / 2);
    String text = "A,B,C\n1,2,3\n" + "x," + longCell + ",y\n" + "4,5,6\n";
    byte[] bytes = ascii(text);

    assertReadPlainAsCells(bytesFile(bytes), bytes);
    Reading read = readPlain(bytesFile(bytes), line -> true);
    assertThat(read.offered()).extracting(BytesRow::line).containsExactly(2L, 3L, 4L);
    assertThat(read.offered().get(1).cells()).containsExactly("x", longCell, "y");
  }

  @Test
  void aLineOfManyCellsLongerThanTwoBuffersIsReadWhole() {
    StringBuilder text = new StringBuilder("A,B\r\n");
    for (int i = 0; i < 2_000; i++) {
      text.append(i).append(",short\r\n");
    }
    for (int i = 0; i < 900; i++) {
      text.append(i == 0 ? "" : ",").append(String.valueOf((char) ('a' + i % 26)).repeat(4_000));
    }
    text.append("\r\n");
    for (int i = 0; i < 2_000; i++) {
      text.append(i).append(",after\r\n");
    }
    byte[] bytes = ascii(text.toString());
    assertThat(bytes.length).isGreaterThan(3 * BUFFER);

    assertReadPlainAsCells(bytesFile(bytes), bytes);
  }

  @Test
  void aHeaderLongerThanTheBufferIsReadWhole() {
    String text = "A".repeat(BUFFER + 10) + ",B\n1,2\n 3 ,4\n";
    byte[] bytes = ascii(text);

    assertReadPlainAsCells(bytesFile(bytes), bytes);
  }

  @Test
  void aLongLastLineWithoutALineFeedIsReadWhole() {
    String text = "A,B\n1,2\n" + "3," + "4".repeat(2 * BUFFER);
    byte[] bytes = ascii(text);

    assertReadPlainAsCells(bytesFile(bytes), bytes);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
