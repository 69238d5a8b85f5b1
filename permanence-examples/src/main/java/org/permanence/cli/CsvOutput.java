package org.permanence.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the tool's output CSVs: UTF-8, a header row, {@code \n} line ends, quoted only where RFC
 * 4180 needs it, ISO dates, amounts with two decimals, and text cells guarded against spreadsheet
 * formula injection.
 *
 * <p>A text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return gets a {@code '} in front, so a spreadsheet shows it as text instead of running it.
 * Numbers and dates are written as they are.
 */
final class CsvOutput implements AutoCloseable {

  private final CsvWriter writer;
  /** The current row's cells: as many as the header has, written as an array, with no list per row. */
  private String[] row;
  private int cells;

  CsvOutput(Writer out, String... header) {
    this.writer = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
    this.row = new String[header.length];
    writer.writeRecord(header);
  }

  private void add(String cell) {
    if (cells == row.length) {
      row = Arrays.copyOf(row, cells + 1);
    }
    row[cells++] = cell;
  }

  /** Adds a text cell, guarded against formula injection. */
  CsvOutput text(String value) {
    add(safeText(value));
    return this;
  }

  /** Adds a date cell in ISO form, or an empty cell. */
  CsvOutput date(LocalDate value) {
    add(value == null ? "" : value.toString());
    return this;
  }

  /** Adds a whole number. */
  CsvOutput number(long value) {
    add(Long.toString(value));
    return this;
  }

  /** Adds a decimal as given, with at least two decimals: a rate as the rate card has it. */
  CsvOutput decimal(BigDecimal value) {
    add(value.setScale(Math.max(2, value.scale()), RoundingMode.UNNECESSARY).toPlainString());
    return this;
  }

  /** Adds an amount already rounded to pence, written with two decimals and no -0.00. */
  CsvOutput amount(BigDecimal value) {
    BigDecimal pence = value.setScale(2, RoundingMode.UNNECESSARY);
    if (pence.signum() == 0) {
      pence = BigDecimal.ZERO.setScale(2);
    }
    add(pence.toPlainString());
    return this;
  }

  /** Ends the current row. */
  void endRow() {
    writer.writeRecord(cells == row.length ? row : Arrays.copyOf(row, cells));
    cells = 0;
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }

  /** Returns the text with a leading {@code '} if a spreadsheet would read it as a formula. */
  static String safeText(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    char first = value.charAt(0);
    if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
      return "'" + value;
    }
    return value;
  }

  /** Encodes cells as one CSV line without its line end, each text cell guarded. */
  static String line(List<String> cells) {
    StringWriter text = new StringWriter();
    List<String> safe = new ArrayList<>(cells.size());
    for (String cell : cells) {
      safe.add(safeText(cell));
    }
    try (CsvWriter writer = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(text)) {
      writer.writeRecord(safe);
    } catch (IOException e) {
      throw new IllegalStateException("writing to a string cannot fail", e);
    }
    String encoded = text.toString();
    return encoded.endsWith("\n") ? encoded.substring(0, encoded.length() - 1) : encoded;
  }
}
