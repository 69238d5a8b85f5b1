package org.permanence.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.permanence.care.CareData;
import org.permanence.care.CareHistory;
import org.permanence.care.Episode;
import org.permanence.child.ChildId;
import org.permanence.code.LegalStatus;
import org.permanence.code.PlacementProvider;
import org.permanence.code.PlacementType;
import org.permanence.code.ReasonEpisodeCeased;
import org.permanence.code.Sex;
import org.permanence.input.InputFile;
import org.permanence.input.InputProblem;
import org.permanence.input.InvalidInputException;

class Ssda903ReaderTest {

  private static final String HEADER = "header.csv";
  private static final String EPISODES = "episodes.csv";

  private static final String HOME_POSTCODE = "SW1A 1AA";
  private static final String PLACEMENT_POSTCODE = "M60 2LA";
  /** C1's date of birth, in the forms a message could print it. */
  private static final String DOB = "01/06/2010";
  private static final String DOB_ISO = "2010-06-01";

  private static final List<String> HEADER_COLUMNS =
      List.of("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB");
  private static final List<String> EPISODE_COLUMNS =
      List.of("CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC",
          "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN");

  // ---------------------------------------------------------------- rows

  /** C1's header row: line 2 of the header file. */
  private static Map<String, String> child1() {
    return row(HEADER_COLUMNS, "C1", "1", DOB, "WBRI", "A123456789012", "", "");
  }

  /** C1's first episode, [2019-04-01, 2019-05-10) ended X1: line 2 of the episodes file. */
  private static Map<String, String> episode1() {
    return row(EPISODE_COLUMNS, "C1", "01/04/2019", "S", "C2", "N1", "U4", "PR1", "10/05/2019",
        "X1", "", HOME_POSTCODE, PLACEMENT_POSTCODE, "SC123456");
  }

  /** C1's second episode, open from 2019-05-10 in a new placement: line 3 of the episodes file. */
  private static Map<String, String> episode2() {
    return row(EPISODE_COLUMNS, "C1", "10/05/2019", "P", "C2", "N1", "U5", "PR1", "", "",
        "CARPL", HOME_POSTCODE, PLACEMENT_POSTCODE, "SC123456");
  }

  private static Map<String, String> row(List<String> columns, String... values) {
    Map<String, String> row = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      row.put(columns.get(i), values[i]);
    }
    return row;
  }

  private static Map<String, String> with(Map<String, String> row, String column, String value) {
    row.put(column, value);
    return row;
  }

  private static String csv(List<String> columns, List<Map<String, String>> rows) {
    StringBuilder text = new StringBuilder(String.join(",", columns)).append('\n');
    for (Map<String, String> row : rows) {
      text.append(columns.stream().map(row::get).collect(Collectors.joining(","))).append('\n');
    }
    return text.toString();
  }

  private static InputFile headerFile(List<Map<String, String>> rows) {
    return InputFile.ofText(HEADER, csv(HEADER_COLUMNS, rows));
  }

  private static InputFile episodesFile(List<Map<String, String>> rows) {
    return InputFile.ofText(EPISODES, csv(EPISODE_COLUMNS, rows));
  }

  private static Ssda903Read strict(InputFile header, InputFile episodes) {
    return Ssda903Reader.strict().read(header, episodes);
  }

  private static Ssda903Read strictText(String header, String episodes) {
    return strict(InputFile.ofText(HEADER, header), InputFile.ofText(EPISODES, episodes));
  }

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  /** Asserts that the read found exactly one problem, where and as expected. */
  private static InputProblem onlyProblem(Ssda903Read read, String file, long line, String column) {
    assertThat(read.problems())
        .extracting(InputProblem::file, InputProblem::line, InputProblem::column)
        .containsExactly(tuple(file, line, Optional.ofNullable(column)));
    assertThat(read.isValid()).isFalse();
    InputProblem problem = read.problems().get(0);
    assertNoPersonalData(problem.toString());
    return problem;
  }

  private static void assertNoPersonalData(String text) {
    assertThat(text).doesNotContain(HOME_POSTCODE, PLACEMENT_POSTCODE, DOB, DOB_ISO, "A123456789012");
  }

  // ---------------------------------------------------------------- valid files

  @Test
  void readsAValidPairOfFiles() {
    Ssda903Read read = strict(headerFile(List.of(child1())), episodesFile(List.of(episode1(), episode2())));

    assertThat(read.problems()).isEmpty();
    assertThat(read.isValid()).isTrue();
    assertThat(read.fatal()).isFalse();
    assertThat(read.rowsRead()).isEqualTo(3);
    assertThat(read.acceptedRows()).isEqualTo(3);
    CareData data = read.strict();
    assertThat(data.size()).isEqualTo(1);
    CareHistory history = data.history(ChildId.of("C1"));
    assertThat(history.child().dateOfBirth()).isEqualTo(date(DOB_ISO));
    assertThat(history.child().sex()).contains(Sex.MALE_1);
    assertThat(history.episodes()).hasSize(2);
    Episode first = history.episodes().get(0);
    assertThat(first.start()).isEqualTo(date("2019-04-01"));
    assertThat(first.endExclusive()).contains(date("2019-05-10"));
    assertThat(first.reasonEnded()).contains(ReasonEpisodeCeased.X1);
    assertThat(first.placementType()).isEqualTo(PlacementType.U4);
    assertThat(first.placementProvider()).contains(PlacementProvider.PR1);
    assertThat(first.toString()).doesNotContain(HOME_POSTCODE, PLACEMENT_POSTCODE);
    assertThat(first.urn()).contains("SC123456");
    Episode second = history.episodes().get(1);
    assertThat(second.start()).isEqualTo(date("2019-05-10"));
    assertThat(second.isOpen()).isTrue();
    assertThat(second.placementType()).isEqualTo(PlacementType.U5);
  }

  @Test
  void anEmptyProviderIsAllowed() {
    Ssda903Read read = strict(headerFile(List.of(child1())),
        episodesFile(List.of(with(episode1(), "PLACE_PROVIDER", ""), episode2())));

    assertThat(read.problems()).isEmpty();
    assertThat(read.strict().history(ChildId.of("C1")).episodes().get(0).placementProvider()).isEmpty();
  }

  @Test
  void aZeroDayEpisodeBetweenTwoOthersOnTheSameDayIsValid() {
    Map<String, String> zeroDay = row(EPISODE_COLUMNS, "C1", "10/05/2019", "P", "C2", "N1", "U6",
        "PR1", "10/05/2019", "X1", "CARPL", "", "", "");

    Ssda903Read read = strict(headerFile(List.of(child1())),
        episodesFile(List.of(episode1(), zeroDay, episode2())));

    assertThat(read.problems()).isEmpty();
    CareHistory history = read.strict().history(ChildId.of("C1"));
    assertThat(history.episodes()).extracting(Episode::placementType)
        .containsExactly(PlacementType.U4, PlacementType.U6, PlacementType.U5);
    assertThat(history.periodsOfCare(date("2019-12-31"))).singleElement()
        .satisfies(period -> assertThat(period.episodes()).hasSize(3));
  }

  @Test
  void aZeroDayEpisodeListedLastInTheFileStillSitsBetween() {
    Map<String, String> zeroDay = row(EPISODE_COLUMNS, "C1", "10/05/2019", "P", "C2", "N1", "U6",
        "PR1", "10/05/2019", "X1", "CARPL", "", "", "");

    Ssda903Read read = strict(headerFile(List.of(child1())),
        episodesFile(List.of(episode2(), episode1(), zeroDay)));

    assertThat(read.problems()).isEmpty();
    assertThat(read.strict().history(ChildId.of("C1")).episodes()).extracting(Episode::placementType)
        .containsExactly(PlacementType.U4, PlacementType.U6, PlacementType.U5);
  }

  @Test
  void ignoresAByteOrderMarkInEitherFile() {
    String header = "\uFEFF" + csv(HEADER_COLUMNS, List.of(child1()));
    String episodes = "\uFEFF" + csv(EPISODE_COLUMNS, List.of(episode1(), episode2()));

    Ssda903Read read = strictText(header, episodes);

    assertThat(read.problems()).isEmpty();
    assertThat(read.strict().history(ChildId.of("C1")).episodes()).hasSize(2);
  }

  @Test
  void matchesHeadersInAnyCaseAndOrderAndIgnoresExtraColumns() {
    String header = "Notes, dob ,child,Sex\n"
        + "anything,01/06/2010,C1,F\n";
    String episodes = "pl_post,Rec,dec,Place_Provider,place,notes,ls,rne,Decom,child\n"
        + "M60 2LA,X1,10/05/2019,PR1,U4,free text,C2,S,01/04/2019,C1\n"
        + "M60 2LA,,,PR4,K2,,E1,P,10/05/2019,C1\n";

    Ssda903Read read = strictText(header, episodes);

    assertThat(read.problems()).isEmpty();
    CareHistory history = read.strict().history(ChildId.of("C1"));
    assertThat(history.child().dateOfBirth()).isEqualTo(date(DOB_ISO));
    assertThat(history.child().sex()).contains(Sex.F);
    assertThat(history.episodes()).extracting(Episode::start, Episode::endExclusive,
            Episode::legalStatus, Episode::placementType, Episode::placementProvider)
        .containsExactly(
            tuple(date("2019-04-01"), Optional.of(date("2019-05-10")), LegalStatus.C2,
                PlacementType.U4, Optional.of(PlacementProvider.PR1)),
            tuple(date("2019-05-10"), Optional.empty(), LegalStatus.E1,
                PlacementType.K2, Optional.of(PlacementProvider.PR4)));
    assertThat(history.episodes().get(0).toString()).doesNotContain(PLACEMENT_POSTCODE);
    assertThat(history.episodes().get(0).categoryOfNeed()).isEmpty();
  }

  @Test
  void readsBothDateFormsMixedInOneFile() {
    String header = "CHILD,DOB\nC1,2010-06-01\nC2,1/6/2010\n";
    String episodes = "CHILD,DECOM,RNE,LS,PLACE,PLACE_PROVIDER,DEC,REC\n"
        + "C1,1/4/2019,S,C2,U4,PR1,2019-05-10,X1\n"
        + "C1,2019-05-10,P,C2,U5,PR1,,\n"
        + "C2,2019-04-01,S,C2,U4,PR1,2/5/2019,E4A\n";

    Ssda903Read read = strictText(header, episodes);

    assertThat(read.problems()).isEmpty();
    CareData data = read.strict();
    assertThat(data.history(ChildId.of("C2")).child().dateOfBirth()).isEqualTo(date(DOB_ISO));
    assertThat(data.history(ChildId.of("C1")).episodes()).extracting(Episode::start)
        .containsExactly(date("2019-04-01"), date("2019-05-10"));
    assertThat(data.history(ChildId.of("C1")).episodes().get(0).endExclusive()).contains(date("2019-05-10"));
    assertThat(data.history(ChildId.of("C2")).episodes().get(0).endExclusive()).contains(date("2019-05-02"));
  }

  @Test
  void aHeaderOnlyFileHasNoChildren() {
    Ssda903Read read = strictText("CHILD,DOB\n", String.join(",", EPISODE_COLUMNS) + "\n");

    assertThat(read.problems()).isEmpty();
    assertThat(read.rowsRead()).isZero();
    assertThat(read.strict().size()).isZero();
  }

  // ---------------------------------------------------------------- missing columns

  static Stream<Arguments> requiredColumns() {
    return Stream.concat(
        Stream.of("CHILD", "DOB").map(c -> Arguments.of(HEADER, c)),
        Stream.of("CHILD", "DECOM", "RNE", "LS", "PLACE", "PLACE_PROVIDER").map(c -> Arguments.of(EPISODES, c)));
  }

  @ParameterizedTest(name = "{0} without {1}")
  @MethodSource("requiredColumns")
  void aMissingRequiredColumnIsFatalOnLine1(String file, String column) {
    List<String> headerColumns = new ArrayList<>(HEADER_COLUMNS);
    List<String> episodeColumns = new ArrayList<>(EPISODE_COLUMNS);
    (file.equals(HEADER) ? headerColumns : episodeColumns).remove(column);

    Ssda903Read read = strictText(csv(headerColumns, List.of(child1())),
        csv(episodeColumns, List.of(episode1(), episode2())));

    InputProblem problem = onlyProblem(read, file, 1, column);
    assertThat(problem.message()).contains(column);
    assertThat(read.fatal()).isTrue();
    assertThat(read.accepted().size()).isZero();
    assertThatThrownBy(read::lenient).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(read::strict).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void missingColumnsInBothFilesAreAllReported() {
    Ssda903Read read = strictText("CHILD,SEX\nC1,1\n", "child,decom,ls\nC1,01/04/2019,C2\n");

    assertThat(read.fatal()).isTrue();
    assertThat(read.problems())
        .extracting(InputProblem::file, InputProblem::line, InputProblem::column)
        .containsExactly(
            tuple(HEADER, 1L, Optional.of("DOB")),
            tuple(EPISODES, 1L, Optional.of("RNE")),
            tuple(EPISODES, 1L, Optional.of("PLACE")),
            tuple(EPISODES, 1L, Optional.of("PLACE_PROVIDER")));
  }

  @Test
  void anEmptyFileIsFatal() {
    Ssda903Read read = strictText("", csv(EPISODE_COLUMNS, List.of(episode1())));

    assertThat(read.fatal()).isTrue();
    assertThat(read.problems()).singleElement()
        .satisfies(p -> assertThat(p.file()).isEqualTo(HEADER));
  }

  // ---------------------------------------------------------------- one bad cell

  /** Every cell problem of the episodes file: the line changed, the column, the value written. */
  @ParameterizedTest(name = "episodes line {0}, {1} = ''{2}''")
  @CsvSource(delimiter = '|', value = {
    // unparsable dates
    "2 | DECOM | 31/02/2019",
    "2 | DECOM | 2019-13-01",
    "2 | DECOM | 1/4/19",
    "2 | DECOM | yesterday",
    "2 | DEC   | 29/02/2019",
    "2 | DEC   | 10-05-2019",
    // unknown codes, including codes in the wrong case
    "2 | RNE   | X",
    "2 | RNE   | s",
    "2 | LS    | C3",
    "2 | LS    | c2",
    "2 | LS    | V1",
    "2 | CIN   | N9",
    "2 | CIN   | n1",
    "2 | PLACE | U7",
    "2 | PLACE | u4",
    "2 | PLACE | Z2",
    "2 | PLACE_PROVIDER | PR6",
    "2 | PLACE_PROVIDER | pr1",
    "2 | REC   | E4",
    "2 | REC   | x1",
    "2 | REC   | E1",
    "3 | REASON_PLACE_CHANGE | CARP",
    "3 | REASON_PLACE_CHANGE | carpl",
    // DEC < DECOM
    "2 | DEC   | 31/03/2019",
    "2 | DEC   | 2019-03-31",
  })
  void aBadEpisodeCellIsReportedWithItsLineColumnAndValue(int line, String column, String value) {
    List<Map<String, String>> episodes = List.of(episode1(), episode2());
    episodes.get(line - 2).put(column, value);

    Ssda903Read read = strict(headerFile(List.of(child1())), episodesFile(episodes));

    InputProblem problem = onlyProblem(read, EPISODES, line, column);
    assertThat(problem.value()).contains(value);
    assertThat(problem.child()).contains("C1");
    assertThat(problem.toString()).startsWith("episodes.csv line " + line + ", column " + column
        + ", value '" + value + "': ");
    assertThat(read.fatal()).isFalse();
    assertThat(read.accepted().size()).isZero();
  }

  @ParameterizedTest(name = "episodes line 2, {0} empty")
  @ValueSource(strings = {"DECOM", "RNE", "LS", "PLACE"})
  void anEmptyRequiredCellIsReported(String column) {
    Ssda903Read read = strict(headerFile(List.of(child1())),
        episodesFile(List.of(with(episode1(), column, ""), episode2())));

    InputProblem problem = onlyProblem(read, EPISODES, 2, column);
    assertThat(problem.value()).isEmpty();
    assertThat(problem.message()).contains("empty");
  }

  @Test
  void aReasonForCeasingWithoutAnEndDateIsReportedAtRec() {
    Ssda903Read read = strict(headerFile(List.of(child1())),
        episodesFile(List.of(episode1(), with(episode2(), "REC", "E4A"))));

    InputProblem problem = onlyProblem(read, EPISODES, 3, "REC");
    assertThat(problem.value()).contains("E4A");
  }

  @Test
  void anEndDateWithoutAReasonForCeasingIsReportedAtDec() {
    Ssda903Read read = strict(headerFile(List.of(child1())),
        episodesFile(List.of(episode1(), with(episode2(), "DEC", "01/06/2019"))));

    InputProblem problem = onlyProblem(read, EPISODES, 3, "DEC");
    assertThat(problem.value()).contains("01/06/2019");
  }

  @Test
  void anEndedEpisodeWithItsReasonLeftOutIsReportedAtDec() {
    Ssda903Read read = strict(headerFile(List.of(child1())),
        episodesFile(List.of(with(episode1(), "REC", ""), episode2())));

    onlyProblem(read, EPISODES, 2, "DEC");
  }

  @Test
  void anEpisodeEndingTheDayItStartsIsValid() {
    Ssda903Read read = strict(headerFile(List.of(child1())),
        episodesFile(List.of(with(with(episode1(), "DEC", "01/04/2019"), "REC", "E4A"))));

    assertThat(read.problems()).isEmpty();
  }

  @Test
  void anEmptyChildInTheEpisodesIsReported() {
    Ssda903Read read = strict(headerFile(List.of(child1())),
        episodesFile(List.of(episode1(), episode2(), with(episode2(), "CHILD", ""))));

    InputProblem problem = onlyProblem(read, EPISODES, 4, "CHILD");
    assertThat(problem.child()).isEmpty();
    assertThat(problem.value()).isEmpty();
    assertThatThrownBy(read::strict).isInstanceOf(InvalidInputException.class);
  }

  // ---------------------------------------------------------------- header cells

  @ParameterizedTest(name = "DOB ''{0}''")
  @ValueSource(strings = {"31/02/2010", "2010-13-01", "1/6/10", "unknown"})
  void anUnparsableDateOfBirthIsReportedWithoutItsValue(String dob) {
    Ssda903Read read = strict(headerFile(List.of(with(child1(), "DOB", dob))),
        episodesFile(List.of(episode1(), episode2())));

    InputProblem problem = onlyProblem(read, HEADER, 2, "DOB");
    assertThat(problem.value()).isEmpty();
    assertThat(problem.toString()).doesNotContain(dob);
    assertThat(problem.message()).doesNotContain(dob);
    assertThatThrownBy(read::strict).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(dob));
  }

  @Test
  void anEmptyDateOfBirthIsReported() {
    Ssda903Read read = strict(headerFile(List.of(with(child1(), "DOB", ""))),
        episodesFile(List.of(episode1(), episode2())));

    onlyProblem(read, HEADER, 2, "DOB");
  }

  @ParameterizedTest(name = "SEX ''{0}''")
  @ValueSource(strings = {"3", "0", "9", "m", "f", "u", "X", "Male"})
  void anUnknownSexCodeIsReported(String sex) {
    Ssda903Read read = strict(headerFile(List.of(with(child1(), "SEX", sex))),
        episodesFile(List.of(episode1(), episode2())));

    InputProblem problem = onlyProblem(read, HEADER, 2, "SEX");
    assertThat(problem.value()).contains(sex);
  }

  @ParameterizedTest(name = "SEX ''{0}''")
  @ValueSource(strings = {"1", "2", "M", "F", "U", ""})
  void everySexCodeOfAnyYearIsAccepted(String sex) {
    Ssda903Read read = strict(headerFile(List.of(with(child1(), "SEX", sex))),
        episodesFile(List.of(episode1(), episode2())));

    assertThat(read.problems()).isEmpty();
  }

  @Test
  void anEmptyChildInTheHeaderIsReported() {
    Ssda903Read read = strict(headerFile(List.of(child1(), with(child1(), "CHILD", ""))),
        episodesFile(List.of(episode1(), episode2())));

    InputProblem problem = onlyProblem(read, HEADER, 3, "CHILD");
    assertThat(problem.child()).isEmpty();
  }

  // ---------------------------------------------------------------- a child's rows together

  @Test
  void anOverlapIsReportedOnTheLaterEpisodeNamingTheOther() {
    Ssda903Read read = strict(headerFile(List.of(child1())),
        episodesFile(List.of(episode1(), with(episode2(), "DECOM", "01/05/2019"))));

    InputProblem problem = onlyProblem(read, EPISODES, 3, "DECOM");
    assertThat(problem.message()).contains("line 2");
    assertThat(problem.child()).contains("C1");
  }

  @Test
  void anOverlapIsReportedOnTheLaterEpisodeWhateverTheFileOrder() {
    Ssda903Read read = strict(headerFile(List.of(child1())),
        episodesFile(List.of(with(episode2(), "DECOM", "01/05/2019"), episode1())));

    InputProblem problem = onlyProblem(read, EPISODES, 2, "DECOM");
    assertThat(problem.message()).contains("line 3");
  }

  @Test
  void aRepeatedRowOverlapsItself() {
    Ssda903Read read = strict(headerFile(List.of(child1())),
        episodesFile(List.of(episode1(), episode1(), episode2())));

    InputProblem problem = onlyProblem(read, EPISODES, 3, "DECOM");
    assertThat(problem.message()).contains("line 2");
  }

  @Test
  void anOpenEpisodeThatIsNotLastIsReportedOnItsLine() {
    Map<String, String> open = with(with(episode1(), "DEC", ""), "REC", "");
    Map<String, String> later = with(with(episode2(), "DEC", "01/07/2019"), "REC", "E4A");

    Ssda903Read read = strict(headerFile(List.of(child1())), episodesFile(List.of(open, later)));

    InputProblem problem = onlyProblem(read, EPISODES, 2, "DEC");
    assertThat(problem.message()).contains("line 3");
  }

  @Test
  void anEpisodeOfAChildMissingFromTheHeaderIsReported() {
    Map<String, String> orphan = with(episode1(), "CHILD", "C9");

    Ssda903Read read = strict(headerFile(List.of(child1())),
        episodesFile(List.of(episode1(), episode2(), orphan)));

    InputProblem problem = onlyProblem(read, EPISODES, 4, "CHILD");
    assertThat(problem.value()).contains("C9");
    assertThat(problem.child()).contains("C9");
  }

  @Test
  void everyEpisodeOfAChildMissingFromTheHeaderIsReported() {
    Ssda903Read read = strict(headerFile(List.of(child1())),
        episodesFile(List.of(with(episode1(), "CHILD", "C9"), episode1(), with(episode2(), "CHILD", "C9"))));

    assertThat(read.problems())
        .extracting(InputProblem::file, InputProblem::line, InputProblem::column)
        .containsExactly(tuple(EPISODES, 2L, Optional.of("CHILD")), tuple(EPISODES, 4L, Optional.of("CHILD")));
  }

  @Test
  void aDuplicateChildInTheHeaderIsReportedOnTheSecondRow() {
    Ssda903Read read = strict(headerFile(List.of(child1(), child1())),
        episodesFile(List.of(episode1(), episode2())));

    InputProblem problem = onlyProblem(read, HEADER, 3, "CHILD");
    assertThat(problem.value()).contains("C1");
    assertThat(problem.message()).contains("line 2");
  }

  @Test
  void anEpisodeBeforeTheDateOfBirthIsReportedWithoutTheDateOfBirth() {
    // born 15 April 2019, a fortnight after the first episode starts
    Ssda903Read read = strict(headerFile(List.of(with(child1(), "DOB", "15/04/2019"))),
        episodesFile(List.of(episode1(), episode2())));

    InputProblem problem = onlyProblem(read, EPISODES, 2, "DECOM");
    assertThat(problem.toString()).doesNotContain("15/04/2019", "2019-04-15", "15 April");
    assertThatThrownBy(read::strict)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("15/04/2019", "2019-04-15"));
  }

  @Test
  void anEpisodeOnTheDateOfBirthIsValid() {
    Ssda903Read read = strict(headerFile(List.of(with(child1(), "DOB", "01/04/2019"))),
        episodesFile(List.of(episode1(), episode2())));

    assertThat(read.problems()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "one cell too many | ,extra",
    "a blank cell and a filled one too many | ,,x",
  })
  void anEpisodeRowWithTooManyCellsIsReported(String name, String suffix) {
    String episodes = csv(EPISODE_COLUMNS, List.of(episode1())) + String.join(",", episode2().values()) + suffix + "\n";

    Ssda903Read read = strictText(csv(HEADER_COLUMNS, List.of(child1())), episodes);

    InputProblem problem = onlyProblem(read, EPISODES, 3, null);
    assertThat(problem.message()).contains("expected 13");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "one trailing comma | ,",
    "two trailing commas and a space | , ,",
  })
  void blankCellsPastTheLastColumnAreIgnored(String name, String suffix) {
    String episodes = csv(EPISODE_COLUMNS, List.of(episode1())) + String.join(",", episode2().values()) + suffix + "\n";

    Ssda903Read read = strictText(csv(HEADER_COLUMNS, List.of(child1())), episodes);

    assertThat(read.problems()).isEmpty();
    assertThat(read.strict().history(org.permanence.child.ChildId.of(child1().get("CHILD"))).episodes()).hasSize(2);
  }

  @Test
  void anEpisodeRowWithTooFewCellsIsReportedAlone() {
    // REASON_PLACE_CHANGE left out: the postcodes move one column left, under the codes' column
    List<String> shifted = new ArrayList<>(episode1().values());
    shifted.remove(EPISODE_COLUMNS.indexOf("REASON_PLACE_CHANGE"));
    String episodes = csv(EPISODE_COLUMNS, List.of()) + String.join(",", shifted) + "\n"
        + String.join(",", episode2().values()) + "\n";

    Ssda903Read read = strictText(csv(HEADER_COLUMNS, List.of(child1())), episodes);

    InputProblem problem = onlyProblem(read, EPISODES, 2, null);
    assertThat(problem.message()).contains("12").contains("13");
  }

  @Test
  void aHeaderRowWithTooFewCellsIsReportedAloneAndShowsNoDateOfBirth() {
    // SEX left out: the date of birth moves under SEX
    String header = String.join(",", HEADER_COLUMNS) + "\nC1," + DOB + ",WBRI,,,\n";

    Ssda903Read read = strictText(header, csv(EPISODE_COLUMNS, List.of(episode1(), episode2())));

    InputProblem problem = onlyProblem(read, HEADER, 2, null);
    assertThat(problem.message()).contains("6").contains("7");
    assertThatThrownBy(read::strict).satisfies(e -> assertNoPersonalData(e.getMessage()));
  }

  // ---------------------------------------------------------------- many problems

  @Test
  void everyProblemIsReportedInFileThenLineOrder() {
    String header = String.join(",", HEADER_COLUMNS) + "\n"
        + "C1,1,01/06/2010,WBRI,,,\n"         // 2
        + "C2,2,99/99/2010,WBRI,,,\n"         // 3 DOB
        + "C3,X,01/01/2012,WBRI,,,\n"         // 4 SEX
        + "C1,1,01/06/2010,WBRI,,,\n";        // 5 duplicate
    String episodes = String.join(",", EPISODE_COLUMNS) + "\n"
        + "C1,01/04/2019,S,C2,N1,U4,PR1,10/05/2019,X1,,SW1A 1AA,M60 2LA,\n"     // 2
        + "C1,01/05/2019,P,C2,N1,U4,PR1,01/06/2019,E4A,,SW1A 1AA,M60 2LA,\n"    // 3 overlaps 2
        + "C2,01/04/2019,Q,C2,N1,U4,PR1,,,,SW1A 1AA,M60 2LA,\n"                 // 4 RNE
        + "C4,01/04/2019,S,C2,N1,U4,PR1,,,,SW1A 1AA,M60 2LA,\n"                 // 5 no header row
        + "C3,01/04/2019,S,C2,N1,U9,PR1,01/03/2019,E4A,,SW1A 1AA,M60 2LA,\n";   // 6 PLACE, DEC < DECOM

    Ssda903Read read = strictText(header, episodes);

    assertThat(read.problems())
        .extracting(InputProblem::file, InputProblem::line, InputProblem::column)
        .containsExactly(
            tuple(HEADER, 3L, Optional.of("DOB")),
            tuple(HEADER, 4L, Optional.of("SEX")),
            tuple(HEADER, 5L, Optional.of("CHILD")),
            tuple(EPISODES, 3L, Optional.of("DECOM")),
            tuple(EPISODES, 4L, Optional.of("RNE")),
            tuple(EPISODES, 5L, Optional.of("CHILD")),
            tuple(EPISODES, 6L, Optional.of("PLACE")),
            tuple(EPISODES, 6L, Optional.of("DEC")));
    assertThat(read.fatal()).isFalse();
    assertThat(read.accepted().size()).isZero();
    read.problems().forEach(p -> assertNoPersonalData(p.toString()));
  }

  @Test
  void strictReadingThrowsWithEveryProblem() {
    Ssda903Read read = strict(headerFile(List.of(child1(), with(child1(), "CHILD", ""))),
        episodesFile(List.of(with(episode1(), "LS", "XX"), with(episode2(), "PLACE", "YY"))));

    assertThat(read.problems()).hasSize(3);
    assertThatThrownBy(read::strict)
        .isInstanceOf(InvalidInputException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> {
          InvalidInputException invalid = (InvalidInputException) e;
          assertThat(invalid.problems()).containsExactlyElementsOf(read.problems());
          assertThat(invalid.getMessage()).startsWith("3 problems")
              .contains("header.csv line 3, column CHILD")
              .contains("episodes.csv line 2, column LS, value 'XX'")
              .contains("episodes.csv line 3, column PLACE, value 'YY'");
          assertNoPersonalData(invalid.getMessage());
        });
  }

  // ---------------------------------------------------------------- physical lines

  @Test
  void blankLinesAndEmptyRowsAreSkippedButCountedAsLines() {
    String header = String.join(",", HEADER_COLUMNS) + "\n"  // 1
        + "\n"                                                 // 2
        + ",,,,,,\n"                                           // 3
        + "C1,1,01/06/2010,WBRI,,,\n"                          // 4
        + "   \n"                                              // 5
        + "C2,7,01/06/2010,WBRI,,,\n";                         // 6 SEX
    String episodes = String.join(",", EPISODE_COLUMNS) + "\n"                    // 1
        + String.join(",", episode1().values()) + "\n"                              // 2
        + "\n"                                                                      // 3
        + "\n"                                                                      // 4
        + " , ,,,,,,,,,,,\n"                                                         // 5
        + String.join(",", with(episode2(), "LS", "ZZ").values()) + "\n"           // 6 LS
        + "\n";                                                                     // 7

    Ssda903Read read = strictText(header, episodes);

    assertThat(read.problems())
        .extracting(InputProblem::file, InputProblem::line, InputProblem::column)
        .containsExactly(tuple(HEADER, 6L, Optional.of("SEX")), tuple(EPISODES, 6L, Optional.of("LS")));
    assertThat(read.rowsRead()).isEqualTo(4);
  }

  @ParameterizedTest(name = "line end {0}")
  @ValueSource(strings = {"LF", "CRLF"})
  void aQuotedCellWithANewLineKeepsTheNextRecordsLineRight(String lineEnd) {
    String nl = lineEnd.equals("LF") ? "\n" : "\r\n";
    String episodes = "CHILD,DECOM,RNE,LS,PLACE,PLACE_PROVIDER,DEC,REC,NOTES" + nl          // 1
        + "C1,01/04/2019,S,C2,U4,PR1,10/05/2019,X1,\"moved" + nl + "to new carers\"" + nl   // 2-3
        + "C1,10/05/2019,P,C2,U5,PR1,20/05/2019,X1,\"a" + nl + nl + "b\"" + nl            // 4-6
        + "C1,20/05/2019,P,XX,U5,PR1,,," + nl;                                            // 7 LS

    Ssda903Read read = strictText("CHILD,DOB" + nl + "C1,01/06/2010" + nl, episodes);

    onlyProblem(read, EPISODES, 7, "LS");
  }

  // ---------------------------------------------------------------- values kept once

  /**
   * URNs repeat from row to row, so the reader keeps each once, in a table by hash: values whose
   * hashes meet in the table must still be told apart. In a table of 16,384 slots, "A" (hash 65)
   * meets "!!a" (32,833, which is 65 more than 2 x 16,384) and "Ad$" (65,601, 65 more than
   * 4 x 16,384), which starts as "A" does; "Aa" and "BB" have the same hash, 2,112, and length.
   */
  @ParameterizedTest(name = "as text: {0}")
  @ValueSource(booleans = {false, true})
  void urnsWhoseHashesMeetAreKeptApart(boolean asText) {
    List<String> urns = List.of("A", "!!a", "A", "Ad$", "A", "Ad$", "Aa", "BB", "Aa", "!!a");
    List<Map<String, String>> episodes = new ArrayList<>();
    LocalDate start = date("2019-04-01");
    for (int i = 0; i < urns.size(); i++) {
      LocalDate end = start.plusDays(10);
      episodes.add(row(EPISODE_COLUMNS, "C1", start.toString(), "S", "C2", "N1", "U4", "PR1", end.toString(),
          "X1", "", "", "", urns.get(i)));
      start = end;
    }
    Ssda903Reader reader = asText ? Ssda903Reader.strict().asText() : Ssda903Reader.strict();

    Ssda903Read read = reader.read(headerFile(List.of(child1())), episodesFile(episodes));

    assertThat(read.problems()).isEmpty();
    assertThat(read.accepted().history(ChildId.of("C1")).episodes())
        .extracting(episode -> episode.urn().orElseThrow())
        .containsExactlyElementsOf(urns);
  }

  /**
   * The reader keeps one date object per day from 1900 to 2099, the days a file usually holds;
   * the first of those days, and days after them, are read as written all the same (a date
   * before 1900 is not a date).
   */
  @ParameterizedTest(name = "as text: {0}")
  @ValueSource(booleans = {false, true})
  void datesBeforeAndAfterTheDaysKeptOnceAreReadAsWritten(boolean asText) {
    String header = String.join(",", HEADER_COLUMNS) + "\n"
        + "C1,1,01/01/1900,WBRI,,,\n"
        + "C2,2,2100-01-01,WBRI,,,\n";
    String episodes = String.join(",", EPISODE_COLUMNS) + "\n"
        + "C1,01/01/1900,S,C2,N1,U4,PR1,1900-01-02,E4A,,,,\n"
        + "C2,01/01/2100,S,C2,N1,U4,PR1,,,,,,\n";
    Ssda903Reader reader = asText ? Ssda903Reader.strict().asText() : Ssda903Reader.strict();

    Ssda903Read read = reader.read(InputFile.ofText(HEADER, header), InputFile.ofText(EPISODES, episodes));

    assertThat(read.problems()).isEmpty();
    CareData data = read.accepted();
    assertThat(data.history(ChildId.of("C1")).child().dateOfBirth()).isEqualTo(date("1900-01-01"));
    assertThat(data.history(ChildId.of("C1")).episodes()).singleElement().satisfies(episode -> {
      assertThat(episode.start()).isEqualTo(date("1900-01-01"));
      assertThat(episode.endExclusive()).contains(date("1900-01-02"));
    });
    assertThat(data.history(ChildId.of("C2")).child().dateOfBirth()).isEqualTo(date("2100-01-01"));
    assertThat(data.history(ChildId.of("C2")).episodes()).singleElement()
        .satisfies(episode -> assertThat(episode.start()).isEqualTo(date("2100-01-01")));
  }

  // ---------------------------------------------------------------- files on disk

  @Test
  void filesOnDiskAreReadAndNamedByTheirFileNames(@TempDir Path dir) throws IOException {
    Path header = Files.writeString(dir.resolve("header.csv"), csv(HEADER_COLUMNS, List.of(child1())));
    Path episodes = Files.writeString(dir.resolve("episodes.csv"),
        csv(EPISODE_COLUMNS, List.of(episode1(), episode2())));
    Path badEpisodes = Files.writeString(dir.resolve("bad-episodes.csv"),
        csv(EPISODE_COLUMNS, List.of(with(episode1(), "LS", "XX"))));

    CareData data = Ssda903Files.read(header, episodes);

    assertThat(data.size()).isEqualTo(1);
    assertThat(data.history(ChildId.of("C1")).episodes()).extracting(Episode::start)
        .containsExactly(date("2019-04-01"), date("2019-05-10"));
    assertThatThrownBy(() -> Ssda903Files.read(header, badEpisodes))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(InputProblem::file, InputProblem::line, InputProblem::column)
            .containsExactly(tuple("bad-episodes.csv", 2L, Optional.of("LS"))));
  }

  // ---------------------------------------------------------------- unreadable files

  @Test
  void anUnclosedQuoteAfterBlankLinesIsReportedOnItsOwnLine() {
    String episodes = String.join(",", EPISODE_COLUMNS) + "\n"
        + String.join(",", episode1().values()) + "\n"
        + "\n"
        + "\n"
        + "C1,\"10/05/2019,P,C2,N1,U5,PR1,,,CARPL,SW1A 1AA,M60 2LA,SC123456\n";

    Ssda903Read read = strictText(csv(HEADER_COLUMNS, List.of(child1())), episodes);

    assertThat(read.fatal()).isTrue();
    onlyProblem(read, EPISODES, 5, null);
  }

  @Test
  void aFatalProblemIsListedInLineOrderWithTheProblemsFoundBeforeIt() {
    String header = String.join(",", HEADER_COLUMNS) + "\n"
        + "C1,1,01/06/2010,WBRI,,,\n"
        + "C2,X,01/06/2010,WBRI,,,\n";                                          // 3 SEX
    String episodes = String.join(",", EPISODE_COLUMNS) + "\n"
        + "C1,01/04/2019,S,XX,N1,U4,PR1,10/05/2019,X1,,,,\n"                    // 2 LS
        + "C1,10/05/2019,P,C2,N1,U5,PR1,01/06/2019,X1,,,,\n"                    // 3
        + "C1,\"01/06/2019,P,C2,N1,U5,PR1,,,CARPL,,,SC123456\n";                // 4 unclosed quote

    Ssda903Read read = strictText(header, episodes);

    assertThat(read.fatal()).isTrue();
    assertThat(read.problems())
        .extracting(InputProblem::file, InputProblem::line, InputProblem::column)
        .containsExactly(
            tuple(HEADER, 3L, Optional.of("SEX")),
            tuple(EPISODES, 2L, Optional.of("LS")),
            tuple(EPISODES, 4L, Optional.empty()));
  }

  @Test
  void anUnclosedQuoteIsAFatalProblemNotAnException() {
    String episodes = String.join(",", EPISODE_COLUMNS) + "\n"
        + String.join(",", episode1().values()) + "\n"
        + "C1,\"10/05/2019,P,C2,N1,U5,PR1,,,CARPL,SW1A 1AA,M60 2LA,SC123456\n"
        + "C2,10/05/2019,P,C2,N1,U5,PR1,,,CARPL,SW1A 1AA,M60 2LA,SC123456\n";

    Ssda903Read read = strictText(csv(HEADER_COLUMNS, List.of(child1())), episodes);

    assertThat(read.fatal()).isTrue();
    InputProblem problem = onlyProblem(read, EPISODES, 3, null);
    assertThat(problem.message()).containsIgnoringCase("quote");
    assertThat(read.accepted().size()).isZero();
    assertThatThrownBy(read::lenient).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void bytesThatAreNotUtf8AreAFatalProblemNotAnException() {
    // "£12" written in ISO-8859-1: the pound sign is the single byte 0xA3, not valid UTF-8
    String before = "CHILD,DECOM,RNE,LS,PLACE,PLACE_PROVIDER,DEC,REC,NOTES\n"
        + "C1,01/04/2019,S,C2,U4,PR1,10/05/2019,X1,\n"
        + "C1,10/05/2019,P,C2,U5,PR1,,,";
    byte[] text = (before + "\u00A312\n").getBytes(StandardCharsets.ISO_8859_1);
    InputFile episodes = new InputFile(EPISODES, () -> new ByteArrayInputStream(text));

    Ssda903Read read = strict(InputFile.ofText(HEADER, "CHILD,DOB\nC1,01/06/2010\n"), episodes);

    assertThat(read.fatal()).isTrue();
    assertThat(read.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.file()).isEqualTo(EPISODES);
      assertThat(problem.line()).isBetween(1L, 3L);
      assertThat(problem.message()).contains("UTF-8");
    });
    assertThat(read.accepted().size()).isZero();
  }

  @Test
  void bytesThatAreNotUtf8InTheHeaderFileAreAFatalProblem() {
    byte[] text = "CHILD,DOB,NOTES\nC1,01/06/2010,caf\u00E9\n".getBytes(StandardCharsets.ISO_8859_1);
    InputFile header = new InputFile(HEADER, () -> new ByteArrayInputStream(text));

    Ssda903Read read = strict(header, episodesFile(List.of(episode1(), episode2())));

    assertThat(read.fatal()).isTrue();
    assertThat(read.problems()).singleElement()
        .satisfies(problem -> assertThat(problem.file()).isEqualTo(HEADER));
  }

  @Test
  void aFileThatCannotBeOpenedIsAFatalProblem() {
    InputFile missing = new InputFile("missing.csv", () -> {
      throw new java.nio.file.NoSuchFileException("missing.csv");
    });

    Ssda903Read read = strict(missing, episodesFile(List.of(episode1())));

    assertThat(read.fatal()).isTrue();
    assertThat(read.problems()).singleElement()
        .satisfies(problem -> assertThat(problem.file()).isEqualTo("missing.csv"));
  }

  // ---------------------------------------------------------------- personal data

  @Test
  void postcodesAndDatesOfBirthNeverAppearInProblemsOrValues() {
    String header = String.join(",", HEADER_COLUMNS) + "\n"
        + "C1,1," + DOB + ",WBRI,A123456789012,,\n"
        + "C2," + DOB + ",WBRI,A123456789012,,\n"          // a cell short: DOB under SEX
        + "C3,1," + DOB + ",WBRI,A123456789012,,\n";
    String episodes = String.join(",", EPISODE_COLUMNS) + "\n"
        + String.join(",", episode1().values()) + "\n"
        + String.join(",", episode2().values()) + "\n"
        // a cell short: the home postcode under REASON_PLACE_CHANGE
        + "C2,01/04/2019,S,C2,N1,U4,PR1,10/05/2019,X1," + HOME_POSTCODE + "," + PLACEMENT_POSTCODE + ",SC1\n"
        // a cell too many: the postcodes under PL_POST and URN
        + "C3,01/04/2019,S,C2,N1,U4,PR1,,,," + HOME_POSTCODE + "," + PLACEMENT_POSTCODE + ",SC1,x\n"
        + "C3,01/03/2019,S,XX,N1,U4,PR1,,,," + HOME_POSTCODE + "," + PLACEMENT_POSTCODE + ",SC1\n"
        + "C9,01/03/2019,S,C2,N1,U4,PR1,,,," + HOME_POSTCODE + "," + PLACEMENT_POSTCODE + ",SC1\n";

    for (Ssda903Reader reader : List.of(Ssda903Reader.strict(), Ssda903Reader.lenient())) {
      Ssda903Read read = reader.read(InputFile.ofText(HEADER, header), InputFile.ofText(EPISODES, episodes));

      assertThat(read.problems()).isNotEmpty();
      read.problems().forEach(p -> assertNoPersonalData(p.toString()));
      read.problems().forEach(p -> assertNoPersonalData(p.value().orElse("")));
      read.rejectedRows().forEach(r -> assertNoPersonalData(r.toString()));
      assertNoPersonalData(read.toString());
      assertNoPersonalData(read.accepted().toString());
      read.accepted().histories().forEach(h -> assertNoPersonalData(h.toString()));
      assertThatThrownBy(read::strict).satisfies(e -> assertNoPersonalData(e.getMessage()));
    }
  }

  @ParameterizedTest(name = "{0} under {1}")
  @CsvSource({
    "header.csv, SEX, " + DOB,
    "header.csv, SEX, " + DOB_ISO,
    "header.csv, SEX, A123456789012",
    "episodes.csv, PLACE, " + HOME_POSTCODE,
    "episodes.csv, PLACE_PROVIDER, M602LA",
    "episodes.csv, CIN, A123456789012",
  })
  void aDateOfBirthPostcodeOrUpnInACodeColumnIsAnUnknownCodeNotShown(String file, String column, String value) {
    // as many cells as the header names, but one typed in the wrong column
    boolean inHeader = file.equals(HEADER);
    Ssda903Read read = strict(
        headerFile(List.of(inHeader ? with(child1(), column, value) : child1())),
        episodesFile(List.of(inHeader ? episode1() : with(episode1(), column, value), episode2())));

    InputProblem problem = onlyProblem(read, file, 2, column);
    assertThat(problem.value()).isEmpty();
    assertThat(problem.message()).startsWith("unknown code (the value is not shown: it looks like a")
        .doesNotContain(value);
  }

  @Test
  void aDateInACodeColumnOfTheEpisodesIsShown() {
    // the episodes file holds no date of birth: a date there is an episode's, and helps find the row
    Ssda903Read read = strict(headerFile(List.of(child1())),
        episodesFile(List.of(with(episode1(), "RNE", "01/04/2019"), episode2())));

    assertThat(onlyProblem(read, EPISODES, 2, "RNE").value()).contains("01/04/2019");
  }

  // ---------------------------------------------------------------- lenient reading

  @Test
  void lenientReadingLoadsGoodChildrenAndRejectsABadChildWhole() {
    String header = "CHILD,SEX,DOB\n"
        + "C1,1,01/06/2010\n"   // 2
        + "C2,2,01/01/2011\n";  // 3
    String episodes = "CHILD,DECOM,RNE,LS,PLACE,PLACE_PROVIDER,DEC,REC\n"
        + "C1,01/04/2019,S,C2,U4,PR1,,\n"             // 2
        + "C2,01/04/2019,S,C2,U4,PR1,01/05/2019,X1\n" // 3
        + "C2,01/05/2019,P,XX,U4,PR1,,\n";            // 4 LS

    Ssda903Read read = Ssda903Reader.lenient()
        .read(InputFile.ofText(HEADER, header), InputFile.ofText(EPISODES, episodes));

    assertThat(read.fatal()).isFalse();
    assertThat(read.problems()).extracting(InputProblem::file, InputProblem::line, InputProblem::column)
        .containsExactly(tuple(EPISODES, 4L, Optional.of("LS")));
    CareData data = read.lenient();
    assertThat(data.histories()).extracting(CareHistory::childId).containsExactly(ChildId.of("C1"));
    assertThat(read.rowsRead()).isEqualTo(5);
    assertThat(read.acceptedRows()).isEqualTo(2);
    assertThat(read.rejectedRows())
        .extracting(RejectedRow::file, RejectedRow::line, RejectedRow::child, RejectedRow::cells)
        .containsExactly(
            tuple(HEADER, 3L, Optional.of("C2"), List.of("C2", "2", "01/01/2011")),
            tuple(EPISODES, 3L, Optional.of("C2"),
                List.of("C2", "01/04/2019", "S", "C2", "U4", "PR1", "01/05/2019", "X1")),
            tuple(EPISODES, 4L, Optional.of("C2"),
                List.of("C2", "01/05/2019", "P", "XX", "U4", "PR1", "", "")));
    assertThat(read.rejectedRows().get(0).reason()).contains("C2").contains("episodes.csv line 4");
    assertThat(read.rejectedRows().get(1).reason()).contains("C2").contains("episodes.csv line 4");
    assertThat(read.rejectedRows().get(2).reason()).contains("LS").contains("unknown code");
    assertThat(read.acceptedRows() + read.rejectedRows().size()).isEqualTo(read.rowsRead());
    assertThatThrownBy(read::strict).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void lenientReadingKeepsRawCellsAsWritten() {
    String header = "CHILD,DOB\nC1,01/06/2010\n";
    String episodes = "CHILD,DECOM,RNE,LS,PLACE,PLACE_PROVIDER,DEC,REC\n"
        + "C1,  01/04/2019 ,S,\"C2\",U4,PR1,,\n"
        + "\"\",\"a, b\",S, C2 ,U4,PR1,,\n";

    Ssda903Read read = Ssda903Reader.lenient()
        .read(InputFile.ofText(HEADER, header), InputFile.ofText(EPISODES, episodes));

    assertThat(read.lenient().size()).isEqualTo(1);
    assertThat(read.rejectedRows()).singleElement().satisfies(row -> {
      assertThat(row.line()).isEqualTo(3);
      assertThat(row.child()).isEmpty();
      assertThat(row.cells()).containsExactly("", "a, b", "S", " C2 ", "U4", "PR1", "", "");
      assertThat(row.reason()).contains("CHILD").contains("DECOM");
    });
  }

  @Test
  void lenientReadingRejectsTheEpisodesOfAChildMissingFromTheHeader() {
    String header = "CHILD,DOB\nC1,01/06/2010\n";
    String episodes = "CHILD,DECOM,RNE,LS,PLACE,PLACE_PROVIDER,DEC,REC\n"
        + "C9,01/04/2019,S,C2,U4,PR1,01/05/2019,X1\n"
        + "C1,01/04/2019,S,C2,U4,PR1,,\n"
        + "C9,01/05/2019,S,C2,U4,PR1,,\n";

    Ssda903Read read = Ssda903Reader.lenient()
        .read(InputFile.ofText(HEADER, header), InputFile.ofText(EPISODES, episodes));

    assertThat(read.lenient().histories()).extracting(CareHistory::childId).containsExactly(ChildId.of("C1"));
    assertThat(read.rejectedRows()).extracting(RejectedRow::file, RejectedRow::line, RejectedRow::child)
        .containsExactly(tuple(EPISODES, 2L, Optional.of("C9")), tuple(EPISODES, 4L, Optional.of("C9")));
    assertThat(read.acceptedRows() + read.rejectedRows().size()).isEqualTo(read.rowsRead());
  }

  @Test
  void lenientReadingRejectsBothHeaderRowsOfADuplicateChild() {
    String header = "CHILD,DOB\nC1,01/06/2010\nC2,01/06/2010\nC1,01/06/2010\n";
    String episodes = "CHILD,DECOM,RNE,LS,PLACE,PLACE_PROVIDER,DEC,REC\n"
        + "C1,01/04/2019,S,C2,U4,PR1,,\n"
        + "C2,01/04/2019,S,C2,U4,PR1,,\n";

    Ssda903Read read = Ssda903Reader.lenient()
        .read(InputFile.ofText(HEADER, header), InputFile.ofText(EPISODES, episodes));

    assertThat(read.lenient().histories()).extracting(CareHistory::childId).containsExactly(ChildId.of("C2"));
    assertThat(read.rejectedRows()).extracting(RejectedRow::file, RejectedRow::line)
        .containsExactly(tuple(HEADER, 2L), tuple(HEADER, 4L), tuple(EPISODES, 2L));
  }

  @Test
  void strictReadingListsNoRejectedRows() {
    Ssda903Read read = strict(headerFile(List.of(child1())),
        episodesFile(List.of(with(episode1(), "LS", "XX"), episode2())));

    assertThat(read.rejectedRows()).isEmpty();
  }

  /** What can be wrong with one generated child. */
  enum Fault {
    NONE, BAD_CODE, BAD_DOB, BAD_DATE, NO_HEADER_ROW, DUPLICATE_HEADER_ROW, OVERLAP, OPEN_NOT_LAST,
    BEFORE_BIRTH, WRONG_CELL_COUNT
  }

  /** A generated child: its fault, number of episodes, and whether its last episode is open. */
  record ChildSpec(Fault fault, int episodes, boolean lastOpen) {}

  @Provide
  Arbitrary<List<ChildSpec>> children() {
    Arbitrary<ChildSpec> child = Combinators.combine(
            Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just(Fault.NONE)),
                net.jqwik.api.Tuple.of(4, Arbitraries.of(Fault.class))),
            Arbitraries.integers().between(1, 4),
            Arbitraries.of(true, false))
        .as(ChildSpec::new);
    return child.list().ofMaxSize(12);
  }

  /**
   * Lenient reading of generated files, each child with at most one fault: the children without
   * one load, every row of the others is rejected, and no row is lost.
   */
  @Property(tries = 300)
  void lenientReadingAccountsForEveryRow(
      @ForAll("children") List<ChildSpec> children,
      @ForAll boolean withChildlessRow,
      @ForAll long shuffleSeed) {
    List<String> headerLines = new ArrayList<>();
    List<String[]> headerOwners = new ArrayList<>();
    List<String> episodeLines = new ArrayList<>();
    List<String> episodeOwners = new ArrayList<>();
    Set<String> good = new HashSet<>();
    Set<String> bad = new HashSet<>();
    LocalDate base = LocalDate.of(2019, 4, 1);
    for (int i = 0; i < children.size(); i++) {
      ChildSpec spec = children.get(i);
      String id = "C" + i;
      Fault fault = spec.fault();
      int count = (fault == Fault.OVERLAP || fault == Fault.OPEN_NOT_LAST) ? Math.max(2, spec.episodes()) : spec.episodes();
      (fault == Fault.NONE ? good : bad).add(id);
      String dob = fault == Fault.BAD_DOB ? "30/02/2010" : fault == Fault.BEFORE_BIRTH ? "2019-04-02" : "2010-01-0" + (1 + i % 9);
      if (fault != Fault.NO_HEADER_ROW) {
        headerLines.add(id + ",1," + dob);
        headerOwners.add(new String[] {id});
      }
      if (fault == Fault.DUPLICATE_HEADER_ROW) {
        headerLines.add(id + ",2," + dob);
        headerOwners.add(new String[] {id});
      }
      for (int j = 0; j < count; j++) {
        LocalDate start = base.plusDays(10L * j);
        LocalDate end = start.plusDays(10);
        if (fault == Fault.OVERLAP && j == 1) {
          start = start.minusDays(1);
        }
        boolean last = j == count - 1;
        boolean open = (last && spec.lastOpen()) || (fault == Fault.OPEN_NOT_LAST && j == 0);
        String ls = fault == Fault.BAD_CODE && j == count - 1 ? "C9" : "C2";
        String decom = fault == Fault.BAD_DATE && j == 0 ? "2019-02-30" : start.toString();
        String dec = open ? "" : end.toString();
        String rec = open ? "" : last ? "E4A" : "X1";
        String line = String.join(",", id, decom, j == 0 ? "S" : "P", ls, "U4", "PR1", dec, rec);
        if (fault == Fault.WRONG_CELL_COUNT && last) {
          line += ",extra";
        }
        episodeLines.add(line);
        episodeOwners.add(id);
      }
    }
    if (withChildlessRow) {
      episodeLines.add(",2019-04-01,S,C2,U4,PR1,,");
      episodeOwners.add("");
    }
    // shuffle the rows of each file together with their owners
    Integer[] headerOrder = shuffled(headerLines.size(), new Random(shuffleSeed));
    Integer[] episodeOrder = shuffled(episodeLines.size(), new Random(~shuffleSeed));
    StringBuilder header = new StringBuilder("CHILD,SEX,DOB\n\n");
    Map<Long, String> headerOwnerByLine = new HashMap<>();
    Map<Long, String> headerTextByLine = new HashMap<>();
    long line = 2;
    for (int k : headerOrder) {
      line++;
      header.append(headerLines.get(k)).append('\n');
      headerOwnerByLine.put(line, headerOwners.get(k)[0]);
      headerTextByLine.put(line, headerLines.get(k));
    }
    StringBuilder episodes = new StringBuilder("CHILD,DECOM,RNE,LS,PLACE,PLACE_PROVIDER,DEC,REC\n");
    Map<Long, String> episodeOwnerByLine = new HashMap<>();
    Map<Long, String> episodeTextByLine = new HashMap<>();
    line = 1;
    for (int k : episodeOrder) {
      line++;
      if (k % 3 == 0) {
        episodes.append(",,,,,,,\n");
        line++;
      }
      episodes.append(episodeLines.get(k)).append('\n');
      episodeOwnerByLine.put(line, episodeOwners.get(k));
      episodeTextByLine.put(line, episodeLines.get(k));
    }

    Ssda903Read read = Ssda903Reader.lenient()
        .read(InputFile.ofText(HEADER, header.toString()), InputFile.ofText(EPISODES, episodes.toString()));

    long rows = headerLines.size() + episodeLines.size();
    assertThat(read.fatal()).isFalse();
    assertThat(read.rowsRead()).isEqualTo(rows);
    assertThat(read.acceptedRows() + read.rejectedRows().size()).isEqualTo(read.rowsRead());
    assertThat(read.lenient().histories()).extracting(h -> h.childId().value())
        .containsExactlyInAnyOrderElementsOf(good);
    long goodRows = headerOwnerByLine.values().stream().filter(good::contains).count()
        + episodeOwnerByLine.values().stream().filter(good::contains).count();
    assertThat(read.acceptedRows()).isEqualTo(goodRows);
    Set<String> expectedRejected = new HashSet<>();
    headerOwnerByLine.forEach((l, owner) -> {
      if (!good.contains(owner)) {
        expectedRejected.add(HEADER + ":" + l);
      }
    });
    episodeOwnerByLine.forEach((l, owner) -> {
      if (!good.contains(owner)) {
        expectedRejected.add(EPISODES + ":" + l);
      }
    });
    assertThat(read.rejectedRows()).extracting(r -> r.file() + ":" + r.line())
        .containsExactlyInAnyOrderElementsOf(expectedRejected)
        .doesNotHaveDuplicates();
    for (RejectedRow rejected : read.rejectedRows()) {
      Map<Long, String> owners = rejected.file().equals(HEADER) ? headerOwnerByLine : episodeOwnerByLine;
      Map<Long, String> texts = rejected.file().equals(HEADER) ? headerTextByLine : episodeTextByLine;
      String owner = owners.get(rejected.line());
      assertThat(rejected.child()).isEqualTo(owner.isEmpty() ? Optional.empty() : Optional.of(owner));
      assertThat(rejected.cells()).containsExactly(texts.get(rejected.line()).split(",", -1));
      assertThat(rejected.reason()).isNotBlank();
    }
    assertThat(read.problems().isEmpty()).isEqualTo(bad.isEmpty() && !withChildlessRow);
    assertThat(read.rejectedRows()).isSortedAccordingTo(
        (a, b) -> a.file().equals(b.file()) ? Long.compare(a.line(), b.line()) : a.file().equals(HEADER) ? -1 : 1);
  }

  private static Integer[] shuffled(int size, Random random) {
    List<Integer> order = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      order.add(i);
    }
    Collections.shuffle(order, random);
    return order.toArray(new Integer[0]);
  }

  @Test
  void theReaderRefusesNullFiles() {
    InputFile file = InputFile.ofText(HEADER, "CHILD,DOB\n");
    assertThatThrownBy(() -> Ssda903Reader.strict().read(null, file)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Ssda903Reader.strict().read(file, (InputFile) null)).isInstanceOf(NullPointerException.class);
  }
}
