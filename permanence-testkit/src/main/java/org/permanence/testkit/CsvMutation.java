package org.permanence.testkit;

/**
 * One way a CSV file goes wrong on its way from a case management system, a spreadsheet or an
 * email: what {@link CsvMutants} does to a valid file.
 *
 * <p>Some mutations leave the file valid ({@link #REORDERED_COLUMNS}, {@link #BOM}, a quoted
 * cell, white space around a cell), so that a reader is seen to accept them too; most make it
 * wrong in one place, so that a reader is seen to say where. Those that change the text come
 * first, then {@link #LATIN1} and {@link #UTF16}, which choose how the text is encoded, then those
 * that change the bytes.
 */
public enum CsvMutation {

  /** A line cut short anywhere, in a cell or between cells. */
  TRUNCATED_LINE(Stage.TEXT),
  /** A row missing its last cell. */
  MISSING_FIELD(Stage.TEXT),
  /** A row with a cell more than the header: empty (a trailing comma), or not. */
  EXTRA_FIELD(Stage.TEXT),
  /** A line left out. */
  DELETED_LINE(Stage.TEXT),
  /** A line written twice. */
  DUPLICATED_LINE(Stage.TEXT),
  /** Two lines swapped, the header among them at times. */
  REORDERED_LINES(Stage.TEXT),
  /** A blank line, a line of spaces or of commas, inserted. */
  BLANK_LINES(Stage.TEXT),
  /** A quote where it does not belong, left open or closed; or a cell quoted as RFC 4180 allows. */
  STRAY_QUOTE(Stage.TEXT),
  /**
   * A cell replaced by a troublesome value: an impossible date ({@code 31/02/2019}), a date in
   * another form, a huge number, a negative amount, a code of the wrong list or case, an empty
   * cell, white space, a formula, a word where a number goes.
   */
  CELL_VALUE(Stage.TEXT),
  /** A cell replaced by another cell of the file: a valid value in the wrong column or row. */
  COPIED_CELL(Stage.TEXT),
  /** A date moved some days, in the form it was written: a valid date, wrong in its context. */
  SHIFTED_DATE(Stage.TEXT),
  /**
   * A date made impossible in the form it was written ({@code 31/02/2019}, {@code 2019-04-31},
   * a thirteenth month, a day 0), or put in a year no extract has ({@code 0019}, {@code 1899}).
   */
  IMPOSSIBLE_DATE(Stage.TEXT),
  /** Every date of the file in another year: a century out, or a two-digit year as {@code 0019}. */
  SHIFTED_YEARS(Stage.TEXT),
  /** A number made huge: more digits than a {@code long} or a {@code double} holds, or many decimals. */
  HUGE_NUMBER(Stage.TEXT),
  /** A number made negative, minus zero among them. */
  NEGATIVE_NUMBER(Stage.TEXT),
  /** A cell starting with {@code =}, {@code +}, {@code -} or {@code @}, as a spreadsheet formula. */
  FORMULA(Stage.TEXT),
  /** A NUL or another control character in a cell. */
  CONTROL_CHARACTER(Stage.TEXT),
  /** A cell of thousands of characters. */
  LONG_CELL(Stage.TEXT),
  /** White space (spaces, a tab, a no-break space) around a cell. */
  PADDED_CELL(Stage.TEXT),
  /** A cell, or a column's name, in the other case. */
  CHANGED_CASE(Stage.TEXT),
  /** A column left out of every line. */
  DROPPED_COLUMN(Stage.TEXT),
  /** A column written twice, under the same name or another. */
  DUPLICATED_COLUMN(Stage.TEXT),
  /** Two columns swapped in every line. */
  REORDERED_COLUMNS(Stage.TEXT),
  /** A column's name misspelt, emptied, or given to another column. */
  RENAMED_COLUMN(Stage.TEXT),
  /** Every row left out but the header. */
  HEADER_ONLY(Stage.TEXT),
  /** Nothing at all, or only line breaks. */
  EMPTY_FILE(Stage.TEXT),
  /** Lines ended by CR LF, by a lone CR, by a mixture, or with no line break after the last. */
  LINE_ENDINGS(Stage.TEXT),
  /** A character outside ASCII in a cell, and the file saved as Latin-1 or Windows-1252. */
  LATIN1(Stage.ENCODING),
  /** The file saved as UTF-16, with or without a byte-order mark. */
  UTF16(Stage.ENCODING),
  /** A UTF-8 byte-order mark at the start of the file, where it is allowed (once or twice). */
  BOM(Stage.BYTES),
  /** A UTF-8 byte-order mark in the wrong place: at the start of a later line, or in a cell. */
  MISPLACED_BOM(Stage.BYTES),
  /** Bytes that are not UTF-8: a lone continuation byte, an overlong form, a cut sequence. */
  INVALID_UTF8(Stage.BYTES),
  /** The file cut short at any byte, perhaps inside a character. */
  TRUNCATED_FILE(Stage.BYTES),
  /** NUL bytes, as a file padded by a faulty copy. */
  NUL_BYTES(Stage.BYTES);

  /** When a mutation is made: on the text, when it is encoded, or on the bytes. */
  enum Stage {
    TEXT,
    ENCODING,
    BYTES
  }

  private final Stage stage;

  CsvMutation(Stage stage) {
    this.stage = stage;
  }

  Stage stage() {
    return stage;
  }
}
