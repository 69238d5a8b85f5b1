package org.permanence.cost;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.permanence.child.ChildId;
import org.permanence.money.ExactAmount;
import org.permanence.money.Pence;
import org.permanence.time.FinancialYear;

/**
 * What one child's placements cost over some days, by financial year, with the segments that make
 * up every figure.
 *
 * <p>Each year's amount is exact and equals the sum of its segments' amounts; {@link #segments}
 * gives them (worked out again on request by the same calculation, so that a large batch keeps
 * only its totals) and {@link #explain} reads them out.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlacementCost {

  private final ChildId childId;
  private final Supplier<String> scope;
  private final List<YearCost> years;
  private final Supplier<List<CostSegment>> breakdown;
  private volatile List<CostSegment> segments;

  /** Keeps the list given, which the caller must not change: see the calculator. */
  PlacementCost(ChildId childId, Supplier<String> scope, List<YearCost> years, Supplier<List<CostSegment>> breakdown) {
    this.childId = childId;
    this.scope = scope;
    this.years = years;
    this.breakdown = breakdown;
  }

  /**
   * Returns the child.
   *
   * @return the child's identifier
   */
  public ChildId childId() {
    return childId;
  }

  /**
   * Returns the cost of each financial year with at least one day costed, in order.
   *
   * @return the years
   */
  public List<YearCost> years() {
    return years;
  }

  /**
   * Returns the cost of one financial year, if any day of it was costed.
   *
   * @param year the financial year
   * @return the year's cost, or empty
   */
  public Optional<YearCost> year(FinancialYear year) {
    requireNonNull(year, "year");
    return years.stream().filter(cost -> cost.year().equals(year)).findFirst();
  }

  /**
   * Returns the days costed in all.
   *
   * @return the days
   */
  public long days() {
    long days = 0;
    for (YearCost year : years) {
      days += year.days();
    }
    return days;
  }

  /**
   * Returns the exact cost in all.
   *
   * @return the sum of the years
   */
  public ExactAmount total() {
    ExactAmount total = ExactAmount.ZERO;
    for (YearCost year : years) {
      total = total.plus(year.amount());
    }
    return total;
  }

  /**
   * Returns the segments the cost is made of, in order of day: each a stretch of days at one rate
   * row, within one financial year, at one age.
   *
   * @return the segments
   */
  public List<CostSegment> segments() {
    List<CostSegment> known = segments;
    if (known == null) {
      known = List.copyOf(breakdown.get());
      segments = known;
    }
    return known;
  }

  /**
   * Explains the cost for a reader: each financial year with its days and amount, then each
   * segment with its rate row, weekly rate and amount.
   *
   * @return the explanation, several lines
   */
  public String explain() {
    StringBuilder text = new StringBuilder();
    text.append("Placement costs of child ").append(childId).append(' ').append(scope.get()).append(":\n");
    List<CostSegment> all = segments();
    for (YearCost year : years) {
      text.append(year.year()).append(": ").append(days(year.days())).append(", £")
          .append(year.rounded().toPlainString()).append('\n');
      for (CostSegment segment : all) {
        if (segment.financialYear().equals(year.year())) {
          text.append("  ").append(segment.explain()).append('\n');
        }
      }
    }
    // a printed total is the sum of the rounded figures it totals
    BigDecimal total = Pence.sum(years.stream().map(YearCost::rounded)::iterator);
    text.append("Total: ").append(days(days())).append(", £").append(total.toPlainString()).append('\n');
    if (all.size() > 1) {
      text.append("(Each line is its exact amount rounded to pence, and each year its exact sum rounded,"
          + " so the lines of a year can add up to a penny or so more or less than the year; the"
          + " total is the sum of the years as shown.)\n");
    }
    return text.toString();
  }

  private static String days(long days) {
    return days + (days == 1 ? " day" : " days");
  }

  @Override
  public String toString() {
    return "PlacementCost[" + childId + " " + scope.get() + ": " + years + "]";
  }
}
