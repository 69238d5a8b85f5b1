package org.permanence.duration;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.permanence.batch.BatchResult;
import org.permanence.batch.Failure;
import org.permanence.care.CareHistory;
import org.permanence.care.Episode;
import org.permanence.care.PeriodOfCare;
import org.permanence.care.ShortBreaks;
import org.threeten.extra.LocalDateRange;

/**
 * Measures time in care: days per period of care, days within a window, and cohort measures of
 * periods that ended in a window.
 *
 * <p>Rules, in brief: a period counts {@code [start, end)}, an open period to the end of the
 * as-at date, never the 18th birthday or after (see {@link PeriodOfCare#careRange()}); days
 * within a window are the overlap of those days with the window; short breaks (V3, V4) are left
 * out unless the calculator is made with {@link ShortBreaks#INCLUDE}.
 *
 * <p>A period is listed for a window when it has at least one counted day in the window, or, for
 * a period that lasted zero days ({@code DEC == DECOM}) before the 18th birthday, when its date
 * falls in the window. A period
 * that starts on or after the 18th birthday counts no day of care and is never listed.
 *
 * <p>This class is stateless, immutable and thread-safe.
 */
public final class DurationCalculator {

  /** The calculator that leaves short breaks out, as the DfE does. */
  public static final DurationCalculator DEFAULT = new DurationCalculator(ShortBreaks.EXCLUDE);

  private final ShortBreaks shortBreaks;

  private DurationCalculator(ShortBreaks shortBreaks) {
    this.shortBreaks = shortBreaks;
  }

  /**
   * Returns a calculator that counts or leaves out short breaks.
   *
   * @param shortBreaks whether V3 and V4 episodes count
   * @return the calculator
   */
  public static DurationCalculator of(ShortBreaks shortBreaks) {
    requireNonNull(shortBreaks, "shortBreaks");
    return shortBreaks == ShortBreaks.EXCLUDE ? DEFAULT : new DurationCalculator(shortBreaks);
  }

  /**
   * Returns whether this calculator counts short breaks.
   *
   * @return the short-break setting
   */
  public ShortBreaks shortBreaks() {
    return shortBreaks;
  }

  /**
   * Returns the duration of one period of care, in all and within a window.
   *
   * @param period the period
   * @param window the half-open window {@code [startInclusive, endExclusive)}
   * @return the duration, explaining itself
   */
  public PeriodDuration duration(PeriodOfCare period, LocalDateRange window) {
    requireNonNull(period, "period");
    requireNonNull(window, "window");
    return PeriodDuration.of(period, window);
  }

  /**
   * Returns the days in care of one period.
   *
   * @param period the period
   * @return the days counted as care
   */
  public long daysInCare(PeriodOfCare period) {
    return period.careRange().lengthInDays();
  }

  /**
   * Returns a child's days in care within a window, as at a date: the overlap of each counted
   * episode with the window, summed, never counting the 18th birthday or after.
   *
   * @param history the child's history
   * @param window the half-open window {@code [startInclusive, endExclusive)}
   * @param asAt the as-at date, inclusive; open episodes run to the end of it
   * @return the days in care in the window
   */
  public long daysInCare(CareHistory history, LocalDateRange window, LocalDate asAt) {
    requireNonNull(history, "history");
    requireNonNull(window, "window");
    requireNonNull(asAt, "asAt");
    LocalDate adulthood = history.child().eighteenthBirthday();
    long days = 0;
    for (Episode episode : history.asAt(asAt).episodes()) {
      if (shortBreaks == ShortBreaks.EXCLUDE && episode.isShortBreak()) {
        continue;
      }
      LocalDateRange range = episode.range(asAt);
      if (range.getEnd().isAfter(adulthood)) {
        range = LocalDateRange.of(range.getStart(), max(range.getStart(), adulthood));
      }
      days += overlap(range, window);
    }
    return days;
  }

  /**
   * Returns the durations of one child's periods of care that touch a window, in order of start.
   *
   * @param history the child's history
   * @param window the half-open window {@code [startInclusive, endExclusive)}
   * @param asAt the as-at date, inclusive
   * @return the durations of the periods in the window
   */
  public List<PeriodDuration> durations(CareHistory history, LocalDateRange window, LocalDate asAt) {
    requireNonNull(history, "history");
    requireNonNull(window, "window");
    requireNonNull(asAt, "asAt");
    List<PeriodDuration> result = new ArrayList<>(1);
    for (PeriodOfCare period : history.periodsOfCare(asAt, shortBreaks)) {
      if (touches(period, window)) {
        result.add(PeriodDuration.of(period, window));
      }
    }
    return result;
  }

  /**
   * Returns the durations of every child's periods of care that touch a window, in order of child
   * then start, keeping going past a child that cannot be measured.
   *
   * @param histories the children's histories, in the order wanted
   * @param window the half-open window {@code [startInclusive, endExclusive)}
   * @param asAt the as-at date, inclusive
   * @return the durations, and the children that failed
   */
  public BatchResult<PeriodDuration> durations(
      Iterable<CareHistory> histories, LocalDateRange window, LocalDate asAt) {
    requireNonNull(histories, "histories");
    List<PeriodDuration> values = new ArrayList<>();
    List<Failure> failures = new ArrayList<>(0);
    for (CareHistory history : histories) {
      try {
        values.addAll(durations(history, window, asAt));
      } catch (IllegalArgumentException | IllegalStateException | ArithmeticException | DateTimeException e) {
        failures.add(Failure.of(history.childId(), e.getMessage()));
      }
    }
    return BatchResult.of(values, failures);
  }

  /**
   * Returns the count, mean and median days of the periods of care that ended in a window.
   *
   * <p>A period ended in the window when its {@code DEC} (first day out of care) is in it, as at
   * the as-at date; open periods are left out.
   *
   * @param histories the children's histories
   * @param window the half-open window {@code [startInclusive, endExclusive)}
   * @param asAt the as-at date, inclusive
   * @return the cohort measures
   */
  public CohortDurations cohort(
      Iterable<CareHistory> histories, LocalDateRange window, LocalDate asAt) {
    requireNonNull(window, "window");
    return cohorts(histories, List.of(window), asAt).get(0);
  }

  /**
   * Returns the count, mean and median days of the periods of care that ended in each of several
   * windows, reading each child's history once: the same as {@link #cohort} for each window, for
   * a report of year after year.
   *
   * <p>A child whose history cannot be read into periods is a failure of every window.
   *
   * @param histories the children's histories
   * @param windows the half-open windows {@code [startInclusive, endExclusive)}, which may overlap
   * @param asAt the as-at date, inclusive
   * @return the cohort measures, one for each window in the order given
   */
  public List<CohortDurations> cohorts(
      Iterable<CareHistory> histories, List<LocalDateRange> windows, LocalDate asAt) {
    requireNonNull(histories, "histories");
    requireNonNull(windows, "windows");
    requireNonNull(asAt, "asAt");
    List<List<PeriodDuration>> ended = new ArrayList<>(windows.size());
    windows.forEach(window -> ended.add(new ArrayList<>()));
    List<Failure> failures = new ArrayList<>(0);
    for (CareHistory history : histories) {
      try {
        for (PeriodOfCare period : history.periodsOfCare(asAt, shortBreaks)) {
          if (period.endExclusive().isEmpty()) {
            continue;
          }
          LocalDate end = period.endExclusive().get();
          for (int i = 0; i < windows.size(); i++) {
            if (windows.get(i).contains(end)) {
              ended.get(i).add(PeriodDuration.of(period, windows.get(i)));
            }
          }
        }
      } catch (IllegalArgumentException | IllegalStateException | ArithmeticException | DateTimeException e) {
        failures.add(Failure.of(history.childId(), e.getMessage()));
      }
    }
    List<CohortDurations> cohorts = new ArrayList<>(windows.size());
    for (int i = 0; i < windows.size(); i++) {
      cohorts.add(CohortDurations.of(windows.get(i), ended.get(i), failures));
    }
    return cohorts;
  }

  /** Days common to two half-open ranges. */
  static long overlap(LocalDateRange a, LocalDateRange b) {
    LocalDate start = max(a.getStart(), b.getStart());
    LocalDate end = min(a.getEnd(), b.getEnd());
    return end.isAfter(start) ? end.toEpochDay() - start.toEpochDay() : 0;
  }

  /**
   * A period touches a window when one of its counted days is in it, or when it lasted zero days
   * ({@code DEC == DECOM}) on a date in it before the 18th birthday. A period that starts on or
   * after the 18th birthday has no day of care and touches no window.
   */
  static boolean touches(PeriodOfCare period, LocalDateRange window) {
    LocalDateRange counted = period.careRange();
    if (!counted.isEmpty()) {
      return overlap(counted, window) > 0;
    }
    LocalDate start = period.start();
    return period.endExclusive().filter(end -> end.equals(start)).isPresent()
        && start.isBefore(period.child().eighteenthBirthday())
        && window.contains(start);
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
