package org.permanence.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.permanence.care.CareData;
import org.permanence.exit.RouteTable;
import org.permanence.input.InputFile;
import org.permanence.targets.Target;
import org.permanence.targets.Targets;

/** Inputs that fuzzing the command line ({@code CommandsFuzzTest} in the examples) found the report to get wrong. */
class ReportRegressionTest {

  /** More exits than a {@code long} holds: the targets reader accepts any whole number. */
  private static final String TARGETS = ReportExamples.lines(
      "measure,financial_year,target",
      "exits,2025-26,99999999999999999999",
      "exits:SGO,2025-26,9223372036854775808");

  @Test
  void aTargetOf99999999999999999999ExitsIsPrintedInFull() {
    List<Target> targets = Targets.read(InputFile.ofText("targets.csv", TARGETS), RouteTable.DEFAULT);
    CareData data = ReportExamples.data();
    ReportInputs inputs = ReportInputs.builder().data(data).rates(ReportExamples.RATES)
        .support(ReportExamples.SUPPORT).addAllTargets(targets).build();

    ProgressReport report = ReportExamples.report(inputs);

    assertThat(MarkdownReport.render(report))
        .contains("99,999,999,999,999,999,999")
        .contains("9,223,372,036,854,775,808");
    assertThat(HtmlReport.render(report)).contains("99,999,999,999,999,999,999");
  }
}
