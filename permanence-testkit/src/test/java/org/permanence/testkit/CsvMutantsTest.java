package org.permanence.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.permanence.input.InputProblem;

class CsvMutantsTest {

  private static final String VALID = String.join("\n",
      "child,date,amount,code",
      "C1,2019-04-01,850,U4",
      "C2,01/04/2019,134.29,PR1",
      "");

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "{0} has {1} lines")
  @CsvSource(delimiter = '|', value = {
      "''|0",
      "a|1",
      "a\\n|1",
      "a\\nb|2",
      "a\\r\\nb\\r\\n|2",
      "a\\rb|2",
      "a\\r\\r\\nb|3",
      "\\n\\n\\n|3",
      "\"a\\nb\"\\n|2"})
  void physicalLinesAreCountedAsACsvReaderCountsThem(String text, int lines) {
    String unescaped = text.replace("\\n", "\n").replace("\\r", "\r");

    assertThat(CsvMutant.physicalLines(utf8(unescaped))).isEqualTo(lines);
  }

  @Test
  void anUnchangedFileIsTheValidFileInUtf8() throws IOException {
    CsvMutant unchanged = CsvMutants.unchanged(VALID);

    assertThat(unchanged.bytes()).isEqualTo(utf8(VALID));
    assertThat(unchanged.changes()).isEmpty();
    assertThat(unchanged.mutations()).isEmpty();
    assertThat(unchanged.physicalLines()).isEqualTo(3);
    assertThat(unchanged.isLineOf(1)).isTrue();
    assertThat(unchanged.isLineOf(3)).isTrue();
    assertThat(unchanged.isLineOf(0)).isFalse();
    assertThat(unchanged.isLineOf(4)).isFalse();
    assertThat(unchanged.isEmpty()).isFalse();
    try (InputStream in = unchanged.file("valid.csv").open()) {
      assertThat(in.readAllBytes()).isEqualTo(utf8(VALID));
    }
    assertThat(unchanged.file("valid.csv").name()).isEqualTo("valid.csv");
  }

  @Test
  void aFileOfLineBreaksIsEmpty() {
    assertThat(CsvMutants.unchanged("\n\r\n").isEmpty()).isTrue();
    assertThat(CsvMutants.unchanged(" \n").isEmpty()).isFalse();
  }

  @Test
  void findsTheLineOfTheFirstBytesThatAreNotUtf8() {
    assertThat(CsvMutants.unchanged(VALID).lineNotUtf8()).isEmpty();
    assertThat(mutant(new byte[] {(byte) 0xFF, 'a'}).lineNotUtf8()).hasValue(1);
    assertThat(mutant(new byte[] {'a', '\r', '\n', 'b', '\n', (byte) 0xE9}).lineNotUtf8()).hasValue(3);
    assertThat(mutant(new byte[] {'a', '\r', (byte) 0xC0, (byte) 0x80}).lineNotUtf8()).hasValue(2);
    assertThat(mutant(new byte[] {'a', ',', (byte) 0xE2, (byte) 0x82}).lineNotUtf8()).hasValue(1);
  }

  private static CsvMutant mutant(byte[] bytes) {
    return new CsvMutant(bytes, List.of(), Set.of());
  }

  @Test
  void aProblemIsPlacedOnALineOfTheFileAndOnTheLineThatIsNotUtf8() {
    CsvMutant valid = CsvMutants.unchanged(VALID);
    CsvMutant latin1 = mutant(new byte[] {'a', '\n', 'b', (byte) 0xE9, '\n'});

    valid.assertPlaced(InputProblem.ofFile("f.csv", 3, "wrong"));
    latin1.assertPlaced(InputProblem.ofFile("f.csv", 2, "not UTF-8"));
    latin1.assertPlaced(InputProblem.ofFile("f.csv", 1, "something else"));
    CsvMutants.unchanged("").assertPlaced(InputProblem.ofFile("f.csv", 0, "empty"));
    assertThatThrownBy(() -> valid.assertPlaced(InputProblem.ofFile("f.csv", 4, "wrong")))
        .isInstanceOf(AssertionError.class).hasMessageContaining("3 lines is on line 4");
    assertThatThrownBy(() -> valid.assertPlaced(InputProblem.ofFile("f.csv", 0, "wrong")))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> latin1.assertPlaced(InputProblem.ofFile("f.csv", 1, "not UTF-8")))
        .isInstanceOf(AssertionError.class).hasMessageContaining("first not UTF-8 on line 2");
  }

  @Test
  void findsTheRowsAndTheirCellsAsACsvReaderDoes() {
    CsvMutant file = CsvMutants.unchanged(String.join("\r\n",
        "\uFEFF id , Value,value2",          // line 1
        "",                                   // line 2: skipped
        "C1,\" quoted, with a comma \",x",   // line 3
        "C2,\"two",                          // line 4: the quoted cell goes on
        "lines\"\"\",y",                       // line 5
        "C3,\u00A0a\"b\t",                      // line 6: a quote inside a cell is a quote
        "C4",                                 // line 7: no Value cell
        ""));

    assertThat(file.startsRow(1)).isTrue();
    assertThat(file.startsRow(2)).isFalse();
    assertThat(file.startsRow(3)).isTrue();
    assertThat(file.startsRow(5)).isFalse();
    assertThat(file.cell(3, "VALUE")).contains("quoted, with a comma");
    assertThat(file.cell(4, "value")).contains("two\r\nlines\"");
    assertThat(file.cell(4, "value2")).contains("y");
    assertThat(file.cell(6, "Value")).contains("a\"b");
    assertThat(file.cell(6, "ID")).contains("C3");
    assertThat(file.cell(7, "value")).contains("");
    assertThat(file.cell(5, "value")).isEmpty();
    assertThat(file.cell(3, "other")).isEmpty();
    assertThat(CsvMutants.unchanged("a,A\n1,2\n").cell(2, "a")).isEmpty();
  }

  @Test
  void aProblemOfACellIsPlacedOnItsRowAndShowsItsValue() {
    CsvMutant file = CsvMutants.unchanged("a,b\n1,\"x\ny\"\n2,z\n");

    file.assertPlaced(InputProblem.ofCell("f.csv", 4, "b", "z", "wrong"));
    file.assertPlaced(InputProblem.ofCell("f.csv", 2, "B", "x\ny", "wrong"));
    assertThatThrownBy(() -> file.assertPlaced(InputProblem.ofCell("f.csv", 3, "b", "z", "wrong")))
        .isInstanceOf(AssertionError.class).hasMessageContaining("where no row starts");
    assertThatThrownBy(() -> file.assertPlaced(InputProblem.ofCell("f.csv", 4, "a", "z", "wrong")))
        .isInstanceOf(AssertionError.class).hasMessageContaining("cell of column a on line 4 is '2'");
  }

  @Test
  void showsTheChangesAndTheBytesEscaped() {
    CsvMutant mutant = new CsvMutant(new byte[] {'a', ',', (byte) 0xE9, '\r', '\n', 0}, List.of("CELL_VALUE: x"),
        Set.of(CsvMutation.CELL_VALUE));

    assertThat(mutant.toString()).contains("CELL_VALUE: x").contains("a,\\xE9\\r\\n").endsWith("\\x00");
  }

  @Test
  void theArgumentsAreChecked() {
    assertThatThrownBy(() -> CsvMutants.of(VALID, 0, EnumSet.allOf(CsvMutation.class)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mostMutations");
    assertThatThrownBy(() -> CsvMutants.of(VALID, 1, Set.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kinds");
    assertThatThrownBy(() -> CsvMutants.ofExtract()).isInstanceOf(IllegalArgumentException.class);
  }

  @Provide
  Arbitrary<CsvMutant> mutants() {
    return CsvMutants.of(VALID);
  }

  /** Every kind of mutation is made, and each mutant says what was done to it. */
  @Property(tries = 600)
  @StatisticsReport(StatisticsReportMode.OFF)
  void everyKindIsMadeAndRecorded(@ForAll("mutants") CsvMutant mutant) {
    assertThat(mutant.changes()).hasSizeBetween(0, CsvMutants.MOST_MUTATIONS);
    assertThat(mutant.mutations()).hasSizeLessThanOrEqualTo(mutant.changes().size());
    for (String change : mutant.changes()) {
      assertThat(mutant.mutations()).anySatisfy(kind -> assertThat(change).startsWith(kind.name()));
    }
    for (CsvMutation kind : mutant.mutations()) {
      Statistics.label("kind").collect(kind);
    }
    Statistics.label("kind").coverage(check -> {
      for (CsvMutation kind : CsvMutation.values()) {
        check.check(kind).count(n -> n > 0);
      }
    });
  }

  @Provide
  Arbitrary<List<CsvMutant>> extracts() {
    return CsvMutants.ofExtract(VALID, VALID.replace("child", "CHILD"));
  }

  /** An extract's files are changed one at a time, or all the same way. */
  @Property(tries = 300)
  @StatisticsReport(StatisticsReportMode.OFF)
  void anExtractHasOneFileChangedOrAllTheSameWay(@ForAll("extracts") List<CsvMutant> files) {
    assertThat(files).hasSize(2);
    boolean firstChanged = !files.get(0).changes().isEmpty();
    boolean secondChanged = !files.get(1).changes().isEmpty();
    if (firstChanged && secondChanged) {
      assertThat(files.get(0).mutations()).isEqualTo(files.get(1).mutations()).hasSize(1);
    }
    Statistics.label("changed").collect(firstChanged && secondChanged ? "both" : firstChanged ? "first" : "second")
        .coverage(check -> {
          check.check("both").count(n -> n > 0);
          check.check("first").count(n -> n > 0);
          check.check("second").count(n -> n > 0);
        });
  }
}
