package org.permanence.saving;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;
import org.permanence.money.ExactAmount;
import org.permanence.money.Pence;
import org.permanence.time.FinancialYear;

/**
 * One financial year of an exit's saving: the days of the horizon in it, the placement cost
 * avoided, the support paid, the net saving and its present value.
 *
 * <p>The avoided cost and the support are exact; as shown they are each rounded to pence, half
 * up, and the net saving is the difference of the two rounded amounts, so that a row adds up as
 * printed. The present value is the net saving divided by {@code (1 + r)^k}, {@code k} being the
 * number of financial years after the exit's, rounded half up; without a discount rate it is the
 * net saving.
 */
@Value.Immutable
public abstract class SavingYear {

  SavingYear() {}

  static SavingYear of(FinancialYear year, long days, ExactAmount avoided, ExactAmount support,
      int yearsAfterExit, Optional<BigDecimal> discountRate) {
    return ImmutableSavingYear.builder().year(year).days(days).avoided(avoided).support(support)
        .yearsAfterExit(yearsAfterExit).discountRate(discountRate).build();
  }

  /**
   * Returns the financial year.
   *
   * @return the year
   */
  public abstract FinancialYear year();

  /**
   * Returns the days of the horizon in the year.
   *
   * @return the days
   */
  public abstract long days();

  /**
   * Returns the placement cost avoided in the year, exactly.
   *
   * @return the avoided cost
   */
  public abstract ExactAmount avoided();

  /**
   * Returns the support paid in the year, exactly: weekly allowances, and a one-off cost in the
   * exit's year.
   *
   * @return the support cost
   */
  public abstract ExactAmount support();

  /**
   * Returns how many financial years after the exit's this one is: {@code k} of the discount.
   *
   * @return 0 for the exit's own year
   */
  public abstract int yearsAfterExit();

  /**
   * Returns the discount rate, if the saving is discounted.
   *
   * @return the rate, such as 0.035
   */
  public abstract Optional<BigDecimal> discountRate();

  /**
   * Returns the avoided cost as shown: to pence, half up.
   *
   * @return the rounded avoided cost
   */
  public BigDecimal avoidedCost() {
    return Pence.round(avoided());
  }

  /**
   * Returns the support cost as shown: to pence, half up.
   *
   * @return the rounded support cost
   */
  public BigDecimal supportCost() {
    return Pence.round(support());
  }

  /**
   * Returns the net saving as shown: the rounded avoided cost less the rounded support cost.
   *
   * @return the net saving, negative when the support cost more than the placement would have
   */
  public BigDecimal netSaving() {
    return avoidedCost().subtract(supportCost());
  }

  /**
   * Returns the discount factor {@code (1 + r)^k}, exactly; 1 without a discount rate.
   *
   * @return the factor the net saving is divided by
   */
  public BigDecimal discountFactor() {
    return discountRate().map(rate -> BigDecimal.ONE.add(rate).pow(yearsAfterExit()))
        .orElse(BigDecimal.ONE);
  }

  /**
   * Returns the present value: the net saving divided by the discount factor, to pence, half up.
   *
   * @return the present value; the net saving without a discount rate
   */
  public BigDecimal presentValue() {
    if (discountRate().isEmpty()) {
      return netSaving();
    }
    return netSaving().divide(discountFactor(), 2, RoundingMode.HALF_UP);
  }

  @Value.Check
  void check() {
    if (days() < 0 || yearsAfterExit() < 0) {
      throw new IllegalArgumentException("days and years after the exit cannot be negative");
    }
    if (discountRate().isPresent() && discountRate().get().signum() < 0) {
      throw new IllegalArgumentException("a discount rate cannot be negative, but was "
          + discountRate().get());
    }
  }
}
