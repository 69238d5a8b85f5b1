package org.permanence.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A row's cells read in place: trimmed, compared and hashed as the strings they hold would be. */
class RowTextTest {

  /** A row of a two-column file holding the cells given, each as written. */
  private static RowText row(String... cells) {
    RowText row = new RowText(2);
    row.begin(7);
    for (int i = 0; i < cells.length; i++) {
      char[] chars = ("<" + cells[i] + ">").toCharArray();
      // the cell sits inside a larger buffer, as it does in the reader's
      row.add(i, chars, 1, chars.length - 2);
    }
    return row;
  }

  @Test
  void aCellIsTrimmedAndKeptAsWrittenToo() {
    RowText row = row(" C1 ", "\u00A0U4", "");

    assertThat(row.line()).isEqualTo(7);
    assertThat(row.cellCount()).isEqualTo(3);
    assertThat(row.text(0)).isEqualTo("C1");
    assertThat(row.text(1)).isEqualTo("U4");
    assertThat(row.rawText(0)).isEqualTo(" C1 ");
    assertThat(row.rawText(1)).isEqualTo("\u00A0U4");
    assertThat(row.rawText(2)).isEmpty();
    // past the last cell, and a column the file does not have
    assertThat(row.rawText(3)).isEmpty();
    assertThat(row.rawText(-1)).isEmpty();
    assertThat(row.isEmpty(2)).isTrue();
    assertThat(row.isEmpty(3)).isTrue();
  }

  @Test
  void aCellHashesAsItsStringDoes() {
    RowText row = row(" C000123 ", "U4", "  ", "\u00E9t\u00E9");

    for (int column = -1; column <= 4; column++) {
      assertThat(row.cellHash(column)).as("column %d", column).isEqualTo(row.text(column).hashCode());
    }
    assertThat(row.cellHash(0)).isEqualTo("C000123".hashCode()).isNotZero();
  }

  @Test
  void aCellEqualsOnlyTheTextItHolds() {
    RowText row = row(" C1 ", "", "U4");

    assertThat(row.cellEquals(0, "C1")).isTrue();
    assertThat(row.cellEquals(0, "C2")).isFalse();
    assertThat(row.cellEquals(0, "D1")).isFalse();
    assertThat(row.cellEquals(0, "C10")).isFalse();
    assertThat(row.cellEquals(0, " C1 ")).isFalse();
    assertThat(row.cellEquals(1, "")).isTrue();
    assertThat(row.cellEquals(1, "U4")).isFalse();
    assertThat(row.cellEquals(2, "U4")).isTrue();
    assertThat(row.cellEquals(5, "")).isTrue();
    assertThat(row.cellEquals(-1, "U4")).isFalse();
  }

  @Test
  void aRowFitsItsHeaderWithBlankCellsAfterIt() {
    assertThat(row("a", "b").fits()).isTrue();
    assertThat(row("a", "b", " ", "").fits()).isTrue();
    assertThat(row("a", "b", "c").fits()).isFalse();
    assertThat(row("a").fits()).isFalse();
    assertThat(row(" ", "").isBlank()).isTrue();
    assertThat(row(" ", "x").isBlank()).isFalse();
  }

  @Test
  void aRowOfManyLongCellsKeepsEachWhole() {
    // more cells than the row first makes room for, and more characters
    String[] cells = new String[40];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = String.valueOf((char) ('a' + i % 26)).repeat(20 + i);
    }

    RowText row = row(cells);

    assertThat(row.cellCount()).isEqualTo(40);
    for (int i = 0; i < cells.length; i++) {
      assertThat(row.text(i)).isEqualTo(cells[i]);
      assertThat(row.cell(i).toString()).isEqualTo(cells[i]);
    }
  }

  @Test
  void aCellsViewIsItsTrimmedCharacters() {
    RowText row = row(" SC123456 ", "");

    CharSequence cell = row.cell(0);

    assertThat(cell.length()).isEqualTo(8);
    assertThat(cell.charAt(0)).isEqualTo('S');
    assertThat(cell.subSequence(2, 5).toString()).isEqualTo("123");
    assertThat(cell.subSequence(0, 8).toString()).isEqualTo("SC123456");
    assertThat(row.cell(1).toString()).isEmpty();
    assertThat(row.cell(9).toString()).isEmpty();
  }

  @Test
  void aRowReusedForAShorterOneHasNoneOfTheCellsBefore() {
    RowText row = row("C1", "U4", "PR1");
    row.begin(8);
    char[] next = "C2".toCharArray();
    row.add(0, next, 0, next.length);

    assertThat(row.line()).isEqualTo(8);
    assertThat(row.cellCount()).isEqualTo(1);
    assertThat(row.text(0)).isEqualTo("C2");
    assertThat(row.isEmpty(1)).isTrue();
    assertThat(row.text(1)).isEmpty();
    assertThat(row.cellEquals(1, "U4")).isFalse();
    assertThat(row.rawText(1)).isEmpty();
    assertThat(row.rawText(2)).isEmpty();
  }
}
