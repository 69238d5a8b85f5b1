package org.permanence.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.permanence.input.InputProblem;
import org.permanence.input.InvalidInputException;
import org.permanence.testkit.CsvMutant;
import org.permanence.testkit.CsvMutants;
import org.permanence.testkit.FuzzTries;

/**
 * The SSDA903 reader, strict and lenient, fed mutants of a small valid extract ({@link CsvMutants}):
 * it answers every pair of files with children or with problems, each on a line of its file, and
 * never throws; leniently, every row read is accepted or rejected. Run deeper with {@code
 * -Dfuzz.tries=N} ({@link FuzzTries}).
 */
class Ssda903ReaderFuzzTest {

  private static final String HEADER_FILE = "header.csv";
  private static final String EPISODES_FILE = "episodes.csv";

  /** Children of every kind the reader checks: both date forms, a 29 February birth, an 18th birthday in care. */
  static final String HEADER = String.join("\n",
      "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB",
      "C1,1,2010-01-01,WBRI,A123456789012,,",
      "C2,2,29/02/2012,MWBC,UN1,0,",
      "C3,F,1/4/2005,WOTH,,1,2023-05-01",
      "C4,M,2003-10-10,,,,",
      "C5,U,2015-06-15,AOTH,UN2,,",
      "");

  /**
   * Episodes that link into periods (X1 on the day the next starts), a short break, a zero-day
   * episode between two on the same day, an empty provider, open episodes, and the optional columns.
   */
  static final String EPISODES = String.join("\n",
      "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN",
      "C1,2019-05-01,S,C2,N1,U4,PR1,2019-06-01,X1,,ZZ1 1ZZ,ZZ2 2ZZ,SC123456",
      "C1,2019-06-01,P,C2,N1,U5,PR4,2019-09-01,E4A,CARPL,ZZ1 1ZZ,ZZ3 3ZZ,",
      "C1,2020-01-10,S,V3,N1,U4,PR1,2020-01-12,E13,,,,",
      "C2,01/06/2019,S,E1,N2,A5,PR1,01/07/2019,E11,,,,",
      "C3,2019-04-01,S,C2,N4,K2,PR2,2019-04-01,X1,,,,",
      "C3,2019-04-01,T,C2,N4,K2,PR2,2021-03-31,X1,PLACE,,,",
      "C3,2021-03-31,P,C2,N4,U6,,2023-04-01,E45,,,,",
      "C4,2020-02-10,S,C1,N5,H5,PR4,,,,,,",
      "C5,2024-01-01,S,C2,N3,U4,PR1,,,,,,",
      "");

  /** What the problems found by checking rows against each other expect. */
  private static final List<String> BETWEEN_ROWS = List.of(
      "expected only a child's last episode to be open",
      "expected each episode to start on or after the end",
      "expected DECOM on or after the date of birth",
      "expected every child to have a header row",
      "expected one row per child");

  /** A header file and an episodes file, one or both of them mutated. */
  record Extract(CsvMutant header, CsvMutant episodes) {

    /** The mutant a problem or rejected row names, by its file. */
    CsvMutant named(String file) {
      return switch (file) {
        case HEADER_FILE -> header;
        case EPISODES_FILE -> episodes;
        default -> throw new AssertionError("a problem names a file that was not read: " + file);
      };
    }
  }

  @Provide
  Arbitrary<Extract> extracts() {
    return CsvMutants.ofExtract(HEADER, EPISODES).map(files -> new Extract(files.get(0), files.get(1)));
  }

  /** Asserts that each problem is on a line of its file and says what is wrong. */
  private static void assertPlaced(List<InputProblem> problems, Extract extract) {
    for (InputProblem problem : problems) {
      extract.named(problem.file()).assertPlaced(problem);
      assertThat(problem.message()).isNotBlank();
      problem.column().ifPresent(column -> assertThat(column).isNotBlank());
    }
  }

  @Test
  void theExtractMutatedIsValid() {
    Ssda903Read read = Ssda903Reader.strict().read(CsvMutants.unchanged(HEADER).file(HEADER_FILE),
        CsvMutants.unchanged(EPISODES).file(EPISODES_FILE));

    assertThat(read.problems()).isEmpty();
    assertThat(read.accepted().histories()).hasSize(5);
  }

  @Property(tries = 250)
  @AddLifecycleHook(FuzzTries.class)
  void strictReadingGivesTheChildrenOrProblemsOnLinesOfTheFiles(@ForAll("extracts") Extract extract) {
    Ssda903Read read = Ssda903Reader.strict()
        .read(extract.header().file(HEADER_FILE), extract.episodes().file(EPISODES_FILE));

    assertPlaced(read.problems(), extract);
    if (read.problems().isEmpty()) {
      assertThat(read.strict()).isSameAs(read.accepted());
      // a file that is not UTF-8 is never read with characters silently changed
      assertThat(extract.header().lineNotUtf8()).isEmpty();
      assertThat(extract.episodes().lineNotUtf8()).isEmpty();
    } else {
      assertThatThrownBy(read::strict).isInstanceOf(InvalidInputException.class);
    }
    // a file read from its bytes and one read as text give the same
    Ssda903Read asText = Ssda903Reader.strict().asText()
        .read(extract.header().file(HEADER_FILE), extract.episodes().file(EPISODES_FILE));
    assertThat(asText.problems()).containsExactlyElementsOf(read.problems());

    Statistics.label("outcome").collect(read.problems().isEmpty() ? "accepted" : read.fatal() ? "fatal" : "problems")
        .coverage(check -> {
          check.check("accepted").count(n -> n > 0);
          check.check("problems").count(n -> n > 0);
        });
    // many mutants get past the cells to the checks of rows against each other
    boolean betweenRows = read.problems().stream()
        .anyMatch(problem -> BETWEEN_ROWS.stream().anyMatch(problem.message()::contains));
    Statistics.label("deepest problem").collect(read.problems().isEmpty() ? "none" : read.fatal() ? "in a whole file"
            : betweenRows ? "between rows" : "in a row")
        .coverage(check -> check.check("between rows").count(n -> n > 0));
  }

  @Property(tries = 250)
  @AddLifecycleHook(FuzzTries.class)
  void lenientReadingAcceptsOrRejectsEveryRowRead(@ForAll("extracts") Extract extract) {
    Ssda903Read read = Ssda903Reader.lenient()
        .read(extract.header().file(HEADER_FILE), extract.episodes().file(EPISODES_FILE));

    assertPlaced(read.problems(), extract);
    assertThat(read.acceptedRows() + read.rejectedRows().size()).as("accepted + rejected")
        .isEqualTo(read.rowsRead());
    assertThat(read.rejectedRows()).allSatisfy(row ->
        assertThat(extract.named(row.file()).startsRow(row.line())).as("on the line its row starts: %s", row).isTrue());
    if (read.fatal()) {
      assertThatThrownBy(read::lenient).isInstanceOf(InvalidInputException.class);
    } else {
      assertThat(read.lenient()).isSameAs(read.accepted());
    }

    String outcome = read.fatal() ? "fatal" : read.rejectedRows().isEmpty() ? "all accepted"
        : read.acceptedRows() == 0 ? "all rejected" : "some rejected";
    Statistics.label("outcome").collect(outcome)
        .coverage(check -> {
          check.check("all accepted").count(n -> n > 0);
          check.check("some rejected").count(n -> n > 0);
        });
  }
}
