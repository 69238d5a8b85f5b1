package org.permanence.report;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.permanence.report.Block.Bullets;
import org.permanence.report.Block.Chart;
import org.permanence.report.Block.Heading;
import org.permanence.report.Block.Paragraph;
import org.permanence.report.Block.Run;
import org.permanence.report.Block.Table;

/**
 * Writes a {@link ProgressReport} as one self-contained HTML file that a committee clerk can
 * attach to papers: no scripts, no fonts or images fetched, styles inline, charts as inline SVG
 * (each with a title, a description and its data as a table), laid out to print on A4.
 *
 * <p>The markup is also well-formed XML (every element closed, every attribute quoted), so any
 * HTML or XML parser reads it. The same report always gives the same text, with {@code \n}
 * line ends.
 *
 * <p>Stateless, immutable and thread-safe.
 */
public final class HtmlReport {

  private static final String STYLE = String.join("\n",
      "@page { size: A4; margin: 16mm 14mm 18mm 14mm; }",
      "body { font-family: Arial, Helvetica, sans-serif; font-size: 10.5pt; line-height: 1.4;"
          + " color: #1a1a1a; max-width: 182mm; margin: 0 auto; padding: 8mm 4mm; }",
      "h1 { font-size: 18pt; color: #1f3864; margin: 0 0 4pt 0; }",
      "h2 { font-size: 13.5pt; color: #1f3864; border-bottom: 1.5pt solid #1f3864; margin: 18pt 0 6pt 0;"
          + " break-after: avoid; page-break-after: avoid; }",
      "h3 { font-size: 11.5pt; margin: 12pt 0 4pt 0; break-after: avoid; page-break-after: avoid; }",
      "p, li { margin: 4pt 0; }",
      "table { border-collapse: collapse; width: 100%; margin: 6pt 0 10pt 0; font-size: 9.5pt;"
          + " break-inside: avoid; page-break-inside: avoid; }",
      "caption { caption-side: top; text-align: left; font-weight: bold; padding-bottom: 3pt; }",
      "th, td { border: 0.75pt solid #b0b7c3; padding: 2.5pt 5pt; vertical-align: top; }",
      "thead th { background: #e8edf5; text-align: left; }",
      "th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; }",
      "td.num { white-space: nowrap; }",
      "tbody th { text-align: left; font-weight: normal; }",
      "tr.total th, tr.total td { font-weight: bold; border-top: 1.5pt solid #1f3864; }",
      "figure { margin: 8pt 0 12pt 0; break-inside: avoid; page-break-inside: avoid; }",
      "figcaption { font-weight: bold; margin-bottom: 4pt; }",
      "figure svg { display: block; width: 100%; max-width: 170mm; height: auto; }",
      "footer { margin-top: 18pt; font-size: 8.5pt; color: #555555; }",
      "@media print { body { max-width: none; padding: 0; } a { color: inherit; } }");

  private HtmlReport() {}

  /**
   * Renders a report.
   *
   * @param report the report
   * @return the HTML document
   */
  public static String render(ProgressReport report) {
    requireNonNull(report, "report");
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>").append(escape(report.parameters().title())).append(", ")
        .append(report.year()).append("</title>\n<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n");
    boolean inSection = false;
    int charts = 0;
    for (Block block : ReportContent.of(report)) {
      if (block instanceof Heading heading) {
        if (heading.level() == 2) {
          out.append(inSection ? "</section>\n" : "").append("<section>\n");
          inSection = true;
        }
        out.append("<h").append(heading.level()).append('>').append(escape(heading.text()))
            .append("</h").append(heading.level()).append(">\n");
      } else if (block instanceof Paragraph paragraph) {
        out.append("<p>").append(runs(paragraph.runs())).append("</p>\n");
      } else if (block instanceof Bullets bullets) {
        out.append("<ul>\n");
        bullets.items().forEach(item -> out.append("<li>").append(runs(item.runs())).append("</li>\n"));
        out.append("</ul>\n");
      } else if (block instanceof Table table) {
        table(table, out);
      } else if (block instanceof Chart chart) {
        charts++;
        out.append("<figure>\n<figcaption>").append(escape(chart.title())).append("</figcaption>\n")
            .append(SvgChart.draw(chart, "chart" + charts)).append('\n');
        table(chart.data(), out);
        out.append("</figure>\n");
      }
    }
    out.append(inSection ? "</section>\n" : "")
        .append("<footer><p>Made by permanence from SSDA903 data, by the rules in \u201cHow these")
        .append(" figures are calculated\u201d: the same inputs always give the same report.</p></footer>\n")
        .append("</body>\n</html>\n");
    return out.toString();
  }

  private static void table(Table table, StringBuilder out) {
    out.append("<table>\n<caption>").append(escape(table.caption())).append("</caption>\n<thead>\n<tr>");
    for (int i = 0; i < table.header().size(); i++) {
      out.append("<th scope=\"col\"").append(table.figures(i) ? " class=\"num\"" : "").append('>')
          .append(escape(table.header().get(i))).append("</th>");
    }
    out.append("</tr>\n</thead>\n<tbody>\n");
    List<List<String>> rows = table.rows();
    for (int r = 0; r < rows.size(); r++) {
      boolean total = table.totalRow() && r == rows.size() - 1;
      out.append(total ? "<tr class=\"total\">" : "<tr>");
      List<String> row = rows.get(r);
      for (int i = 0; i < row.size(); i++) {
        String cell = escape(row.get(i));
        if (i == 0) {
          out.append("<th scope=\"row\">").append(cell).append("</th>");
        } else {
          out.append(table.figures(i) ? "<td class=\"num\">" : "<td>").append(cell).append("</td>");
        }
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  private static String runs(List<Run> runs) {
    StringBuilder text = new StringBuilder();
    for (Run run : runs) {
      text.append(run.strong() ? "<strong>" + escape(run.text()) + "</strong>" : escape(run.text()));
    }
    return text.toString();
  }

  /** Escapes text for an HTML (or XML) element or quoted attribute. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
