package org.permanence.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.permanence.code.PlacementProvider;
import org.permanence.examples.sample.SampleData;
import org.permanence.exit.Exit;
import org.permanence.exit.Horizon;
import org.permanence.exit.RouteTable;
import org.permanence.exit.RouteTables;
import org.permanence.input.InputFile;
import org.permanence.input.InputProblem;
import org.permanence.input.RateCards;
import org.permanence.rate.RateCard;
import org.permanence.saving.SavingYear;
import org.permanence.support.SupportCard;
import org.permanence.support.SupportCards;
import picocli.CommandLine.Option;

/**
 * The options of the commands that price exits, {@code savings}, {@code pipeline} and
 * {@code report}: the cards,
 * the horizon, the discount rate and the route table, checked and read one way.
 */
final class PricingOptions {

  @Option(names = "--rates", paramLabel = "FILE", description = "The rate card CSV. Required unless --sample, which uses the sample council's card.")
  Path rates;

  @Option(names = "--support", paramLabel = "FILE", description = "The support card CSV. Default: no support after exit (with --sample, the sample council's card).")
  Path support;

  @Option(names = "--horizon", paramLabel = "H", description = "How far past each exit its saving is counted: " + Horizon.FORMS + ". savings and pipeline need it unless --sample, which counts in-year; report counts full-year unless it is given.")
  String horizon;

  @Option(names = "--discount-rate", paramLabel = "R", description = "Discount each year's net saving at this rate a year, written plainly, such as 0.035 (HM Treasury's Green Book rate). Default: none.")
  String discountRate;

  @Option(names = "--routes", paramLabel = "FILE", description = "A rec,route CSV naming the reasons for ceasing that are exits, replacing the default table (E11 E12 ADOPTION, E45-E48 SGO, E41 CAO, E4A RETURN_HOME).")
  Path routes;

  /** The cards and table read, each null when it had problems. */
  record Cards(RateCard rates, SupportCard support, RouteTable routes) {}

  /** Checks that the options a run needs are given, or that the sample stands in for them. */
  void check(boolean sample) {
    checkRates(sample);
    if (horizon == null && !sample) {
      throw new UsageException("missing --horizon H, one of " + Horizon.FORMS);
    }
  }

  /** Checks that a rate card is given, or that the sample stands in for it. */
  void checkRates(boolean sample) {
    if (rates == null && !sample) {
      throw new UsageException("missing --rates FILE (or use --sample for the sample council's data and cards)");
    }
  }

  /** The horizon given, or in-year for the sample. */
  Horizon horizon() {
    return horizon(Horizon.inYear());
  }

  /** The horizon given, or the one a command counts when none is. */
  Horizon horizon(Horizon otherwise) {
    try {
      return horizon == null ? otherwise : Horizon.parse(horizon);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--horizon " + e.getMessage());
    }
  }

  /** The discount rate given, if any. */
  Optional<BigDecimal> discountRate() {
    return discountRate == null ? Optional.empty() : Optional.of(Decimals.discountRate(discountRate));
  }

  /**
   * Reads the rate card, the support card and the route table, each problem of each added to
   * {@code problems}, so that they are reported with those of the other inputs.
   */
  Cards read(boolean sample, List<InputProblem> problems) {
    InputFile ratesFile = rates != null ? CareOptions.existing(rates, "--rates") : SampleData.rates();
    InputFile supportFile = support != null ? CareOptions.existing(support, "--support")
        : sample ? SampleData.support() : null;
    InputFile routesFile = routes != null ? CareOptions.existing(routes, "--routes") : null;
    RateCard card = CareInput.read(() -> RateCards.read(ratesFile), problems);
    SupportCard supportCard = supportFile == null ? SupportCard.NONE
        : CareInput.read(() -> SupportCards.read(supportFile), problems);
    RouteTable table = routesFile == null ? RouteTable.DEFAULT
        : CareInput.read(() -> RouteTables.read(routesFile), problems);
    return new Cards(card, supportCard, table);
  }

  /**
   * Writes the cells every priced row ends with, from the placement left to the present value:
   * {@code place,provider,financial_year,days,avoided_cost,support_cost,net_saving,present_value}.
   */
  static void yearCells(CsvOutput csv, Exit exit, SavingYear year) throws IOException {
    csv.text(exit.placementType().code())
        .text(exit.placementProvider().map(PlacementProvider::code).orElse(""))
        .text(year.year().toString())
        .number(year.days())
        .amount(year.avoidedCost())
        .amount(year.supportCost())
        .amount(year.netSaving())
        .amount(year.presentValue());
    csv.endRow();
  }
}
