// The committee's quarterly progress report, made in Java: the figures as a value, then the
// report as Markdown and HTML.
//
// Run from the project's folder, after `mvn -B -q package -DskipTests`:
//   java -cp permanence-examples/target/permanence.jar permanence-examples/examples/QuarterlyReport.java
//
// It prints the headline as a committee clerk would read it out, and the savings by the year of
// the exit. The `report` command makes the same report from files; this is for a service that
// holds its data elsewhere, or wants its own wording. To write the files, uncomment step 4.

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.permanence.adoption.AdoptionRecords;
import org.permanence.care.CareData;
import org.permanence.examples.sample.SampleData;
import org.permanence.exit.RouteTable;
import org.permanence.input.RateCards;
import org.permanence.pipeline.PlannedExits;
import org.permanence.pipeline.Projection;
import org.permanence.report.HtmlReport;
import org.permanence.report.MarkdownReport;
import org.permanence.report.ProgressReport;
import org.permanence.report.ProgressReportCalculator;
import org.permanence.report.ReportInputs;
import org.permanence.report.ReportParameters;
import org.permanence.report.SavingsRow;
import org.permanence.ssda903.Ssda903Reader;
import org.permanence.support.SupportCards;
import org.permanence.targets.TargetProgress;
import org.permanence.targets.Targets;

public class QuarterlyReport {

  private static final Locale UK = Locale.UK;                          // £1,234.56 on any machine

  public static void main(String[] args) throws Exception {
    // 1. The settings: only the as-at date is needed; the horizon defaults to full-year (52
    //    weeks from each exit), the pipeline's target date to 31 March, the scenario to 6 weeks.
    LocalDate asAt = SampleData.asAt();                                  // 31 December 2025
    ReportParameters parameters = ReportParameters.builder()
        .asAt(asAt)
        .title("Sample Council: permanence progress report")
        .build();

    // 2. The data and the files that go with it, each read with every problem listed.
    CareData data = Ssda903Reader.strict().read(SampleData.header(), SampleData.episodes()).strict();
    RouteTable routes = RouteTable.DEFAULT;
    ReportInputs inputs = ReportInputs.builder()
        .data(data)
        .routes(routes)
        .rates(RateCards.read(SampleData.rates()))
        .support(SupportCards.read(SampleData.support()))
        .addAllTargets(Targets.read(SampleData.targets(), routes))
        .addAllPlanned(PlannedExits.read(SampleData.planned(), routes, data, asAt))
        .addAllAdoptions(AdoptionRecords.read(SampleData.adoption(), data))
        .build();

    // 3. The report as a value: every figure, before any is written.
    ProgressReport report = ProgressReportCalculator.DEFAULT.report(inputs, parameters);
    report.failures().forEach(failure -> System.out.println("Left out: " + failure));

    System.out.printf(UK, "%s, as at %s%n%n", report.year(), asAt);
    System.out.printf(UK, "%d exits from care to a permanent home between 1 April and %d %s, a net"
        + " saving of £%,.2f.%n", report.exits(report.year()), asAt.getDayOfMonth(),
        asAt.getMonth().getDisplayName(TextStyle.FULL, UK), report.netSaving());
    for (TargetProgress target : report.headline()) {
      System.out.printf(UK, "  %-16s target %12s  actual %12s  %s%n", target.target().measure(),
          target.target().target().toPlainString(), target.actual().toPlainString(),
          target.status().map(status -> status.label()).orElse("not begun"));
    }
    Projection pipeline = report.projection();
    System.out.printf(UK, "By %s: %d to %d exits, as %d are scheduled and %d carers are being"
        + " assessed.%n%n", pipeline.target(), pipeline.lowExits(), pipeline.highExits(),
        pipeline.scheduled().size(), pipeline.assessing().size());

    System.out.println("Savings by the year of the exit (each total the sum of the rows):");
    List<SavingsRow> rows = report.savingsByExitYear().rows();
    for (SavingsRow row : rows.subList(Math.max(0, rows.size() - 4), rows.size())) {
      System.out.printf(UK, "  %s: %2d exits, £%,13.2f%n", row.year(), row.exits(), row.net());
    }
    System.out.printf(UK, "  all %d years: %d exits, £%,.2f%n", rows.size(),
        report.savingsByExitYear().exits(), report.savingsByExitYear().net());

    // 4. The report as files, exactly as `report --sample` writes them.
    String markdown = MarkdownReport.render(report);
    String html = HtmlReport.render(report);
    System.out.printf(UK, "%nThe Markdown report has %d lines; the HTML one has %d charts.%n",
        markdown.split("\n").length, html.split("<svg ").length - 1);
    // java.nio.file.Files.writeString(java.nio.file.Path.of("report.md"), markdown);
    // java.nio.file.Files.writeString(java.nio.file.Path.of("report.html"), html);
  }
}
