package org.permanence.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Markdown report read back line by line: its headings, its tables (GitHub's form, with a
 * header, an alignment row and rows as wide as the header), its totals, its escaping, and the
 * same words as the HTML.
 */
class MarkdownReportTest {

  private static final String MARKDOWN_TITLE = "*Best* _council_ | #1";

  private static final Pattern MONEY = Pattern.compile("(-?)£([0-9]{1,3}(,[0-9]{3})*\\.[0-9]{2})");
  private static final Pattern COUNT = Pattern.compile("[0-9]{1,3}(,[0-9]{3})*");
  /** What a figure column holds: counts, days or pounds, or the dash for none. */
  private static final Pattern FIGURE = Pattern.compile("-?£?[0-9]{1,3}(,[0-9]{3})*(\\.[0-9]+)?|–");
  private static final Pattern ALIGNMENT = Pattern.compile("\\|( (---|---:) \\|)+");

  static Stream<Arguments> reports() {
    return Stream.of(
        Arguments.of(Named.of("the care data and cards alone", ReportExamples.report(ReportExamples.bare()))),
        Arguments.of(Named.of("every section, a discount rate and a failure", ReportExamples.everything(MARKDOWN_TITLE))),
        Arguments.of(Named.of("a year with a negative net saving", HtmlReportTest.negativeYear())));
  }

  /** A table as written: its caption, header, alignment markers and rows of raw cells. */
  record MarkdownTable(String caption, List<String> header, List<String> alignment, List<List<String>> rows) {

    /** Whether the last row is a total, every cell strong. */
    boolean hasTotal() {
      return !rows.isEmpty() && rows.get(rows.size() - 1).stream().allMatch(cell -> cell.startsWith("**") && cell.endsWith("**"));
    }
  }

  /** Splits a table row at the pipes that are not escaped. */
  private static List<String> cells(String line) {
    assertThat(line).startsWith("| ").endsWith(" |");
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = 1; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        cell.append(c).append(line.charAt(++i));
      } else if (c == '|') {
        cells.add(cell.toString().trim());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    return cells;
  }

  /** Text as a reader sees it: backslash escapes removed, strong marks taken off. */
  private static String plain(String markdown) {
    String text = markdown.startsWith("**") && markdown.endsWith("**") && markdown.length() >= 4
        ? markdown.substring(2, markdown.length() - 2) : markdown;
    return text.replaceAll("\\\\(.)", "$1");
  }

  private static List<MarkdownTable> tables(String markdown) {
    List<String> lines = markdown.lines().toList();
    List<MarkdownTable> tables = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).startsWith("|")) {
        continue;
      }
      // a table follows its caption and a blank line, and is followed by a blank line or the end
      assertThat(lines.get(i - 1)).isEmpty();
      String caption = lines.get(i - 2);
      assertThat(caption).startsWith("**").endsWith("**");
      List<String> header = cells(lines.get(i));
      String alignmentLine = lines.get(i + 1);
      assertThat(alignmentLine).matches(ALIGNMENT);
      List<String> alignment = cells(alignmentLine);
      List<List<String>> rows = new ArrayList<>();
      int j = i + 2;
      for (; j < lines.size() && lines.get(j).startsWith("|"); j++) {
        rows.add(cells(lines.get(j)));
      }
      assertThat(j == lines.size() || lines.get(j).isEmpty()).as("the line after the table " + caption).isTrue();
      tables.add(new MarkdownTable(plain(caption), header, alignment, rows));
      i = j;
    }
    return tables;
  }

  private static BigDecimal money(String text) {
    Matcher matcher = MONEY.matcher(text);
    assertThat(matcher.matches()).as("an amount such as £1,234.56: " + text).isTrue();
    BigDecimal amount = new BigDecimal(matcher.group(2).replace(",", ""));
    return matcher.group(1).isEmpty() ? amount : amount.negate();
  }

  private static List<String> headings(String markdown) {
    return markdown.lines().filter(line -> line.startsWith("#")).toList();
  }

  // ---------------------------------------------------------------- structure

  @Test
  void theSectionsComeInOrderUnderTheirHeadings() {
    String markdown = MarkdownReport.render(ReportExamples.report(ReportExamples.full()));

    assertThat(headings(markdown)).containsExactly(
        "# Permanence progress report",
        "## Headline",
        "## Exits by route and quarter, 2025-26",
        "## Savings",
        "## Pipeline to 31 March 2026",
        "## Durations in care",
        "### 6 weeks shorter: the scenario",
        "## Adoption timeliness",
        "## How these figures are calculated");
    assertThat(markdown).startsWith("# Permanence progress report\n\n**Financial year 2025-26**, as at 31 December 2025");
  }

  @Test
  void incompleteFiguresComeFirstAndTheScenarioSaysItsWeeks() {
    String markdown = MarkdownReport.render(ReportExamples.report(ReportExamples.fullWithFailure(),
        ReportParameters.builder().asAt(ReportExamples.AS_AT).scenarioWeeks(1).build()));

    assertThat(headings(markdown)).containsSubsequence("# Permanence progress report", "## Incomplete figures",
        "## Headline");
    assertThat(headings(markdown)).contains("### 1 week shorter: the scenario");
    // the child, not the message, whose dates could give away a birthday
    assertThat(markdown).contains("could not be calculated** and are left out of those below: X.")
        .doesNotContain("child X: ");
  }

  @ParameterizedTest
  @MethodSource("reports")
  void everyTableHasAHeaderAnAlignmentRowAndRowsAsWideAsTheHeader(ProgressReport report) {
    List<MarkdownTable> tables = tables(MarkdownReport.render(report));

    assertThat(tables).hasSizeGreaterThanOrEqualTo(8);
    for (MarkdownTable table : tables) {
      assertThat(table.alignment()).as(table.caption()).hasSameSizeAs(table.header());
      assertThat(table.rows()).as(table.caption()).isNotEmpty()
          .allSatisfy(row -> assertThat(row).hasSameSizeAs(table.header()));
      // the first column names the rows; a column of counts, days or pounds is aligned right
      assertThat(table.alignment().get(0)).as(table.caption()).isEqualTo("---");
      for (int column = 1; column < table.header().size(); column++) {
        int index = column;
        boolean figures = table.rows().stream().map(row -> plain(row.get(index))).allMatch(cell -> FIGURE.matcher(cell).matches());
        assertThat(table.alignment().get(column)).as(table.caption() + ", " + table.header().get(column))
            .isEqualTo(figures ? "---:" : "---");
      }
    }
  }

  @Test
  void figureColumnsAreAlignedRightAndWordsLeft() {
    MarkdownTable targets = tables(MarkdownReport.render(ReportExamples.report(ReportExamples.full()))).stream()
        .filter(table -> table.caption().equals("Targets for 2025-26 at 31 December 2025")).findFirst().orElseThrow();

    assertThat(targets.header()).containsExactly("Measure", "Target for the year", "Share of the target to 31 December",
        "Actual", "Status");
    assertThat(targets.alignment()).containsExactly("---", "---:", "---:", "---:", "---");
  }

  @ParameterizedTest
  @MethodSource("reports")
  void everyMoneyTotalIsTheSumOfTheRowsAboveIt(ProgressReport report) {
    List<MarkdownTable> totalled = tables(MarkdownReport.render(report)).stream().filter(MarkdownTable::hasTotal).toList();

    int moneyTotals = 0;
    assertThat(totalled).isNotEmpty();
    for (MarkdownTable table : totalled) {
      List<String> total = table.rows().get(table.rows().size() - 1).stream().map(MarkdownReportTest::plain).toList();
      List<List<String>> above = table.rows().subList(0, table.rows().size() - 1).stream()
          .map(row -> row.stream().map(MarkdownReportTest::plain).toList()).toList();
      for (int column = 1; column < table.header().size(); column++) {
        int index = column;
        String what = table.caption() + ", " + table.header().get(column);
        if (table.header().get(column).equals("Target")) {
          continue;
        }
        if (MONEY.matcher(total.get(column)).matches()) {
          moneyTotals++;
          assertThat(money(total.get(column))).as(what).isEqualByComparingTo(
              above.stream().map(row -> money(row.get(index))).reduce(BigDecimal.ZERO, BigDecimal::add));
        } else if (COUNT.matcher(total.get(column)).matches()) {
          assertThat(Long.parseLong(total.get(column).replace(",", ""))).as(what).isEqualTo(
              above.stream().mapToLong(row -> Long.parseLong(row.get(index).replace(",", ""))).sum());
        }
      }
    }
    assertThat(moneyTotals).isGreaterThanOrEqualTo(3);
  }

  @Test
  void theSavingsTableIsTheReportsRowsAndTotal() {
    ProgressReport report = ReportExamples.report(ReportExamples.bare());
    MarkdownTable table = tables(MarkdownReport.render(report)).stream()
        .filter(t -> t.caption().equals("Savings by the financial year of the exit")).findFirst().orElseThrow();

    // as worked in ProgressReportCalculatorTest
    assertThat(table.rows()).containsExactly(
        List.of("2023-24", "0", "£0.00", "£0.00", "£0.00"),
        List.of("2024-25", "3", "£145,600.00", "£5,140.00", "£140,460.00"),
        List.of("2025-26", "4", "£109,200.00", "£9,780.00", "£99,420.00"),
        List.of("**Total**", "**7**", "**£254,800.00**", "**£14,920.00**", "**£239,880.00**"));
  }

  // ---------------------------------------------------------------- text

  @Test
  void markdownCharactersInTheTitleAreEscaped() {
    String markdown = MarkdownReport.render(ReportExamples.everything(MARKDOWN_TITLE));
    String first = markdown.lines().findFirst().orElseThrow();

    assertThat(first).isEqualTo("# \\*Best\\* \\_council\\_ \\| \\#1");
    assertThat(plain(first.substring(2))).isEqualTo(MARKDOWN_TITLE);
  }

  /**
   * CommonMark reads {@code &amp;} as an entity, printing "&", and GitHub reads {@code ~~old~~} as
   * struck through; escaped with a backslash, each prints as written.
   */
  @Test
  void entitiesAndStrikethroughInTheTitlePrintAsWritten() {
    String title = "R&amp;D ~~old~~ & new";
    String markdown = MarkdownReport.render(ReportExamples.report(ReportExamples.bare(),
        ReportParameters.builder().asAt(ReportExamples.AS_AT).title(title).build()));

    assertThat(headings(markdown).get(0)).isEqualTo("# R\\&amp;D \\~\\~old\\~\\~ \\& new");
    assertThat(plain(headings(markdown).get(0).substring(2))).isEqualTo(title);
  }

  @Test
  void aTitleOnSeveralLinesStaysOneHeading() {
    String markdown = MarkdownReport.render(ReportExamples.report(ReportExamples.bare(),
        ReportParameters.builder().asAt(ReportExamples.AS_AT).title("Anytown\n## Council").build()));

    assertThat(headings(markdown).get(0)).isEqualTo("# Anytown \\#\\# Council");
    assertThat(headings(markdown)).filteredOn(line -> line.startsWith("## ")).doesNotContain("## Council");
  }

  @Test
  void eachChartIsGivenAsItsDescriptionAndDataTable() {
    String markdown = MarkdownReport.render(ReportExamples.report(ReportExamples.full()));
    List<String> lines = markdown.lines().toList();

    // the net savings as worked in ProgressReportCalculatorTest
    int savings = lines.indexOf("*Chart: Net saving by the financial year of the exit.* Net saving of each"
        + " year's exits: 2023-24 £0.00, 2024-25 £140,460.00, 2025-26 £99,420.00.");
    assertThat(savings).isPositive();
    assertThat(lines.subList(savings + 1, savings + 4))
        .containsExactly("", "**Savings by the financial year of the exit**", "");
    // exits so far at each quarter's end: C in Q1, D in Q2, E and F in Q3, against a target of 5
    int exits = lines.indexOf("*Chart: Exits so far this year, by the end of each quarter.* Exits so far this"
        + " year at the end of each quarter, stacked by route: Q1 1, Q2 2, Q3 4. The line is the target's share"
        + " of the year by each quarter's end, reaching the target of 5 on 31 March 2026.");
    assertThat(exits).isPositive();
    assertThat(lines.get(exits + 2)).isEqualTo("**Data of the chart: exits so far at the end of each quarter**");
    assertThat(markdown).doesNotContain("<svg").doesNotContain("<");
  }

  /** Both formats are written from the same blocks: the same headings and the same tables. */
  @ParameterizedTest
  @MethodSource("reports")
  void saysWhatTheHtmlSays(ProgressReport report) {
    String markdown = MarkdownReport.render(report);
    org.jsoup.nodes.Document html = Jsoup.parse(HtmlReport.render(report));

    assertThat(headings(markdown).stream().map(line -> plain(line.replaceFirst("^#+ ", ""))).toList())
        .isEqualTo(html.select("h1, h2, h3").stream().map(Element::text).toList());
    List<MarkdownTable> tables = tables(markdown);
    List<Element> htmlTables = html.select("table");
    assertThat(tables).hasSameSizeAs(htmlTables);
    for (int i = 0; i < tables.size(); i++) {
      MarkdownTable table = tables.get(i);
      Element htmlTable = htmlTables.get(i);
      assertThat(table.caption()).isEqualTo(htmlTable.selectFirst("caption").text());
      assertThat(table.header().stream().map(MarkdownReportTest::plain).toList())
          .isEqualTo(htmlTable.select("thead th").stream().map(Element::text).toList());
      assertThat(table.rows().stream().map(row -> row.stream().map(MarkdownReportTest::plain).toList()).toList())
          .isEqualTo(htmlTable.select("tbody tr").stream()
              .map(row -> row.children().stream().map(Element::text).toList()).toList());
      assertThat(table.hasTotal()).as(table.caption()).isEqualTo(!htmlTable.select("tr.total").isEmpty());
    }
  }

  @Test
  void theSameReportRendersToTheSameText() {
    ProgressReport report = ReportExamples.everything(MARKDOWN_TITLE);
    String markdown = MarkdownReport.render(report);

    assertThat(MarkdownReport.render(report)).isEqualTo(markdown);
    assertThat(MarkdownReport.render(ReportExamples.everything(MARKDOWN_TITLE))).isEqualTo(markdown);
    assertThat(markdown).doesNotContain("\r").endsWith("\n").doesNotEndWith("\n\n");
  }

  @Test
  void aReportIsRequired() {
    assertThatThrownBy(() -> MarkdownReport.render(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("report");
  }

  @Test
  void aBackslashIsEscapedToo() {
    assertThat(MarkdownReport.escape("a\\b")).isEqualTo("a\\\\b");
    assertThat(plain(MarkdownReport.escape("\\*a\\*"))).isEqualTo("\\*a\\*");
  }
}
