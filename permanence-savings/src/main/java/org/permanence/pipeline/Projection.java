package org.permanence.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.immutables.value.Value;
import org.permanence.exit.Route;
import org.permanence.money.Pence;
import org.permanence.saving.ExitSaving;
import org.permanence.time.FinancialYear;

/**
 * A financial year's exits and savings projected at a target date: achieved (the exits so far),
 * low (and the scheduled exits) and high (and the exits in assessment, as if every assessment
 * succeeds).
 *
 * <p>A saving is an exit's net saving (or present value) over its whole horizon, the sum of its
 * rounded rows; a projection's saving is the sum of those, so it adds up to the penny.
 */
@Value.Immutable
public abstract class Projection {

  Projection() {}

  static Projection of(FinancialYear year, LocalDate asAt, LocalDate target,
      List<ExitSaving> achieved, List<PipelineSaving> scheduled, List<PipelineSaving> assessing) {
    return ImmutableProjection.builder().year(year).asAt(asAt).target(target)
        .addAllAchieved(achieved).addAllScheduled(scheduled).addAllAssessing(assessing).build();
  }

  /**
   * Returns the financial year projected: the target date's.
   *
   * @return the year
   */
  public abstract FinancialYear year();

  /**
   * Returns the as-at date: exits up to it have happened.
   *
   * @return the as-at date
   */
  public abstract LocalDate asAt();

  /**
   * Returns the target date, inclusive.
   *
   * @return the target date
   */
  public abstract LocalDate target();

  /**
   * Returns the exits in the year that have happened by the as-at date.
   *
   * @return the achieved exits, priced
   */
  public abstract List<ExitSaving> achieved();

  /**
   * Returns the scheduled exits planned in the year on or before the target date.
   *
   * @return the scheduled exits, priced
   */
  public abstract List<PipelineSaving> scheduled();

  /**
   * Returns the exits in assessment planned in the year on or before the target date.
   *
   * @return the exits in assessment, priced
   */
  public abstract List<PipelineSaving> assessing();

  /**
   * Returns the exits achieved.
   *
   * @return the count
   */
  public int achievedExits() {
    return achieved().size();
  }

  /**
   * Returns the exits expected at least: achieved and scheduled.
   *
   * @return the count
   */
  public int lowExits() {
    return achieved().size() + scheduled().size();
  }

  /**
   * Returns the exits expected at most: low and every exit in assessment.
   *
   * @return the count
   */
  public int highExits() {
    return lowExits() + assessing().size();
  }

  /**
   * Returns the exits by one route achieved.
   *
   * @param route the route
   * @return the count
   */
  public int achievedExits(Route route) {
    return (int) achieved().stream().filter(saving -> saving.exit().route().equals(route)).count();
  }

  /**
   * Returns the exits by one route expected at least.
   *
   * @param route the route
   * @return the count
   */
  public int lowExits(Route route) {
    return achievedExits(route) + count(scheduled(), route);
  }

  /**
   * Returns the exits by one route expected at most.
   *
   * @param route the route
   * @return the count
   */
  public int highExits(Route route) {
    return lowExits(route) + count(assessing(), route);
  }

  private static int count(List<PipelineSaving> plans, Route route) {
    return (int) plans.stream().filter(saving -> saving.plan().route().equals(route)).count();
  }

  /**
   * Returns the net saving of the exits achieved.
   *
   * @return the sum of their rounded rows
   */
  public BigDecimal achievedSaving() {
    return sum(achieved().stream(), ExitSaving::netSaving);
  }

  /**
   * Returns the net saving expected at least.
   *
   * @return achieved and scheduled, to pence
   */
  public BigDecimal lowSaving() {
    return achievedSaving().add(sum(scheduled().stream().map(PipelineSaving::saving), ExitSaving::netSaving));
  }

  /**
   * Returns the net saving expected at most.
   *
   * @return low and every exit in assessment, to pence
   */
  public BigDecimal highSaving() {
    return lowSaving().add(sum(assessing().stream().map(PipelineSaving::saving), ExitSaving::netSaving));
  }

  /**
   * Returns the present value of the exits achieved (their net saving without a discount rate).
   *
   * @return the sum of their rounded rows
   */
  public BigDecimal achievedPresentValue() {
    return sum(achieved().stream(), ExitSaving::presentValue);
  }

  /**
   * Returns the present value expected at least.
   *
   * @return achieved and scheduled, to pence
   */
  public BigDecimal lowPresentValue() {
    return achievedPresentValue().add(
        sum(scheduled().stream().map(PipelineSaving::saving), ExitSaving::presentValue));
  }

  /**
   * Returns the present value expected at most.
   *
   * @return low and every exit in assessment, to pence
   */
  public BigDecimal highPresentValue() {
    return lowPresentValue().add(
        sum(assessing().stream().map(PipelineSaving::saving), ExitSaving::presentValue));
  }

  private static BigDecimal sum(Stream<ExitSaving> savings, Function<ExitSaving, BigDecimal> amount) {
    return Pence.sum(savings.map(amount)::iterator);
  }

  @Value.Check
  void check() {
    if (!year().contains(target())) {
      throw new IllegalArgumentException("the target date " + target() + " is not in " + year());
    }
  }
}
