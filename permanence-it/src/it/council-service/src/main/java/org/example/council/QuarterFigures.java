package org.example.council;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.permanence.batch.BatchResult;
import org.permanence.care.CareData;
import org.permanence.cost.PlacementCost;
import org.permanence.cost.PlacementCostCalculator;
import org.permanence.cost.YearCost;
import org.permanence.exit.Exit;
import org.permanence.exit.ExitFinder;
import org.permanence.exit.Horizon;
import org.permanence.exit.RouteTable;
import org.permanence.input.RateCards;
import org.permanence.rate.RateCard;
import org.permanence.saving.ExitSaving;
import org.permanence.saving.ExitSavingsCalculator;
import org.permanence.saving.SavingYear;
import org.permanence.ssda903.Ssda903Files;
import org.permanence.support.SupportCard;
import org.permanence.support.SupportCards;
import org.threeten.extra.LocalDateRange;

/**
 * The figures a council's finance service asks for each quarter: what placements cost and what
 * the exits to permanent homes saved, from the council's SSDA903 extract and its cost cards.
 */
public final class QuarterFigures {

  private final CareData data;
  private final RateCard rates;
  private final SupportCard support;

  private QuarterFigures(CareData data, RateCard rates, SupportCard support) {
    this.data = data;
    this.rates = rates;
    this.support = support;
  }

  /**
   * Reads {@code header.csv}, {@code episodes.csv}, {@code rates.csv} and {@code support.csv}
   * from a folder; any problem in them throws, listing every problem with its line.
   *
   * @param folder the folder holding the four files
   * @return the figures' inputs
   */
  public static QuarterFigures read(Path folder) {
    CareData data = Ssda903Files.read(folder.resolve("header.csv"), folder.resolve("episodes.csv"));
    return new QuarterFigures(data, RateCards.read(folder.resolve("rates.csv")),
        SupportCards.read(folder.resolve("support.csv")));
  }

  /**
   * Returns the placement spend in a window: each child's cost in each financial year, rounded
   * to pence, summed.
   *
   * @param window the half-open window
   * @param asAt the extract's as-at date
   * @return the spend in pounds
   * @throws IllegalStateException naming the children whose placements no rate prices
   */
  public BigDecimal placementSpend(LocalDateRange window, LocalDate asAt) {
    BatchResult<PlacementCost> costs = PlacementCostCalculator.DEFAULT.costs(data, window, asAt, rates);
    if (!costs.failures().isEmpty()) {
      throw new IllegalStateException(costs.failures().size() + " children could not be costed");
    }
    BigDecimal spend = BigDecimal.ZERO;
    for (PlacementCost cost : costs.values()) {
      for (YearCost year : cost.years()) {
        spend = spend.add(year.rounded());
      }
    }
    return spend;
  }

  /**
   * Returns the exits to a permanent home in a window, priced to the end of the financial year.
   *
   * @param window the half-open window of exit dates
   * @param asAt the extract's as-at date
   * @return the savings, one per exit
   */
  public List<ExitSaving> exitSavings(LocalDateRange window, LocalDate asAt) {
    List<Exit> exits = ExitFinder.DEFAULT.exits(data, RouteTable.DEFAULT, window, asAt);
    BatchResult<ExitSaving> savings = ExitSavingsCalculator.DEFAULT.savings(
        exits, Horizon.inYear(), rates, support, Optional.empty());
    if (!savings.failures().isEmpty()) {
      throw new IllegalStateException(savings.failures().size() + " exits could not be priced");
    }
    return savings.values();
  }

  /**
   * Returns the net saving of the exits in a window: the sum of every year's rounded net saving.
   *
   * @param window the half-open window of exit dates
   * @param asAt the extract's as-at date
   * @return the net saving in pounds
   */
  public BigDecimal netSaving(LocalDateRange window, LocalDate asAt) {
    BigDecimal net = BigDecimal.ZERO;
    for (ExitSaving saving : exitSavings(window, asAt)) {
      for (SavingYear year : saving.years()) {
        net = net.add(year.netSaving());
      }
    }
    return net;
  }
}
