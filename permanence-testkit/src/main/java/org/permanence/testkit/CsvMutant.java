package org.permanence.testkit;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.permanence.input.InputFile;
import org.permanence.input.InputProblem;

/**
 * A CSV file made from a valid one by {@link CsvMutants}: its bytes, and the changes made to it.
 *
 * <p>Its {@link #toString()} lists the changes and shows the file, bytes outside printable ASCII
 * escaped, so that a failing property says which file broke a reader.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CsvMutant {

  private static final int SHOWN_BYTES = 4_000;

  private final byte[] bytes;
  private final List<String> changes;
  private final Set<CsvMutation> mutations;
  /** The rows, split when first asked for: a race splits them twice, to the same rows. */
  private volatile Map<Long, List<String>> rows;

  CsvMutant(byte[] bytes, List<String> changes, Set<CsvMutation> mutations) {
    this.bytes = bytes.clone();
    this.changes = List.copyOf(changes);
    this.mutations = Collections.unmodifiableSet(mutations.isEmpty()
        ? EnumSet.noneOf(CsvMutation.class) : EnumSet.copyOf(mutations));
  }

  /**
   * Returns the file's bytes.
   *
   * @return a copy of the bytes
   */
  public byte[] bytes() {
    return bytes.clone();
  }

  /**
   * Returns the file as an input file of the given name, for a reader.
   *
   * @param name the name messages call the file, such as {@code episodes.csv}
   * @return the input file
   */
  public InputFile file(String name) {
    requireNonNull(name, "name");
    return new InputFile(name, () -> new ByteArrayInputStream(bytes));
  }

  /**
   * Returns the changes made to the valid file, in order, such as {@code "CELL_VALUE: line 4, cell 2
   * = '31/02/2019'"}.
   *
   * @return the changes
   */
  public List<String> changes() {
    return changes;
  }

  /**
   * Returns the kinds of change made.
   *
   * @return the mutations
   */
  public Set<CsvMutation> mutations() {
    return mutations;
  }

  /**
   * Returns how many physical lines the file has, as a CSV reader counts them: each line feed,
   * each carriage return not followed by a line feed, and a last line with no line break after it.
   * A line break inside a quoted cell ends a physical line too. An empty file has none.
   *
   * @return the number of lines
   */
  public int physicalLines() {
    return physicalLines(bytes);
  }

  /**
   * Tells whether a line number is one of the file's physical lines, from 1 (the header) to {@link
   * #physicalLines()}: where every problem found in the file must be.
   *
   * @param line a line number
   * @return true for a line of the file
   */
  public boolean isLineOf(long line) {
    return line >= 1 && line <= physicalLines();
  }

  /**
   * Asserts that a problem a reader found in this file is where it should be: on one of the file's
   * physical lines, line 0 (the file as a whole) only for a file with no text; a problem with a
   * column on the line where its row starts ({@link #startsRow}), showing that row's cell under the
   * column ({@link #cell}) if it shows a value; and, when it says the file is not UTF-8, on the line
   * of the first bytes that are not ({@link #lineNotUtf8()}).
   *
   * @param problem a problem of this file
   * @throws AssertionError if the problem is not where it should be
   */
  public void assertPlaced(InputProblem problem) {
    requireNonNull(problem, "problem");
    if (problem.line() == 0 ? !isEmpty() : !isLineOf(problem.line())) {
      throw new AssertionError("a problem of a file of " + physicalLines() + " lines is on line "
          + problem.line() + ": " + problem + "\nin " + this);
    }
    if (problem.column().isPresent() && problem.line() > 1) {
      if (!startsRow(problem.line())) {
        throw new AssertionError("a problem of a cell is on line " + problem.line()
            + ", where no row starts: " + problem + "\nin " + this);
      }
      Optional<String> cell = cell(problem.line(), problem.column().get());
      if (problem.value().isPresent() && cell.isPresent() && !cell.get().equals(problem.value().get())) {
        throw new AssertionError("a problem shows the value '" + problem.value().get() + "', but the cell of column "
            + problem.column().get() + " on line " + problem.line() + " is '" + cell.get() + "': " + problem
            + "\nin " + this);
      }
    }
    OptionalInt notUtf8 = lineNotUtf8();
    if (notUtf8.isPresent() && problem.column().isEmpty() && problem.message().contains("UTF-8")
        && problem.line() != notUtf8.getAsInt()) {
      throw new AssertionError("the file is first not UTF-8 on line " + notUtf8.getAsInt()
          + ", but the problem says line " + problem.line() + ": " + problem + "\nin " + this);
    }
  }

  /**
   * Tells whether a row of the file starts on a line: a line that is not empty and not inside a
   * quoted cell of the row before, the header's line among them.
   *
   * @param line a line number
   * @return true if a row starts there
   */
  public boolean startsRow(long line) {
    return rows().containsKey(line);
  }

  /**
   * Returns the cell under a column on the row that starts on a line, as a reader finds it: the
   * file split into rows and cells by RFC 4180 (a quote opens a quoted cell only at the start of a
   * cell), the column found by its name in the header whatever its case and the white space around
   * it, and the cell trimmed of white space (Java's, and Unicode's space separators). A row without
   * that many cells has an empty one there.
   *
   * @param line the line on which the row starts
   * @param column the column's name
   * @return the cell, or empty if no row starts on the line, or the header does not name the
   *     column exactly once
   */
  public Optional<String> cell(long line, String column) {
    requireNonNull(column, "column");
    Map<Long, List<String>> rows = rows();
    List<String> row = rows.get(line);
    if (row == null || rows.isEmpty()) {
      return Optional.empty();
    }
    List<String> header = rows.values().iterator().next();
    int index = -1;
    for (int i = 0; i < header.size(); i++) {
      String name = i == 0 && header.get(i).startsWith("\uFEFF") ? header.get(i).substring(1) : header.get(i);
      if (trim(name).equalsIgnoreCase(trim(column))) {
        if (index >= 0) {
          return Optional.empty();
        }
        index = i;
      }
    }
    if (index < 0) {
      return Optional.empty();
    }
    return Optional.of(index < row.size() ? trim(row.get(index)) : "");
  }

  private static String trim(String text) {
    int from = 0;
    int to = text.length();
    while (from < to && isSpace(text.charAt(from))) {
      from++;
    }
    while (to > from && isSpace(text.charAt(to - 1))) {
      to--;
    }
    return text.substring(from, to);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** The file's rows by the line each starts on, split into cells; made once, when first asked for. */
  private Map<Long, List<String>> rows() {
    Map<Long, List<String>> split = rows;
    if (split == null) {
      split = split(new String(bytes, StandardCharsets.UTF_8));
      rows = split;
    }
    return split;
  }

  /** Splits text into rows of cells by RFC 4180, skipping empty lines, as the readers' parser does. */
  private static Map<Long, List<String>> split(String text) {
    Map<Long, List<String>> rows = new LinkedHashMap<>();
    long line = 1;
    int i = 0;
    int length = text.length();
    while (i < length) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        i += c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n' ? 2 : 1;
        line++;
        continue;
      }
      long start = line;
      List<String> cells = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      boolean cellStart = true;
      while (i < length) {
        c = text.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < length && text.charAt(i + 1) == '"') {
            cell.append('"');
            i += 2;
            continue;
          }
          if (c == '"') {
            quoted = false;
          } else {
            cell.append(c);
            if (c == '\n' || c == '\r' && (i + 1 == length || text.charAt(i + 1) != '\n')) {
              line++;
            }
          }
          i++;
          continue;
        }
        if (c == '\n' || c == '\r') {
          i += c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n' ? 2 : 1;
          line++;
          break;
        }
        i++;
        if (c == ',') {
          cells.add(cell.toString());
          cell.setLength(0);
          cellStart = true;
        } else if (c == '"' && cellStart) {
          quoted = true;
          cellStart = false;
        } else {
          cell.append(c);
          cellStart = false;
        }
      }
      cells.add(cell.toString());
      rows.put(start, cells);
    }
    return rows;
  }

  /**
   * Tells whether the file has nothing in it but line breaks: then the only problem a reader can
   * report is with the file as a whole, on line 0.
   *
   * @return true for a file with no text
   */
  public boolean isEmpty() {
    for (byte b : bytes) {
      if (b != '\n' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the physical line of the first bytes that are not UTF-8 (a Latin-1 {@code é}, a
   * UTF-16 byte-order mark, a cut sequence): the line a reader must name when it says the file is
   * not UTF-8.
   *
   * @return the line, or empty when the whole file is UTF-8
   */
  public OptionalInt lineNotUtf8() {
    ByteBuffer text = ByteBuffer.wrap(bytes);
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(text);
      return OptionalInt.empty();
    } catch (CharacterCodingException e) {
      // the decoder stops at the first bytes it cannot decode; the lines before end there
      byte[] before = Arrays.copyOf(bytes, text.position());
      boolean lineOpen = before.length > 0 && before[before.length - 1] != '\n' && before[before.length - 1] != '\r';
      return OptionalInt.of(physicalLines(before) + (lineOpen ? 0 : 1));
    }
  }

  /**
   * Counts the physical lines of a file's bytes, as {@link #physicalLines()} does.
   *
   * @param bytes the file's bytes in UTF-8, or in any encoding in which a line feed is the byte
   *     {@code 0x0A}
   * @return the number of lines
   */
  public static int physicalLines(byte[] bytes) {
    int lines = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n'))) {
        lines++;
      }
    }
    boolean openLast = bytes.length > 0 && bytes[bytes.length - 1] != '\n' && bytes[bytes.length - 1] != '\r';
    return openLast ? lines + 1 : lines;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(200 + Math.min(bytes.length, SHOWN_BYTES) * 2)
        .append("CsvMutant ").append(changes).append(", ").append(bytes.length).append(" bytes, ")
        .append(physicalLines()).append(" lines:\n");
    for (int i = 0; i < Math.min(bytes.length, SHOWN_BYTES); i++) {
      int b = bytes[i] & 0xFF;
      if (b == '\n') {
        text.append("\\n\n");
      } else if (b == '\r') {
        text.append("\\r");
      } else if (b >= 0x20 && b < 0x7F && b != '\\') {
        text.append((char) b);
      } else {
        text.append(String.format("\\x%02X", b));
      }
    }
    if (bytes.length > SHOWN_BYTES) {
      text.append("... (").append(bytes.length - SHOWN_BYTES).append(" more bytes)");
    }
    return text.toString();
  }
}
