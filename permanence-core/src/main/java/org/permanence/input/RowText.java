package org.permanence.input;

import java.util.Arrays;

/**
 * One row of a CSV file as the reader's characters, trimmed cell by cell, without a string made
 * for each cell: a national file has millions of cells, and most need only to be parsed.
 *
 * <p>The row is reused for the next row of the file: read what is needed during the call that
 * passes it, and keep strings ({@link #text}), not the row or its cell views.
 */
public final class RowText {

  private final int width;
  private char[] chars = new char[256];
  private int used;
  private int[] starts;
  private int[] lengths;
  /** Where each cell's untrimmed characters start and end, around the trimmed ones. */
  private int[] rawBefore;
  private int[] rawAfter;
  private int count;
  private boolean extraFilled;
  private boolean blankSoFar = true;
  private long line;
  private Cell[] views = new Cell[0];

  RowText(int width) {
    this.width = width;
    this.starts = new int[Math.max(width, 16)];
    this.lengths = new int[Math.max(width, 16)];
    this.rawBefore = new int[starts.length];
    this.rawAfter = new int[starts.length];
  }

  void begin(long startingLine) {
    line = startingLine;
    used = 0;
    count = 0;
    extraFilled = false;
    blankSoFar = true;
  }

  void add(int index, char[] buffer, int offset, int length) {
    int from = offset;
    int to = offset + length;
    while (from < to && isSpace(buffer[from])) {
      from++;
    }
    while (to > from && isSpace(buffer[to - 1])) {
      to--;
    }
    if (index >= starts.length) {
      int capacity = Math.max(index + 1, starts.length * 2);
      starts = Arrays.copyOf(starts, capacity);
      lengths = Arrays.copyOf(lengths, capacity);
      rawBefore = Arrays.copyOf(rawBefore, capacity);
      rawAfter = Arrays.copyOf(rawAfter, capacity);
    }
    if (used + length > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(used + length, chars.length * 2));
    }
    // the whole cell is kept, so that a rejected row can be copied out exactly as written
    System.arraycopy(buffer, offset, chars, used, length);
    rawBefore[index] = from - offset;
    rawAfter[index] = offset + length - to;
    starts[index] = used + (from - offset);
    lengths[index] = to - from;
    used += length;
    int size = to - from;
    blankSoFar &= size == 0;
    count = index + 1;
    if (index >= width && size > 0) {
      extraFilled = true;
    }
  }

  /**
   * Returns the physical line on which the row starts, the header being line 1.
   *
   * @return the line number
   */
  public long line() {
    return line;
  }

  /**
   * Returns how many cells the row has.
   *
   * @return the number of cells
   */
  public int cellCount() {
    return count;
  }

  /**
   * Tells whether the cells line up with the header: as many as columns, or more where every
   * extra cell is blank (spreadsheets often export a trailing comma).
   *
   * @return true when each cell is under its column
   */
  public boolean fits() {
    return count == width || (count > width && !extraFilled);
  }

  /**
   * Tells whether every cell is blank.
   *
   * @return true for a blank row
   */
  public boolean isBlank() {
    return blankSoFar;
  }

  /**
   * Returns a cell exactly as written, surrounding white space included.
   *
   * @param column the column index
   * @return the untrimmed cell, empty if the row has no such cell
   */
  public String rawText(int column) {
    if (column < 0 || column >= count) {
      return "";
    }
    int start = starts[column] - rawBefore[column];
    return new String(chars, start, rawBefore[column] + lengths[column] + rawAfter[column]);
  }

  /**
   * Tells whether a cell is empty (or the row has no such cell, or the file no such column).
   *
   * @param column the column index, or -1 for a column the file does not have
   * @return true when there is nothing in the cell
   */
  public boolean isEmpty(int column) {
    return column < 0 || column >= count || lengths[column] == 0;
  }

  /**
   * Returns a cell as a string, for values that are kept or shown.
   *
   * @param column the column index, or -1
   * @return the trimmed cell, empty if there is none
   */
  public String text(int column) {
    return isEmpty(column) ? "" : new String(chars, starts[column], lengths[column]);
  }

  /**
   * Returns a view of a cell, for parsing without a string: valid only until the next call for
   * the same column or the next row, since each column has one view, reused.
   *
   * @param column the column index, or -1
   * @return the trimmed cell's characters, empty if there is none
   */
  public CharSequence cell(int column) {
    if (isEmpty(column)) {
      return "";
    }
    if (views.length <= column) {
      views = Arrays.copyOf(views, starts.length);
    }
    Cell view = views[column];
    if (view == null) {
      view = new Cell();
      views[column] = view;
    }
    view.chars = chars;
    view.start = starts[column];
    view.length = lengths[column];
    return view;
  }

  /**
   * Tells whether a cell holds exactly the given text.
   *
   * @param column the column index, or -1
   * @param text the text to compare with
   * @return true when equal
   */
  public boolean cellEquals(int column, String text) {
    if (isEmpty(column)) {
      return text.isEmpty();
    }
    int length = lengths[column];
    if (length != text.length()) {
      return false;
    }
    int start = starts[column];
    for (int i = 0; i < length; i++) {
      if (chars[start + i] != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the hash a string of the cell's characters would have.
   *
   * @param column the column index, or -1
   * @return the cell's {@link String#hashCode()}
   */
  public int cellHash(int column) {
    if (isEmpty(column)) {
      return 0;
    }
    int hash = 0;
    int start = starts[column];
    for (int i = 0; i < lengths[column]; i++) {
      hash = 31 * hash + chars[start + i];
    }
    return hash;
  }

  /** A view of some of the row's characters, pointed at a cell each time it is handed out. */
  private static final class Cell implements CharSequence {
    private char[] chars;
    private int start;
    private int length;

    @Override
    public int length() {
      return length;
    }

    @Override
    public char charAt(int index) {
      return chars[start + index];
    }

    @Override
    public CharSequence subSequence(int from, int to) {
      return new String(chars, start + from, to - from);
    }

    @Override
    public String toString() {
      return new String(chars, start, length);
    }
  }

  /**
   * White space around a cell: Java's white space and Unicode's space separators, among them the
   * no-break spaces ({@code U+00A0}, {@code U+2007}, {@code U+202F}) that spreadsheets leave.
   */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
