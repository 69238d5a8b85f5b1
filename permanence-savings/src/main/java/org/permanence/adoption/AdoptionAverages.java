package org.permanence.adoption;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * The mean timeliness of the adoptions in a window, compared with the national thresholds of the
 * adoption scorecard: measure A1, days from entering care to moving in with the adoptive family,
 * against {@value #ENTRY_TO_PLACEMENT_THRESHOLD_DAYS} days; measure A2, days from the court's
 * authority to place to the match, against {@value #AUTHORITY_TO_MATCH_THRESHOLD_DAYS} days.
 *
 * <p>The scorecard takes its averages over three years: pass a three-year window and the
 * adoptions in it for the scorecard's figure, or one year's for the year's. Every adoption counts
 * towards the first mean; only those with an authority and a match date ({@link
 * AdoptionTimeliness#authorityToMatchDays()}) count towards the second. Means are given to two
 * decimal places, rounded half up, for showing; whether a mean is within its threshold is judged
 * exactly, on the total days against the threshold times the count, so that a mean of 426.004
 * days, shown as 426.00, is not within 426.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AdoptionAverages {

  /**
   * The scorecard's threshold for measure A1, days from entering care to moving in with the
   * adoptive family: 14 months, the threshold for 2013-16 (gov.uk, "Adoption scorecards and
   * thresholds published", 14 January 2014), as days at {@code months * 365.25 / 12} rounded
   * down. The conversion to days is the library's, not published; it matches the earlier steps of
   * 639, 547 and 487 days for 21, 18 and 16 months.
   */
  public static final long ENTRY_TO_PLACEMENT_THRESHOLD_DAYS = 426;

  /**
   * The scorecard's threshold for measure A2, days from the court's authority to place to the
   * match with the adoptive family: 4 months, the threshold for 2013-16 (gov.uk, "Adoption
   * scorecards and thresholds published", 14 January 2014), as days at {@code months * 365.25 /
   * 12} rounded down. The conversion to days is the library's, not published; it matches the
   * earlier steps of 213, 182 and 152 days for 7, 6 and 5 months.
   */
  public static final long AUTHORITY_TO_MATCH_THRESHOLD_DAYS = 121;

  /** Means are given to two decimal places, rounded half up. */
  static final int MEAN_SCALE = 2;

  AdoptionAverages() {}

  /**
   * Returns the averages of the adoptions in a window.
   *
   * @param window the half-open window of adoption dates {@code [startInclusive, endExclusive)}
   * @param adoptions the adoptions, each with its adoption date in the window, possibly none
   * @return the averages
   * @throws IllegalArgumentException if an adoption's date is not in the window
   */
  public static AdoptionAverages of(LocalDateRange window, List<AdoptionTimeliness> adoptions) {
    return ImmutableAdoptionAverages.builder().window(window).addAllAdoptions(adoptions).build();
  }

  /**
   * Returns the window of adoption dates.
   *
   * @return the half-open window
   */
  public abstract LocalDateRange window();

  /**
   * Returns the adoptions averaged, in the order given.
   *
   * @return the adoptions
   */
  public abstract List<AdoptionTimeliness> adoptions();

  /**
   * Returns the number of adoptions.
   *
   * @return the count
   */
  public int count() {
    return adoptions().size();
  }

  /**
   * Returns the mean days from entering care to moving in with the adoptive family (measure A1),
   * to two decimal places, half up: 73, 100 and 120 days give 97.67.
   *
   * @return the mean days, or empty when there is no adoption
   */
  public Optional<BigDecimal> meanEntryToPlacementDays() {
    return mean(totalEntryToPlacementDays(), count());
  }

  /**
   * Returns the number of adoptions with days from authority to match: those with both a placement
   * order and a match date.
   *
   * @return the count
   */
  public int matchedCount() {
    return (int) adoptions().stream().filter(a -> a.authorityToMatchDays().isPresent()).count();
  }

  /**
   * Returns the mean days from the court's authority to place to the match (measure A2), over the
   * adoptions that have them, to two decimal places, half up.
   *
   * @return the mean days, or empty when no adoption has them
   */
  public Optional<BigDecimal> meanAuthorityToMatchDays() {
    return mean(totalAuthorityToMatchDays(), matchedCount());
  }

  /**
   * Tells whether the mean days from entering care to moving in are within {@value
   * #ENTRY_TO_PLACEMENT_THRESHOLD_DAYS}, judged exactly: {@code total days <= 426 * count}.
   *
   * @return true when within, or empty when there is no adoption
   */
  public Optional<Boolean> entryToPlacementWithinThreshold() {
    return within(totalEntryToPlacementDays(), count(), ENTRY_TO_PLACEMENT_THRESHOLD_DAYS);
  }

  /**
   * Tells whether the mean days from authority to match are within {@value
   * #AUTHORITY_TO_MATCH_THRESHOLD_DAYS}, judged exactly: {@code total days <= 121 * matched count}.
   *
   * @return true when within, or empty when no adoption has the days
   */
  public Optional<Boolean> authorityToMatchWithinThreshold() {
    return within(totalAuthorityToMatchDays(), matchedCount(), AUTHORITY_TO_MATCH_THRESHOLD_DAYS);
  }

  /**
   * Returns the number of adoptions by the child's foster carers: children never placed for
   * adoption in the period, whose move-in is counted to the adoption date.
   *
   * @return the count
   */
  public int fosterCarerAdoptions() {
    return (int) adoptions().stream().filter(AdoptionTimeliness::isFosterCarerAdoption).count();
  }

  private long totalEntryToPlacementDays() {
    long total = 0;
    for (AdoptionTimeliness adoption : adoptions()) {
      total = Math.addExact(total, adoption.entryToPlacementDays());
    }
    return total;
  }

  private long totalAuthorityToMatchDays() {
    long total = 0;
    for (AdoptionTimeliness adoption : adoptions()) {
      total = Math.addExact(total, adoption.authorityToMatchDays().orElse(0L));
    }
    return total;
  }

  private static Optional<BigDecimal> mean(long total, int count) {
    if (count == 0) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(total).divide(BigDecimal.valueOf(count), MEAN_SCALE, RoundingMode.HALF_UP));
  }

  private static Optional<Boolean> within(long total, int count, long threshold) {
    if (count == 0) {
      return Optional.empty();
    }
    return Optional.of(total <= Math.multiplyExact(threshold, (long) count));
  }

  @Value.Check
  void check() {
    for (AdoptionTimeliness adoption : adoptions()) {
      if (!window().contains(adoption.adoptionDate())) {
        throw new IllegalArgumentException("adoption of child " + adoption.childId() + " on "
            + adoption.adoptionDate() + " is not in the window " + window() + "; expected adoptions in it");
      }
    }
  }
}
