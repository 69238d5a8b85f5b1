package org.permanence.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DurationsCommandTest {

  private static final String COLUMNS = "child,period_start,period_end,reason_ended,days,days_in_window\n";

  private static final String HEADER = String.join("\n",
      "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB",
      "C9,1,01/01/2010,WBRI,,,",
      "C10,2,2012-05-05,WBRI,,,",
      "=x,M,01/01/2015,,,,",
      "-y,F,01/01/2015,,,,",
      "\"x,y\",U,15/12/2001,,,,",          // 18 on 2019-12-15
      "\uFF21,U,01/01/2015,,,,",            // FULLWIDTH LATIN CAPITAL LETTER A, U+FF21
      "\uD83D\uDE00,U,01/01/2015,,,,",      // GRINNING FACE, U+1F600, above U+FF21 as a code point
      "");

  private static final String EPISODES = String.join("\n",
      "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN",
      // one period [2019-03-01, 2019-06-15) linked by X1, then back in care the same day
      "C9,01/03/2019,S,C2,N1,U4,PR1,01/05/2019,X1,,,,",
      "C9,01/05/2019,P,C2,N1,U5,PR1,15/06/2019,E4A,CARPL,,,",
      "C9,15/06/2019,S,V2,N1,U4,PR1,,,,,,",
      // adopted before the window; back in care on 31 December, home again after the as-at date;
      // in care again later still
      "C10,2018-01-01,S,C2,N1,U4,PR1,2019-02-01,E11,,,,",
      "C10,2019-12-31,S,C1,N1,U4,PR1,2020-01-05,E4A,,,,",
      "C10,2020-02-01,S,C1,N1,U4,PR1,,,,,,",
      // one day ending on 1 April, a zero-day period on 1 April, a short break
      "=x,31/03/2019,S,C2,N1,U4,PR1,01/04/2019,E4A,,,,",
      "=x,01/04/2019,S,V2,N1,U4,PR1,01/04/2019,E4A,,,,",
      "=x,10/04/2019,S,V3,N1,U4,PR1,12/04/2019,E13,,,,",
      "-y,30/11/2019,S,C2,N1,U4,PR1,,,,,,",
      "\"x,y\",01/01/2019,S,C2,N1,U4,PR1,,,,,,",
      "\uD83D\uDE00,01/12/2019,S,C2,N1,U4,PR1,,,,,,",
      "\uFF21,01/12/2019,S,C2,N1,U4,PR1,,,,,,",
      "");

  @TempDir Path dir;

  private Path header;
  private Path episodes;
  private Path out;
  private final StringWriter stdout = new StringWriter();
  private final StringWriter stderr = new StringWriter();

  @BeforeEach
  void files() throws IOException {
    header = write("header.csv", HEADER);
    episodes = write("episodes.csv", EPISODES);
    out = dir.resolve("durations.csv");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private int run(String... args) {
    return PermanenceCommand.run(args, new PrintWriter(stdout, true), new PrintWriter(stderr, true));
  }

  private int durations(String... more) {
    List<String> args = new ArrayList<>(List.of("durations",
        "--header", header.toString(), "--episodes", episodes.toString(), "--out", out.toString()));
    args.addAll(List.of(more));
    return run(args.toArray(new String[0]));
  }

  private String output() throws IOException {
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  // ---------------------------------------------------------------- output

  @Test
  void writesOneRowPerPeriodInTheDefaultWindow() throws IOException {
    int exit = durations("--as-at", "2019-12-31");

    assertThat(stderr.toString()).isEmpty();
    assertThat(exit).isZero();
    // window [2019-04-01, 2019-12-31]; rows by child in code-point order, then start.
    // -y: 30 Nov to 31 Dec inclusive.
    // =x: [31 Mar, 1 Apr) has no day in the window; the zero-day period of 1 April is in it;
    //     the V3 short break is left out.
    // C10: open on 31 December, as its DEC (5 January) was not yet known.
    // C9: 31 + 30 + 31 + 14 days, 75 of them from 1 April; then 16 + 31 + 31 + 30 + 31 + 30 + 31.
    // x,y: 18 on 15 December, so 1 January to 14 December: 348 days, 258 from 1 April.
    // U+FF21 before U+1F600 (a code-unit order would put the surrogate pair first).
    assertThat(output()).isEqualTo(COLUMNS
        + "'-y,2019-11-30,,,32,32\n"
        + "'=x,2019-04-01,2019-04-01,E4A,0,0\n"
        + "C10,2019-12-31,,,1,1\n"
        + "C9,2019-03-01,2019-06-15,E4A,106,75\n"
        + "C9,2019-06-15,,,200,200\n"
        + "\"x,y\",2019-01-01,,,348,258\n"
        + "\uFF21,2019-12-01,,,31,31\n"
        + "\uD83D\uDE00,2019-12-01,,,31,31\n");
  }

  @Test
  void theWindowRunsFromFromToToInclusive() throws IOException {
    int exit = durations("--as-at", "2019-12-31", "--from", "2019-06-01", "--to", "2019-06-30");

    assertThat(exit).isZero();
    assertThat(output()).isEqualTo(COLUMNS
        + "C9,2019-03-01,2019-06-15,E4A,106,14\n"
        + "C9,2019-06-15,,,200,16\n"
        + "\"x,y\",2019-01-01,,,348,30\n");
  }

  static Stream<Arguments> oneDayWindows() {
    return Stream.of(
        // the last day of C9's first period, which ends (DEC) on 15 June
        Arguments.of("2019-06-14",
            "C9,2019-03-01,2019-06-15,E4A,106,1\n\"x,y\",2019-01-01,,,348,1\n"),
        // the first day of its second period
        Arguments.of("2019-06-15",
            "C9,2019-06-15,,,200,1\n\"x,y\",2019-01-01,,,348,1\n"),
        // the 18th birthday of x,y is not a day in care
        Arguments.of("2019-12-15",
            "'-y,2019-11-30,,,32,1\nC9,2019-06-15,,,200,1\n\uFF21,2019-12-01,,,31,1\n\uD83D\uDE00,2019-12-01,,,31,1\n"),
        // the zero-day period of =x is listed on its date
        Arguments.of("2019-04-01",
            "'=x,2019-04-01,2019-04-01,E4A,0,0\nC9,2019-03-01,2019-06-15,E4A,106,1\n\"x,y\",2019-01-01,,,348,1\n"));
  }

  @ParameterizedTest(name = "--from {0} --to {0}")
  @MethodSource("oneDayWindows")
  void aOneDayWindow(String day, String rows) throws IOException {
    int exit = durations("--as-at", "2019-12-31", "--from", day, "--to", day);

    assertThat(exit).isZero();
    assertThat(output()).isEqualTo(COLUMNS + rows);
  }

  /** One child in care from 1 January 2019, never leaving: the default window follows the as-at date. */
  @ParameterizedTest(name = "as at {0}")
  @CsvSource({
    // window 1 April 2019 to the as-at date; 90 days of January to March before it
    "2020-02-15, 411, 321",
    "2019-12-31, 365, 275",
    // 31 March is the last day of financial year 2018-19
    "2019-03-31,  90,  90",
    // 1 April starts financial year 2019-20
    "2019-04-01,  91,   1",
    // 2019-04-01 to 2020-03-31 has 366 days (29 February 2020)
    "2020-03-31, 456, 366",
  })
  void theDefaultWindowStartsOn1AprilOfTheAsAtDatesFinancialYear(String asAt, long days, long inWindow)
      throws IOException {
    header = write("one-header.csv", "CHILD,DOB\nA,2010-01-01\n");
    episodes = write("one-episodes.csv", "CHILD,DECOM,RNE,LS,PLACE,PLACE_PROVIDER\nA,2019-01-01,S,C2,U4,PR1\n");

    int exit = durations("--as-at", asAt);

    assertThat(exit).isZero();
    assertThat(output()).isEqualTo(COLUMNS + "A,2019-01-01,,," + days + "," + inWindow + "\n");
  }

  @Test
  void aWindowWithNoPeriodGivesTheHeaderRowOnly() throws IOException {
    int exit = durations("--as-at", "2019-12-31", "--from", "2017-01-01", "--to", "2017-12-31");

    assertThat(exit).isZero();
    assertThat(output()).isEqualTo(COLUMNS);
  }

  // ---------------------------------------------------------------- invalid input

  @Test
  void invalidInputExits2AndListsEveryProblemWithItsLine() throws IOException {
    episodes = write("bad-episodes.csv", String.join("\n",
        "CHILD,DECOM,RNE,LS,PLACE,PLACE_PROVIDER,DEC,REC",
        "C9,01/03/2019,S,C2,U4,PR1,01/05/2019,X1",
        "C9,01/05/2019,P,XX,U5,PR1,15/06/2019,E4A",
        "C9,15/06/2019,S,C2,Q9,PR1,,",
        "",
        "C7,15/06/2019,S,C2,U4,PR1,,",
        ""));
    header = write("bad-header.csv", "CHILD,DOB\nC9,01/01/2010\nC8,31/02/2011\n");

    int exit = durations("--as-at", "2019-12-31");

    assertThat(exit).isEqualTo(2);
    String problems = stderr.toString();
    assertThat(problems)
        .contains("bad-header.csv line 3, column DOB")
        .contains("bad-episodes.csv line 3, column LS, value 'XX'")
        .contains("bad-episodes.csv line 4, column PLACE, value 'Q9'")
        .contains("bad-episodes.csv line 6, column CHILD, value 'C7'")
        .contains("4 problems")
        .doesNotContain("31/02/2011");
    assertThat(problems.indexOf("line 3, column LS")).isLessThan(problems.indexOf("line 4, column PLACE"));
    assertThat(out).doesNotExist();
  }

  @Test
  void aMissingColumnExits2() {
    episodes = assertWritten("no-ls.csv", "CHILD,DECOM,RNE,PLACE,PLACE_PROVIDER\nC9,01/03/2019,S,U4,PR1\n");

    assertThat(durations("--as-at", "2019-12-31")).isEqualTo(2);
    assertThat(stderr.toString()).contains("no-ls.csv line 1, column LS");
    assertThat(out).doesNotExist();
  }

  private Path assertWritten(String name, String text) {
    try {
      return write(name, text);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  // ---------------------------------------------------------------- usage

  @Test
  void aMissingAsAtDateExits2() {
    assertThat(durations()).isEqualTo(2);
    assertThat(stderr.toString()).contains("--as-at");
    assertThat(out).doesNotExist();
  }

  @Test
  void missingInputFilesExit2() {
    assertThat(run("durations", "--as-at", "2019-12-31", "--out", out.toString())).isEqualTo(2);
    assertThat(stderr.toString()).contains("--header").contains("--episodes");
  }

  @Test
  void toBeforeFromExits2() {
    assertThat(durations("--as-at", "2019-12-31", "--from", "2019-06-02", "--to", "2019-06-01")).isEqualTo(2);
    assertThat(stderr.toString()).contains("--to").contains("--from");
    assertThat(out).doesNotExist();
  }

  @Test
  void aDefaultFromAfterToExits2() {
    // from defaults to 2019-04-01
    assertThat(durations("--as-at", "2019-12-31", "--to", "2019-03-31")).isEqualTo(2);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "--as-at, 31/12/2019",
    "--as-at, 2019-02-29",
    "--as-at, 2019-12-32",
    "--as-at, yesterday",
    "--from,  2019-13-01",
    "--to,    20191231",
    // before 1900, as in every input file: no financial year of the tool's holds it
    "--as-at, 0999-01-01",
    "--as-at, 1899-12-31",
    "--from,  0019-04-01",
  })
  void aBadDateArgumentExits2(String option, String value) {
    List<String> args = new ArrayList<>(List.of(option, value));
    if (!option.equals("--as-at")) {
      args.addAll(List.of("--as-at", "2019-12-31"));
    }

    assertThat(durations(args.toArray(new String[0]))).isEqualTo(2);
    assertThat(stderr.toString()).contains(value);
    assertThat(out).doesNotExist();
  }

  @Test
  void aMissingFileExits2() {
    Path missing = dir.resolve("nowhere.csv");
    episodes = missing;

    assertThat(durations("--as-at", "2019-12-31")).isEqualTo(2);
    assertThat(stderr.toString()).contains("nowhere.csv");
    assertThat(out).doesNotExist();
  }

  @Test
  void anUnknownOptionExits2() {
    assertThat(durations("--as-at", "2019-12-31", "--frobnicate")).isEqualTo(2);
    assertThat(stderr.toString()).contains("--frobnicate");
    assertThat(out).doesNotExist();
  }

  @Test
  void anUnknownCommandExits2() {
    assertThat(run("frobnicate")).isEqualTo(2);
  }

  @Test
  void lenientWithoutRejectsExits2() {
    assertThat(durations("--as-at", "2019-12-31", "--lenient")).isEqualTo(2);
    assertThat(stderr.toString()).contains("--rejects");
    assertThat(out).doesNotExist();
  }

  @Test
  void rejectsWithoutLenientExits2() {
    assertThat(durations("--as-at", "2019-12-31", "--rejects", dir.resolve("r.csv").toString())).isEqualTo(2);
  }

  // ---------------------------------------------------------------- lenient

  @Test
  void lenientReadingWritesTheGoodChildrenAndEveryRejectedRow() throws IOException {
    header = write("l-header.csv", "CHILD,SEX,DOB\nC1,1,01/01/2010\nC2,2,01/01/2011\n=z,1,01/01/2012\n");
    episodes = write("l-episodes.csv", String.join("\n",
        "CHILD,DECOM,RNE,LS,PLACE,PLACE_PROVIDER,DEC,REC",
        "C1,01/04/2019,S,C2,U4,PR1,,",
        "C2,01/04/2019,S,C2,U4,PR1,01/05/2019,X1",
        "C2,01/05/2019,P,XX,U4,PR1,,",
        "=z,01/04/2019,S,C2,U4,PR9,,",
        ""));
    Path rejects = dir.resolve("rejects.csv");

    int exit = durations("--as-at", "2019-12-31", "--lenient", "--rejects", rejects.toString());

    assertThat(exit).isZero();
    // C1: 1 April to 31 December inclusive
    assertThat(output()).isEqualTo(COLUMNS + "C1,2019-04-01,,,275,275\n");
    String text = Files.readString(rejects, StandardCharsets.UTF_8);
    assertThat(text).startsWith("file,line,child,reason,record\n").endsWith("\n").doesNotContain("\r");
    List<CsvRecord> rows = new ArrayList<>();
    CsvReader.builder().ofCsvRecord(text).forEach(rows::add);
    assertThat(rows).hasSize(1 + 5);
    assertRejected(rows.get(1), "l-header.csv", "3", "C2", "C2,2,01/01/2011");
    assertRejected(rows.get(2), "l-header.csv", "4", "'=z", "'=z,1,01/01/2012");
    assertRejected(rows.get(3), "l-episodes.csv", "3", "C2", "C2,01/04/2019,S,C2,U4,PR1,01/05/2019,X1");
    assertRejected(rows.get(4), "l-episodes.csv", "4", "C2", "C2,01/05/2019,P,XX,U4,PR1,,");
    assertRejected(rows.get(5), "l-episodes.csv", "5", "'=z", "'=z,01/04/2019,S,C2,U4,PR9,,");
    assertThat(rows.get(1).getField(3)).contains("l-episodes.csv line 4");
    assertThat(rows.get(3).getField(3)).contains("l-episodes.csv line 4");
    assertThat(rows.get(4).getField(3)).contains("LS");
    assertThat(rows.get(5).getField(3)).contains("PLACE_PROVIDER");
    // 3 header rows and 4 episode rows read, 5 rejected
    assertThat(stderr.toString()).contains("5 of 7 rows");
  }

  private static void assertRejected(CsvRecord row, String file, String line, String child, String record) {
    assertThat(row.getFieldCount()).isEqualTo(5);
    assertThat(row.getField(0)).isEqualTo(file);
    assertThat(row.getField(1)).isEqualTo(line);
    assertThat(row.getField(2)).isEqualTo(child);
    assertThat(row.getField(3)).isNotBlank();
    assertThat(row.getField(4)).isEqualTo(record);
  }

  @Test
  void lenientReadingOfAnUnreadableFileExits2() throws IOException {
    episodes = write("no-ls.csv", "CHILD,DECOM,RNE,PLACE,PLACE_PROVIDER\nC9,01/03/2019,S,U4,PR1\n");

    int exit = durations("--as-at", "2019-12-31", "--lenient", "--rejects", dir.resolve("r.csv").toString());

    assertThat(exit).isEqualTo(2);
    assertThat(stderr.toString()).contains("no-ls.csv line 1, column LS");
  }

  // ---------------------------------------------------------------- help, version, sample

  @Test
  void helpExits0() {
    assertThat(run("durations", "--help")).isZero();
    assertThat(stdout.toString()).contains("child,period_start,period_end,reason_ended,days,days_in_window")
        .contains("--as-at").contains("--lenient");
  }

  @Test
  void theToolsHelpExits0() {
    assertThat(run("--help")).isZero();
    assertThat(stdout.toString()).contains("durations");
  }

  @Test
  void versionExits0() {
    assertThat(run("--version")).isZero();
    assertThat(stdout.toString()).startsWith("permanence ");
  }

  @Test
  void theSampleRuns() throws IOException {
    int exit = run("durations", "--sample", "--out", out.toString());

    assertThat(stderr.toString()).isEmpty();
    assertThat(exit).isZero();
    assertThat(output()).startsWith(COLUMNS);
  }

  @Test
  void theSampleTakesNoInputFiles() {
    assertThat(run("durations", "--sample", "--header", header.toString(), "--out", out.toString())).isEqualTo(2);
  }
}
