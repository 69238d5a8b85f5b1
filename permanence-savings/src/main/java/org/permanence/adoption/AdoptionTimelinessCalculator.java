package org.permanence.adoption;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.permanence.batch.BatchResult;
import org.permanence.batch.Failure;
import org.permanence.care.CareData;
import org.permanence.care.CareHistory;
import org.permanence.care.Episode;
import org.permanence.care.PeriodOfCare;
import org.permanence.care.ShortBreaks;
import org.permanence.child.ChildId;
import org.permanence.code.LegalStatus;
import org.permanence.code.ReasonEpisodeCeased;
import org.threeten.extra.LocalDateRange;

/**
 * Measures the timeliness of adoptions: for each period of care that ended in adoption in a
 * window, the days from entering care to moving in with the adoptive family, and from the court's
 * authority to place to the match (see {@link AdoptionTimeliness} for the rules).
 *
 * <p>The periods are the children's periods of care seen as at the as-at date, short breaks (V3,
 * V4) left out, as {@link org.permanence.duration.DurationCalculator#DEFAULT} sees them. A period
 * ended in adoption in the window when its {@code REC} is {@code E11} or {@code E12} and its
 * {@code DEC} is in the window; for the command line's {@code --from A --to B}, that is {@code A
 * <= DEC <= B}. A period whose {@code DEC} is after the as-at date was still open at it: the child
 * was not adopted yet.
 *
 * <p>This class is stateless, immutable and thread-safe.
 */
public final class AdoptionTimelinessCalculator {

  /** The calculator. */
  public static final AdoptionTimelinessCalculator DEFAULT = new AdoptionTimelinessCalculator();

  /** Adoptions by date, then child in code-point order of identifier: the order of every result. */
  private static final Comparator<AdoptionTimeliness> DATE_THEN_CHILD =
      Comparator.comparing(AdoptionTimeliness::adoptionDate).thenComparing(AdoptionTimeliness::childId);

  private AdoptionTimelinessCalculator() {}

  /**
   * Returns the timeliness of every adoption in a window, as at a date, keeping going past a child
   * whose history cannot be read into periods of care.
   *
   * <p>The adoption record of a child, if any, gives the match date of each of the child's
   * adoptions in the window. Records of children with no adoption in the window are not used.
   *
   * @param data the children's data
   * @param window the half-open window of adoption dates {@code [startInclusive, endExclusive)}
   * @param asAt the as-at date, inclusive: later episodes and ends are not yet known
   * @param records the adoption records, at most one for each child, possibly none
   * @return one value for each adoption, by adoption date then child, and the children that failed
   * @throws IllegalArgumentException if two records are of the same child
   */
  public BatchResult<AdoptionTimeliness> timeliness(
      CareData data, LocalDateRange window, LocalDate asAt, List<AdoptionRecord> records) {
    requireNonNull(data, "data");
    requireNonNull(window, "window");
    requireNonNull(asAt, "asAt");
    requireNonNull(records, "records");
    Map<ChildId, AdoptionRecord> byChild = new HashMap<>();
    for (AdoptionRecord record : records) {
      if (byChild.putIfAbsent(record.childId(), record) != null) {
        throw new IllegalArgumentException("records must have at most one record for each child;"
            + " child " + record.childId() + " has two");
      }
    }
    List<AdoptionTimeliness> values = new ArrayList<>();
    List<Failure> failures = new ArrayList<>(0);
    for (int i = 0; i < data.size(); i++) {
      ChildId childId = data.child(i).id();
      try {
        CareHistory history = data.history(i);
        Optional<LocalDate> match = Optional.ofNullable(byChild.get(childId)).flatMap(AdoptionRecord::matchDate);
        for (PeriodOfCare period : history.periodsOfCare(asAt, ShortBreaks.EXCLUDE)) {
          if (isAdoption(period, window)) {
            values.add(timeliness(period, match));
          }
        }
      } catch (IllegalArgumentException | IllegalStateException | ArithmeticException | DateTimeException e) {
        failures.add(Failure.of(childId, e.getMessage()));
      }
    }
    values.sort(DATE_THEN_CHILD);
    return BatchResult.of(values, failures);
  }

  private static boolean isAdoption(PeriodOfCare period, LocalDateRange window) {
    Optional<ReasonEpisodeCeased> reason = period.reasonEnded();
    return reason.isPresent()
        && (reason.get() == ReasonEpisodeCeased.E11 || reason.get() == ReasonEpisodeCeased.E12)
        && period.endExclusive().filter(window::contains).isPresent();
  }

  private static AdoptionTimeliness timeliness(PeriodOfCare period, Optional<LocalDate> match) {
    AdoptionTimeliness.Builder timeliness = AdoptionTimeliness.builder()
        .childId(period.childId())
        .periodStart(period.start())
        .adoptionDate(period.endExclusive().get())
        .reason(period.reasonEnded().get())
        .match(match);
    Optional<Episode> placed = period.episodes().stream()
        .filter(episode -> episode.placementType().isPlacedForAdoption())
        .findFirst();
    timeliness.placedForAdoption(placed.map(Episode::start))
        .adoptivePlacement(placed.map(Episode::placementType));
    Optional<LocalDate> authority = period.episodes().stream()
        .filter(episode -> episode.legalStatus() == LegalStatus.E1)
        .map(Episode::start)
        .findFirst();
    return timeliness.authority(authority).build();
  }
}
