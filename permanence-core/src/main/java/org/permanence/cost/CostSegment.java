package org.permanence.cost;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.permanence.child.ChildId;
import org.permanence.code.PlacementProvider;
import org.permanence.code.PlacementType;
import org.permanence.money.ExactAmount;
import org.permanence.rate.RateRow;
import org.permanence.time.FinancialYear;
import org.threeten.extra.LocalDateRange;

/**
 * A stretch of days over which one rate applies to one child: the smallest piece of a cost.
 *
 * <p>Within a segment the placement, the financial year, the child's age and the rate row are all
 * fixed, so its amount is {@code weekly_rate * days / 7}, exact.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CostSegment {

  CostSegment() {}

  /**
   * Returns a builder for a segment.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CostSegment}; each attribute may be set once. */
  public static final class Builder extends ImmutableCostSegment.Builder {
    Builder() {}
  }

  /**
   * Returns the child.
   *
   * @return the child's identifier
   */
  public abstract ChildId childId();

  /**
   * Returns the start ({@code DECOM}) of the episode, or of the stay, the segment belongs to.
   *
   * @return the episode's start
   */
  public abstract LocalDate episodeStart();

  /**
   * Returns the financial year the segment falls in.
   *
   * @return the year
   */
  public abstract FinancialYear financialYear();

  /**
   * Returns the days of the segment, half-open: {@code [start, end)}.
   *
   * @return the range, never empty
   */
  public abstract LocalDateRange range();

  /**
   * Returns the placement type.
   *
   * @return the placement type
   */
  public abstract PlacementType placementType();

  /**
   * Returns the placement provider, or empty for a placement with none.
   *
   * @return the provider
   */
  public abstract Optional<PlacementProvider> placementProvider();

  /**
   * Returns the child's age throughout the segment, in completed years.
   *
   * @return the age
   */
  public abstract int age();

  /**
   * Returns the rate card row that sets the rate.
   *
   * @return the row
   */
  public abstract RateRow row();

  /**
   * Returns the number of days.
   *
   * @return the days, at least one
   */
  public long days() {
    return range().lengthInDays();
  }

  /**
   * Returns the first day.
   *
   * @return the first day
   */
  public LocalDate firstDay() {
    return range().getStart();
  }

  /**
   * Returns the last day, inclusive.
   *
   * @return the last day
   */
  public LocalDate lastDay() {
    return range().getEndInclusive();
  }

  /**
   * Returns the weekly rate of the row.
   *
   * @return pounds a week
   */
  public java.math.BigDecimal weeklyRate() {
    return row().weeklyCost();
  }

  /**
   * Returns the cost of the segment, {@code weekly_rate * days / 7}, exact.
   *
   * @return the amount
   */
  public ExactAmount amount() {
    return ExactAmount.ofDays(row().weeklyCost(), days());
  }

  /**
   * Explains the segment in one line, such as {@code 2024-04-01 to 2024-04-07, 7 days, U4 PR1,
   * age 7: £700 a week (rates.csv line 4: U*,PR1,5,10,2024-04-01,700) x 7 / 7 = £700.00}.
   *
   * @return the explanation
   */
  public String explain() {
    return firstDay() + " to " + lastDay() + ", " + days() + (days() == 1 ? " day, " : " days, ")
        + placementType().code() + " " + placementProvider().map(PlacementProvider::code).orElse("(no provider)")
        + ", age " + age() + ": £" + weeklyRate().toPlainString() + " a week ("
        + row().source().map(source -> source + ": ").orElse("") + row() + ") x " + days()
        + " / 7 = £" + amount().rounded().toPlainString();
  }

  @Value.Check
  void check() {
    if (range().isEmpty()) {
      throw new IllegalArgumentException("a cost segment has at least one day");
    }
    if (!financialYear().range().encloses(range())) {
      throw new IllegalArgumentException(
          "a cost segment lies within one financial year, but " + range() + " is not within " + financialYear());
    }
  }
}
