package org.example.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permanence.input.InputProblem;
import org.permanence.input.InvalidInputException;
import org.permanence.saving.ExitSaving;
import org.permanence.saving.SavingYear;
import org.threeten.extra.LocalDateRange;

/**
 * The council's figures, worked by hand. Two children in foster care at £700 a week (£100 a
 * day): C1 from 1 April 2025 until an SGO on 1 September 2025, C2 since 1 October 2024.
 */
class QuarterFiguresTest {

  private static final LocalDate AS_AT = LocalDate.of(2025, 12, 31);
  private static final LocalDateRange SO_FAR =
      LocalDateRange.of(LocalDate.of(2025, 4, 1), AS_AT.plusDays(1));

  @Test
  void spendIsEachDayInCareAtASeventhOfTheWeeklyRate() throws Exception {
    // C1: 1 Apr to 31 Aug = 30 + 31 + 30 + 31 + 31 = 153 days; C2: 1 Apr to 31 Dec = 275 days
    BigDecimal expected = new BigDecimal("100").multiply(BigDecimal.valueOf(153 + 275));

    BigDecimal spend = QuarterFigures.read(council()).placementSpend(SO_FAR, AS_AT);

    assertEquals(0, expected.compareTo(spend), "spend " + spend);
    assertEquals(2, spend.scale(), "pence");
  }

  @Test
  void theSgoSavesTheFosterCareToTheYearEndLessTheAllowance() throws Exception {
    // 1 Sep 2025 to 1 Apr 2026: 30 + 31 + 30 + 31 + 31 + 28 + 31 = 212 days
    // avoided 212 x £100 = £21,200.00; SGO allowance 212 x £20 = £4,240.00
    List<ExitSaving> savings = QuarterFigures.read(council()).exitSavings(SO_FAR, AS_AT);

    assertEquals(1, savings.size());
    ExitSaving saving = savings.get(0);
    assertEquals("C1", saving.exit().childId().value());
    assertEquals(LocalDate.of(2025, 9, 1), saving.exit().date());
    assertEquals(1, saving.years().size());
    SavingYear year = saving.years().get(0);
    assertEquals(212, year.days());
    assertEquals(new BigDecimal("21200.00"), year.avoidedCost());
    assertEquals(new BigDecimal("4240.00"), year.supportCost());
    assertEquals(new BigDecimal("16960.00"), year.netSaving());
    assertEquals(new BigDecimal("16960.00"), QuarterFigures.read(council()).netSaving(SO_FAR, AS_AT));
  }

  @Test
  void badFilesListEveryProblemWithItsLine(@TempDir Path folder) throws Exception {
    for (String name : List.of("header.csv", "rates.csv", "support.csv")) {
      Files.copy(council().resolve(name), folder.resolve(name));
    }
    Files.copy(council().resolve("bad-episodes.csv"), folder.resolve("episodes.csv"));

    InvalidInputException thrown =
        assertThrows(InvalidInputException.class, () -> QuarterFigures.read(folder));

    // 31/02/2025 on line 2 and the unknown placement Q9 on line 3, both reported
    List<Long> lines = thrown.problems().stream()
        .map(InputProblem::line).distinct().sorted().collect(Collectors.toList());
    assertEquals(List.of(2L, 3L), lines, thrown.getMessage());
  }

  private static Path council() throws URISyntaxException {
    return Path.of(QuarterFiguresTest.class.getResource("/council/header.csv").toURI()).getParent();
  }
}
