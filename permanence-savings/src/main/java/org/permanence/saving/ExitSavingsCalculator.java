package org.permanence.saving;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.permanence.batch.BatchResult;
import org.permanence.batch.Failure;
import org.permanence.child.Child;
import org.permanence.cost.MissingRateException;
import org.permanence.cost.PlacementCost;
import org.permanence.cost.PlacementCostCalculator;
import org.permanence.cost.YearCost;
import org.permanence.exit.Exit;
import org.permanence.exit.Horizon;
import org.permanence.money.ExactAmount;
import org.permanence.rate.RateCard;
import org.permanence.support.SupportCard;
import org.permanence.support.SupportKind;
import org.permanence.support.SupportRow;
import org.permanence.time.Age;
import org.permanence.time.FinancialYear;
import org.threeten.extra.LocalDateRange;

/**
 * Prices exits: the placement cost each avoided over a horizon, less the support paid after it,
 * by financial year.
 *
 * <p>Without the exit, the child would have stayed in the placement left (its type and provider)
 * from the exit date to the horizon's end: that stay is costed on the rate card as any stay is
 * ({@link PlacementCostCalculator#stay}), age bands and later effective dates applying. Support
 * is a weekly allowance paid over the same days, costed by the day at the support card's row for
 * the route and the child's age on each day, and a one-off cost on the exit date at the row for
 * the route and the age at exit. A horizon with no day charges nothing, one-off support included.
 * With a discount rate {@code r} (HM Treasury's Green Book rate, {@link #GREEN_BOOK_RATE}, is the
 * usual one), each year's net saving is divided by {@code (1 + r)^k}, {@code k} the number of
 * financial years after the exit's.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ExitSavingsCalculator {

  /** The calculator. */
  public static final ExitSavingsCalculator DEFAULT = new ExitSavingsCalculator();

  /** HM Treasury's Green Book discount rate, 3.5% a year: the usual rate when one is wanted. */
  public static final BigDecimal GREEN_BOOK_RATE = new BigDecimal("0.035");

  private ExitSavingsCalculator() {}

  /**
   * Prices one exit.
   *
   * @param exit the exit
   * @param horizon how far past the exit the saving is counted
   * @param rates the rate card the avoided placement is costed on
   * @param support the support card; {@link SupportCard#NONE} for none
   * @param discountRate the discount rate, or empty for none
   * @return the saving by financial year, with its segments
   * @throws MissingRateException if a day of the avoided placement has no rate
   */
  public ExitSaving saving(Exit exit, Horizon horizon, RateCard rates, SupportCard support,
      Optional<BigDecimal> discountRate) {
    requireNonNull(exit, "exit");
    requireNonNull(horizon, "horizon");
    requireNonNull(rates, "rates");
    requireNonNull(support, "support");
    requireNonNull(discountRate, "discountRate");
    discountRate.ifPresent(rate -> {
      if (rate.signum() < 0) {
        throw new IllegalArgumentException("a discount rate cannot be negative, but was " + rate);
      }
    });
    Child child = exit.child();
    LocalDateRange days = horizon.days(exit.date(), child.eighteenthBirthday());
    FinancialYear exitYear = FinancialYear.from(exit.date());
    // the financial years the horizon touches, each with its days; the exit's alone when empty
    Map<FinancialYear, Long> yearDays = new LinkedHashMap<>();
    yearDays.put(exitYear, 0L);
    for (FinancialYear.Piece part : FinancialYear.split(days)) {
      yearDays.put(part.year(), (long) part.range().lengthInDays());
    }
    PlacementCost avoided = days.isEmpty()
        ? null
        : PlacementCostCalculator.DEFAULT.stay(child, exit.placementType(), exit.placementProvider(),
            exit.placementStart(), days, rates);
    List<SupportSegment> supportSegments = supportSegments(exit, days, support);
    List<SavingYear> years = new ArrayList<>(yearDays.size());
    for (Map.Entry<FinancialYear, Long> entry : yearDays.entrySet()) {
      FinancialYear year = entry.getKey();
      ExactAmount avoidedInYear = avoided == null
          ? ExactAmount.ZERO
          : avoided.year(year).map(YearCost::amount).orElse(ExactAmount.ZERO);
      ExactAmount supportInYear = ExactAmount.ZERO;
      for (SupportSegment segment : supportSegments) {
        if (segment.financialYear().equals(year)) {
          supportInYear = supportInYear.plus(segment.amount());
        }
      }
      years.add(SavingYear.of(year, entry.getValue(), avoidedInYear, supportInYear,
          year.startYear() - exitYear.startYear(), discountRate));
    }
    return ExitSaving.of(exit, horizon, days, years,
        avoided == null ? List.of() : avoided.segments(), supportSegments);
  }

  /**
   * Prices exits, keeping going past one that cannot be priced (a missing rate, for one).
   *
   * @param exits the exits
   * @param horizon how far past each exit its saving is counted
   * @param rates the rate card
   * @param support the support card; {@link SupportCard#NONE} for none
   * @param discountRate the discount rate, or empty for none
   * @return the savings in the order of the exits, and the exits that failed with every reason
   */
  public BatchResult<ExitSaving> savings(List<Exit> exits, Horizon horizon, RateCard rates,
      SupportCard support, Optional<BigDecimal> discountRate) {
    requireNonNull(exits, "exits");
    List<ExitSaving> values = new ArrayList<>(exits.size());
    List<Failure> failures = new ArrayList<>(0);
    for (Exit exit : exits) {
      try {
        values.add(saving(exit, horizon, rates, support, discountRate));
      } catch (MissingRateException | IllegalArgumentException | DateTimeException e) {
        failures.add(Failure.of(exit.childId(), e.getMessage()));
      }
    }
    return BatchResult.of(values, failures);
  }

  /** The support after an exit: its one-off cost, then its weekly allowance stretch by stretch. */
  private static List<SupportSegment> supportSegments(Exit exit, LocalDateRange days, SupportCard card) {
    List<SupportSegment> segments = new ArrayList<>();
    if (days.isEmpty()) {
      return segments;
    }
    LocalDate born = exit.child().dateOfBirth();
    LocalDate start = days.getStart();
    int ageAtExit = Age.completedYears(born, start);
    card.row(SupportKind.ONE_OFF, exit.route(), ageAtExit, start).ifPresent(row -> segments.add(
        SupportSegment.of(FinancialYear.from(start), LocalDateRange.of(start, start.plusDays(1)),
            ageAtExit, row, ExactAmount.of(row.amount()))));
    // a weekly row can change only on a birthday, on an effective date, or on 1 April (for the
    // year the days fall in)
    LocalDate cursor = start;
    while (cursor.isBefore(days.getEnd())) {
      int age = Age.completedYears(born, cursor);
      LocalDate next = earliest(days.getEnd(), Age.birthday(born, age + 1),
          FinancialYear.from(cursor).next().start());
      for (LocalDate change : card.effectiveDates()) {
        if (change.isAfter(cursor)) {
          next = earliest(next, change);
          break;
        }
      }
      Optional<SupportRow> row = card.row(SupportKind.WEEKLY, exit.route(), age, cursor);
      if (row.isPresent()) {
        long length = LocalDateRange.of(cursor, next).lengthInDays();
        segments.add(SupportSegment.of(FinancialYear.from(cursor), LocalDateRange.of(cursor, next), age,
            row.get(), ExactAmount.ofDays(row.get().amount(), length)));
      }
      cursor = next;
    }
    return segments;
  }

  private static LocalDate earliest(LocalDate first, LocalDate... others) {
    LocalDate earliest = first;
    for (LocalDate other : others) {
      if (other.isBefore(earliest)) {
        earliest = other;
      }
    }
    return earliest;
  }
}
