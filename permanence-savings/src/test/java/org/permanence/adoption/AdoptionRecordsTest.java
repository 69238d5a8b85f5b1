package org.permanence.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permanence.care.CareData;
import org.permanence.care.CareHistory;
import org.permanence.care.Episode;
import org.permanence.child.Child;
import org.permanence.child.ChildId;
import org.permanence.code.LegalStatus;
import org.permanence.code.PlacementProvider;
import org.permanence.code.PlacementType;
import org.permanence.code.ReasonEpisodeCeased;
import org.permanence.code.ReasonForNewEpisode;
import org.permanence.input.InputFile;
import org.permanence.input.InputProblem;
import org.permanence.input.InvalidInputException;

/**
 * The adoption file's reader. The care data has children C1, C2 and C3, each born on 10 June 2020;
 * C1 was adopted, the others are still in care.
 */
class AdoptionRecordsTest {

  private static final String COLUMNS = "CHILD,DATE_INT,DATE_MATCH\n";
  /** The children's date of birth, which no problem may give. */
  private static final String BORN = "2020-06-10";

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  private static CareHistory history(String id, String end, String rec) {
    Episode.Builder episode = Episode.builder()
        .childId(ChildId.of(id))
        .start(date("2021-01-04"))
        .reasonForNewEpisode(ReasonForNewEpisode.S)
        .legalStatus(LegalStatus.E1)
        .placementType(PlacementType.A6)
        .placementProvider(PlacementProvider.PR1);
    if (end != null) {
      episode.endExclusive(date(end)).reasonEnded(ReasonEpisodeCeased.of(rec));
    }
    return CareHistory.of(Child.of(ChildId.of(id), date(BORN)), List.of(episode.build()));
  }

  private static final CareData DATA = CareData.of(List.of(
      history("C1", "2022-02-01", "E11"),
      history("C2", null, null),
      history("C3", null, null)));

  private static List<AdoptionRecord> read(String text) {
    return AdoptionRecords.read(InputFile.ofText("adoption.csv", text), DATA);
  }

  private static List<InputProblem> problems(String text) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read(text));
    assertThat(e).as("an InvalidInputException").isNotNull();
    return e.problems();
  }

  // ---------------------------------------------------------------- valid rows

  @Test
  void rowsAreReadInTheFilesOrderInEitherDateForm() {
    List<AdoptionRecord> records = read(COLUMNS + String.join("\n",
        "C2,2021-05-01,15/07/2021",
        "C1,1/4/2021,2021-06-30",
        ""));

    assertThat(records).extracting(r -> r.childId().value(), AdoptionRecord::decisionDate, AdoptionRecord::matchDate)
        .containsExactly(
            tuple("C2", Optional.of(date("2021-05-01")), Optional.of(date("2021-07-15"))),
            tuple("C1", Optional.of(date("2021-04-01")), Optional.of(date("2021-06-30"))));
  }

  @Test
  void eitherDateMayBeEmpty() {
    List<AdoptionRecord> records = read(COLUMNS + "C1,,2021-06-30\nC2,2021-05-01,\nC3,,\n");

    assertThat(records).extracting(r -> r.childId().value(), AdoptionRecord::decisionDate, AdoptionRecord::matchDate)
        .containsExactly(
            tuple("C1", Optional.empty(), Optional.of(date("2021-06-30"))),
            tuple("C2", Optional.of(date("2021-05-01")), Optional.empty()),
            tuple("C3", Optional.empty(), Optional.empty()));
  }

  @Test
  void columnsComeInAnyOrderAndCaseWithExtraColumnsIgnored() {
    List<AdoptionRecord> records = read("Date_Match,LA,child,date_int\n2021-06-30,ABC,C1,2021-04-01\n");

    assertThat(records).singleElement().isEqualTo(
        AdoptionRecord.of(ChildId.of("C1"), Optional.of(date("2021-04-01")), Optional.of(date("2021-06-30"))));
  }

  @Test
  void aByteOrderMarkIsIgnored() {
    List<AdoptionRecord> records = read("\uFEFF" + COLUMNS + "C1,2021-04-01,2021-06-30\n");

    assertThat(records).extracting(r -> r.childId().value()).containsExactly("C1");
  }

  @Test
  void aFileWithOnlyTheHeaderHasNoRecords() {
    assertThat(read(COLUMNS)).isEmpty();
  }

  @Test
  void aFileIsReadFromItsPath(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("adoption.csv");
    Files.writeString(file, COLUMNS + "C1,2021-04-01,2021-06-30\n", StandardCharsets.UTF_8);

    assertThat(AdoptionRecords.read(file, DATA)).extracting(r -> r.childId().value()).containsExactly("C1");
  }

  // ---------------------------------------------------------------- problems, one by one

  @Test
  void aMissingColumnIsAProblemOfTheHeader() {
    List<InputProblem> problems = problems("CHILD,DATE_INT\nC1,2021-04-01\n");

    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.file()).isEqualTo("adoption.csv");
      assertThat(problem.line()).isEqualTo(1);
      assertThat(problem.column()).contains("DATE_MATCH");
    });
  }

  @Test
  void aDateThatIsNotADateIsAProblemOfItsLineAndColumn() {
    List<InputProblem> problems = problems(COLUMNS + String.join("\n",
        "C1,30/02/2021,2021-06-30",
        "C2,2021-05-01,soon",
        "C3,2021-13-01,31/6/2021",
        ""));

    assertThat(problems).extracting(InputProblem::line, p -> p.column().orElse(""), p -> p.value().orElse(""))
        .containsExactly(
            tuple(2L, "DATE_INT", "30/02/2021"),
            tuple(3L, "DATE_MATCH", "soon"),
            tuple(4L, "DATE_INT", "2021-13-01"),
            tuple(4L, "DATE_MATCH", "31/6/2021"));
    assertThat(problems).allSatisfy(problem ->
        assertThat(problem.message()).startsWith("not a date").contains("dd/mm/yyyy").contains("yyyy-mm-dd"));
  }

  @Test
  void aChildMissingFromTheDataIsAProblem() {
    List<InputProblem> problems = problems(COLUMNS + "C1,2021-04-01,2021-06-30\nC9,2021-04-01,2021-06-30\n");

    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.line()).isEqualTo(3);
      assertThat(problem.column()).contains("CHILD");
      assertThat(problem.value()).contains("C9");
      assertThat(problem.message()).contains("no child C9");
    });
  }

  @Test
  void anEmptyChildIsAProblem() {
    List<InputProblem> problems = problems(COLUMNS + ",2021-04-01,2021-06-30\n");

    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.line()).isEqualTo(2);
      assertThat(problem.column()).contains("CHILD");
      assertThat(problem.value()).isEmpty();
      assertThat(problem.message()).startsWith("empty");
    });
  }

  @Test
  void aSecondRowForAChildNamesTheFirstLine() {
    List<InputProblem> problems = problems(COLUMNS + String.join("\n",
        "C1,2021-04-01,2021-06-30",
        "C2,2021-05-01,",
        "C1,2021-04-02,2021-07-01",
        ""));

    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.line()).isEqualTo(4);
      assertThat(problem.column()).contains("CHILD");
      assertThat(problem.value()).contains("C1");
      assertThat(problem.message()).contains("on line 2");
    });
  }

  @Test
  void aRowWithTooFewCellsIsAProblemOfItsLine() {
    List<InputProblem> problems = problems(COLUMNS + "C1,2021-04-01\n");

    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.line()).isEqualTo(2);
      assertThat(problem.message()).contains("2 cells").contains("expected 3");
    });
  }

  // ---------------------------------------------------------------- every problem together

  @Test
  void everyProblemOfTheFileIsReportedTogetherInOrderOfLine() {
    List<InputProblem> problems = problems(COLUMNS + String.join("\n",
        "C1,2021-04-01,2021-06-30",  // line 2: fine
        "C9,,",                      // line 3: no such child
        "",                          // line 4: blank, skipped, but counted
        "C2,next week,32/01/2021",   // line 5: two dates
        "C1,,",                      // line 6: C1 again
        "C8,1/4/2021,x",             // line 7: no such child, and a bad match date
        ""));

    assertThat(problems).extracting(InputProblem::line, p -> p.column().orElse(""), p -> p.value().orElse(""))
        .containsExactly(
            tuple(3L, "CHILD", "C9"),
            tuple(5L, "DATE_INT", "next week"),
            tuple(5L, "DATE_MATCH", "32/01/2021"),
            tuple(6L, "CHILD", "C1"),
            tuple(7L, "CHILD", "C8"),
            tuple(7L, "DATE_MATCH", "x"));
    assertThat(problems).allSatisfy(problem -> assertThat(problem.file()).isEqualTo("adoption.csv"));
    assertThat(problems.get(3).message()).contains("line 2");
  }

  @Test
  void theExceptionsMessageListsEveryProblemWithItsLineAndColumn() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> read(COLUMNS + "C9,2021-04-01,\nC1,2021-04-01,someday\n"));

    assertThat(e.getMessage()).contains("2 problems")
        .contains("adoption.csv line 2, column CHILD, value 'C9'")
        .contains("adoption.csv line 3, column DATE_MATCH, value 'someday'");
  }

  @Test
  void noProblemGivesTheChildsDateOfBirth() {
    List<InputProblem> problems = problems(COLUMNS + "C1,nope,\nC1,,nope\nC9,,\n");

    assertThat(problems).hasSize(4);
    for (String secret : List.of(BORN, "10/06/2020", "10/6/2020")) {
      assertThat(problems).allSatisfy(problem -> assertThat(problem.toString()).doesNotContain(secret));
    }
  }
}
