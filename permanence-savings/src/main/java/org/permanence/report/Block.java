package org.permanence.report;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A piece of a rendered report: what {@link ReportContent} says, before Markdown or HTML writes
 * it, so that both formats say the same thing in the same words.
 */
sealed interface Block {

  /** A heading, level 1 for the title. */
  record Heading(int level, String text) implements Block {
    public Heading {
      requireNonNull(text, "text");
    }
  }

  /** A paragraph of text runs, some strong. */
  record Paragraph(List<Run> runs) implements Block {
    public Paragraph {
      runs = List.copyOf(runs);
    }

    static Paragraph of(Object... parts) {
      return new Paragraph(Run.of(parts));
    }
  }

  /** A bulleted list of paragraphs. */
  record Bullets(List<Paragraph> items) implements Block {
    public Bullets {
      items = List.copyOf(items);
    }
  }

  /**
   * A table, its first column naming each row. With {@code totalRow}, the last row totals the
   * others.
   */
  record Table(String caption, List<String> header, List<List<String>> rows, boolean totalRow)
      implements Block {
    public Table {
      requireNonNull(caption, "caption");
      header = List.copyOf(header);
      rows = rows.stream().map(List::copyOf).toList();
      for (List<String> row : rows) {
        if (row.size() != header.size()) {
          throw new IllegalArgumentException("a row of " + row.size() + " cells in a table of "
              + header.size() + " columns: " + row);
        }
      }
    }

    /**
     * Tells whether a column holds figures, to be aligned right: every cell a count, an amount or
     * a dash for none. The first column names the rows, so never does.
     */
    boolean figures(int column) {
      return column > 0 && rows.stream().map(row -> row.get(column)).allMatch(cell -> FIGURE.matcher(cell).matches());
    }
  }

  /** A count, days, or pounds, as {@link ReportContent} writes them, or the dash for none. */
  Pattern FIGURE = Pattern.compile("-?£?[0-9][0-9,]*(\\.[0-9]+)?|–");

  /**
   * A bar chart: one bar per category, stacked from its series, with an optional line across the
   * categories and an optional level (a target); the table gives its data and the description
   * says what it shows, for readers who cannot see it.
   */
  record Chart(String title, String description, List<String> categories, List<Series> series,
      Optional<Series> line, Optional<Level> level, boolean money, Table data) implements Block {
    public Chart {
      requireNonNull(title, "title");
      requireNonNull(description, "description");
      categories = List.copyOf(categories);
      series = List.copyOf(series);
      for (Series one : series) {
        if (one.values().size() != categories.size()) {
          throw new IllegalArgumentException("series " + one.name() + " has " + one.values().size()
              + " values for " + categories.size() + " categories");
        }
      }
    }
  }

  /** A named series of values, one per category; empty where there is no value yet. */
  record Series(String name, List<Optional<BigDecimal>> values) {
    public Series {
      requireNonNull(name, "name");
      values = List.copyOf(values);
    }
  }

  /** A level drawn across a chart, such as the year's target. */
  record Level(String name, BigDecimal value) {
    public Level {
      requireNonNull(name, "name");
      requireNonNull(value, "value");
    }
  }

  /** A run of text, strong or not. */
  record Run(String text, boolean strong) {
    public Run {
      requireNonNull(text, "text");
    }

    /** Runs from parts: a {@link Run} as it is, anything else as plain text. */
    static List<Run> of(Object... parts) {
      // an empty run says nothing, and would print as "****" in Markdown
      return Arrays.stream(parts)
          .map(part -> part instanceof Run run ? run : new Run(String.valueOf(part), false))
          .filter(run -> !run.text().isEmpty())
          .toList();
    }

    static Run strong(Object text) {
      return new Run(String.valueOf(text), true);
    }
  }
}
