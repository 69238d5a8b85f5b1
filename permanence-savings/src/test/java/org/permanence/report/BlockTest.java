package org.permanence.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.permanence.report.Block.Table;
import org.permanence.time.FinancialYear;

/** The pieces a report is made of, and its savings tables, on their own. */
class BlockTest {

  @Test
  void aTablesFirstColumnNamesItsRowsSoIsNeverAFigureColumn() {
    Table table = new Table("Numbered", List.of("Number", "Count", "Name"),
        List.of(List.of("1", "2", "one"), List.of("2", "–", "two")), false);

    assertThat(table.figures(0)).isFalse();
    assertThat(table.figures(1)).isTrue();
    assertThat(table.figures(2)).isFalse();
  }

  @Test
  void aSavingsTableHasOneRowAYearInOrder() {
    SavingsRow first = SavingsRow.of(FinancialYear.of(2024), 1, BigDecimal.TEN, BigDecimal.ONE, new BigDecimal("9"),
        new BigDecimal("9"));
    SavingsRow second = SavingsRow.of(FinancialYear.of(2025), 2, BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.TEN,
        BigDecimal.TEN);

    assertThat(SavingsTable.of(List.of(first, second)).exits()).isEqualTo(3);
    assertThatIllegalArgumentException().isThrownBy(() -> SavingsTable.of(List.of(first, first)))
        .withMessageContaining("2024-25 follows 2024-25");
    assertThatIllegalArgumentException().isThrownBy(() -> SavingsTable.of(List.of(second, first)))
        .withMessageContaining("2024-25 follows 2025-26");
  }
}
