package org.permanence.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.permanence.exit.Horizon;
import org.permanence.time.FinancialYear;

/**
 * The choices a progress report is made with: the as-at date, the savings horizon and discount
 * rate, the pipeline's target date and the weeks of the duration-reduction scenario.
 *
 * <p>Only the as-at date is required: the horizon defaults to {@code full-year}, the target date
 * to the last day of the as-at date's financial year, and the scenario to 6 weeks.
 *
 * <pre>{@code
 * ReportParameters parameters = ReportParameters.builder()
 *     .asAt(LocalDate.of(2025, 12, 31))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReportParameters {

  /** The scenario's weeks when none is given: "six weeks shorter". */
  public static final int DEFAULT_SCENARIO_WEEKS = 6;

  /** The report's title when none is given. */
  public static final String DEFAULT_TITLE = "Permanence progress report";

  ReportParameters() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds the parameters; only {@code asAt} is required. */
  public static final class Builder extends ImmutableReportParameters.Builder {
    Builder() {}
  }

  /**
   * Returns the parameters with every default, at an as-at date.
   *
   * @param asAt the date the data is seen at, inclusive
   * @return the parameters
   */
  public static ReportParameters of(LocalDate asAt) {
    return builder().asAt(asAt).build();
  }

  /**
   * Returns the report's title, such as {@code "Anytown Council: permanence progress report"}.
   *
   * @return the title
   */
  @Value.Default
  public String title() {
    return DEFAULT_TITLE;
  }

  /**
   * Returns the date the data is seen at, inclusive: the report is for its financial year so far.
   *
   * @return the as-at date
   */
  public abstract LocalDate asAt();

  /**
   * Returns how far past each exit its saving is counted.
   *
   * @return the horizon, by default {@code full-year} (52 weeks)
   */
  @Value.Default
  public Horizon horizon() {
    return Horizon.fullYear();
  }

  /**
   * Returns the rate a year that each year's net saving is discounted at, if any.
   *
   * @return the rate, such as {@code 0.035}; empty for none
   */
  public abstract Optional<BigDecimal> discountRate();

  /**
   * Returns the date the pipeline's projection counts exits to, inclusive.
   *
   * @return the target date, by default 31 March of the as-at date's financial year
   */
  @Value.Default
  public LocalDate targetDate() {
    return year().endInclusive();
  }

  /**
   * Returns the weeks the duration-reduction scenario takes off each period of care ended this
   * year.
   *
   * @return the weeks, by default 6
   */
  @Value.Default
  public int scenarioWeeks() {
    return DEFAULT_SCENARIO_WEEKS;
  }

  /**
   * Returns the financial year the report is for: the one containing the as-at date.
   *
   * @return the year
   */
  public FinancialYear year() {
    return FinancialYear.from(asAt());
  }

  @Value.Check
  void check() {
    if (title().isBlank()) {
      throw new IllegalArgumentException("title: expected some text, but was blank");
    }
    if (scenarioWeeks() < 0) {
      throw new IllegalArgumentException("scenarioWeeks: expected 0 or more, but was " + scenarioWeeks());
    }
    if (discountRate().filter(rate -> rate.signum() < 0).isPresent()) {
      throw new IllegalArgumentException("discountRate: expected 0 or more, but was "
          + discountRate().get().toPlainString());
    }
    if (targetDate().isBefore(asAt())) {
      throw new IllegalArgumentException("targetDate " + targetDate()
          + " is before the as-at date " + asAt() + "; expected a date on or after it");
    }
  }
}
