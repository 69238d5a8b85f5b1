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
 * Writes a {@link ProgressReport} as Markdown (CommonMark with GitHub tables): headings,
 * paragraphs and tables, each chart given as its description and its data table.
 *
 * <p>The same report always gives the same text, with {@code \n} line ends.
 *
 * <p>Stateless, immutable and thread-safe.
 */
public final class MarkdownReport {

  private MarkdownReport() {}

  /**
   * Renders a report.
   *
   * @param report the report
   * @return the Markdown text
   */
  public static String render(ProgressReport report) {
    requireNonNull(report, "report");
    StringBuilder out = new StringBuilder();
    for (Block block : ReportContent.of(report)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      if (block instanceof Heading heading) {
        out.append("#".repeat(heading.level())).append(' ').append(escape(heading.text())).append('\n');
      } else if (block instanceof Paragraph paragraph) {
        out.append(runs(paragraph.runs())).append('\n');
      } else if (block instanceof Bullets bullets) {
        bullets.items().forEach(item -> out.append("- ").append(runs(item.runs())).append('\n'));
      } else if (block instanceof Table table) {
        table(table, out);
      } else if (block instanceof Chart chart) {
        out.append("*Chart: ").append(escape(chart.title())).append(".* ")
            .append(escape(chart.description())).append("\n\n");
        table(chart.data(), out);
      }
    }
    return out.toString();
  }

  private static void table(Table table, StringBuilder out) {
    out.append("**").append(escape(table.caption())).append("**\n\n");
    row(table.header(), false, out);
    out.append('|');
    for (int i = 0; i < table.header().size(); i++) {
      out.append(table.figures(i) ? " ---: |" : " --- |");
    }
    out.append('\n');
    for (int i = 0; i < table.rows().size(); i++) {
      row(table.rows().get(i), table.totalRow() && i == table.rows().size() - 1, out);
    }
  }

  private static void row(List<String> cells, boolean strong, StringBuilder out) {
    out.append('|');
    for (String cell : cells) {
      String text = escape(cell);
      out.append(' ').append(strong ? "**" + text + "**" : text).append(" |");
    }
    out.append('\n');
  }

  private static String runs(List<Run> runs) {
    StringBuilder text = new StringBuilder();
    for (Run run : runs) {
      text.append(run.strong() ? "**" + escape(run.text()) + "**" : escape(run.text()));
    }
    return text.toString();
  }

  /**
   * Escapes the characters Markdown would read as markup, so text prints as written: emphasis,
   * code, links, HTML, table cells and headings, and also {@code &} (which would start an entity
   * such as {@code &amp;}) and {@code ~} (GitHub's strikethrough).
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>|#&~".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c == '\n' || c == '\r' ? ' ' : c);
    }
    return out.toString();
  }
}
