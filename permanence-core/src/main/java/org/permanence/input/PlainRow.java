package org.permanence.input;

import java.util.Arrays;

/**
 * One line of a plain CSV file as its bytes, split at commas: what {@link
 * CsvInput#readPlain} hands a {@link CsvInput.PlainRowHandler}.
 *
 * <p>A plain file's bytes are ASCII, so a cell's bytes are its characters. Cells are not
 * trimmed: a handler that finds white space around a cell should decline the row and have it read
 * as text. The row and its bytes are reused for the next line: read what is needed during the
 * call that passes it.
 */
public final class PlainRow {

  private byte[] bytes;
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private int count;
  private long line;

  PlainRow() {}

  void begin(byte[] buffer, int from, long physicalLine) {
    bytes = buffer;
    starts[0] = from;
    count = 0;
    line = physicalLine;
  }

  /** Follows the line being split when the reader moves it {@code shift} bytes back, or to a new buffer. */
  void moved(byte[] buffer, int shift) {
    bytes = buffer;
    for (int i = 0; i <= count; i++) {
      starts[i] -= shift;
    }
    for (int i = 0; i < count; i++) {
      ends[i] -= shift;
    }
  }

  /** Ends the current cell at {@code end}; the next, if any, starts after the comma there. */
  void endCell(int end) {
    if (count + 1 == starts.length) {
      starts = Arrays.copyOf(starts, starts.length * 2);
      ends = Arrays.copyOf(ends, ends.length * 2);
    }
    ends[count] = end;
    starts[++count] = end + 1;
  }

  /**
   * Returns the buffer holding the line, valid during the call that passes the row.
   *
   * @return the bytes
   */
  public byte[] bytes() {
    return bytes;
  }

  /**
   * Returns the physical line on which the row is, the header being line 1.
   *
   * @return the line number
   */
  public long line() {
    return line;
  }

  /**
   * Returns how many cells the line has: one more than its commas.
   *
   * @return the number of cells
   */
  public int cellCount() {
    return count;
  }

  /**
   * Returns where a cell starts in {@link #bytes()}.
   *
   * @param column the column index, or -1 for a column the file does not have
   * @return the index of the cell's first byte (equal to {@link #to} for an empty cell)
   */
  public int from(int column) {
    return column < 0 || column >= count ? 0 : starts[column];
  }

  /**
   * Returns where a cell ends in {@link #bytes()}, exclusive.
   *
   * @param column the column index, or -1 for a column the file does not have
   * @return the index after the cell's last byte
   */
  public int to(int column) {
    return column < 0 || column >= count ? 0 : ends[column];
  }

  /**
   * Tells whether a cell has no bytes (or the row has no such cell, or the file no such column).
   *
   * @param column the column index, or -1
   * @return true when the cell is empty
   */
  public boolean isEmpty(int column) {
    return to(column) == from(column);
  }

  /**
   * Tells whether a cell has bytes and neither starts nor ends with white space (or another
   * control character): a value a handler can take as written.
   *
   * @param column the column index, or -1
   * @return true for a value with nothing to trim
   */
  public boolean isTrimmedValue(int column) {
    int from = from(column);
    int to = to(column);
    return to > from && bytes[from] > ' ' && bytes[to - 1] > ' ';
  }
}
