package org.permanence.care;

import com.google.common.base.Preconditions;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.permanence.child.ChildId;
import org.permanence.code.CategoryOfNeed;
import org.permanence.code.LegalStatus;
import org.permanence.code.PlacementProvider;
import org.permanence.code.PlacementType;
import org.permanence.code.ReasonEpisodeCeased;
import org.permanence.code.ReasonForNewEpisode;
import org.permanence.code.ReasonForPlacementChange;
import org.threeten.extra.LocalDateRange;

/**
 * One row of the SSDA903 episodes file: a stretch of care with one legal status and one
 * placement.
 *
 * <p>An episode runs {@code [start, endExclusive)}: {@code start} is {@code DECOM}, the first day
 * of the episode, and {@code endExclusive} is {@code DEC}, the first day the child is no longer in
 * this episode. An episode with no {@code DEC} is open; seen at an as-at date it runs to the end
 * of that date, {@code [start, asAt + 1 day)}. An episode with {@code DEC == DECOM} lasts zero
 * days and is valid. A reason for ceasing ({@code REC}) is present exactly when the episode has
 * ended.
 *
 * <p>The postcodes of the file ({@code HOME_POST}, {@code PL_POST}) are not kept: they are
 * personal data that no calculation uses.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Episode {

  Episode() {}

  /**
   * Returns a builder for an episode.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Episode}; each attribute may be set once. */
  public static final class Builder extends ImmutableEpisode.Builder {
    Builder() {}
  }

  /**
   * Returns the child whose episode this is ({@code CHILD}).
   *
   * @return the child's identifier
   */
  public abstract ChildId childId();

  /**
   * Returns the first day of the episode ({@code DECOM}).
   *
   * @return the start, inclusive
   */
  public abstract LocalDate start();

  /**
   * Returns the first day after the episode ({@code DEC}), or empty while it is open.
   *
   * @return the end, exclusive, or empty
   */
  public abstract Optional<LocalDate> endExclusive();

  /**
   * Returns why the episode started ({@code RNE}).
   *
   * @return the reason for the new episode
   */
  public abstract ReasonForNewEpisode reasonForNewEpisode();

  /**
   * Returns the legal status ({@code LS}).
   *
   * @return the legal status
   */
  public abstract LegalStatus legalStatus();

  /**
   * Returns the category of need ({@code CIN}), if recorded.
   *
   * @return the category of need, or empty
   */
  public abstract Optional<CategoryOfNeed> categoryOfNeed();

  /**
   * Returns the placement type ({@code PLACE}).
   *
   * @return the placement type
   */
  public abstract PlacementType placementType();

  /**
   * Returns the placement provider ({@code PLACE_PROVIDER}), empty for a placement with none.
   *
   * @return the provider, or empty
   */
  public abstract Optional<PlacementProvider> placementProvider();

  /**
   * Returns why the episode ended ({@code REC}); present exactly when the episode has ended.
   *
   * @return the reason, or empty while open
   */
  public abstract Optional<ReasonEpisodeCeased> reasonEnded();

  /**
   * Returns the reason for a change of placement ({@code REASON_PLACE_CHANGE}), if recorded.
   *
   * @return the reason, or empty
   */
  public abstract Optional<ReasonForPlacementChange> reasonForPlacementChange();

  /**
   * Returns the Ofsted unique reference number of the placement ({@code URN}), if recorded.
   *
   * @return the URN, or empty
   */
  public abstract Optional<String> urn();

  /**
   * Tells whether the episode has no end date.
   *
   * @return true while open
   */
  public boolean isOpen() {
    return endExclusive().isEmpty();
  }

  /**
   * Tells whether the episode is short-break care (legal status V3 or V4).
   *
   * @return true for a short break
   */
  public boolean isShortBreak() {
    return legalStatus().isShortBreak();
  }

  /**
   * Returns the days of the episode as seen at the end of an as-at date: its own range when it has
   * ended, {@code [start, asAt + 1 day)} when open.
   *
   * @param asAt the as-at date, inclusive; not before the start for an open episode
   * @return the half-open range of the episode's days
   */
  public LocalDateRange range(LocalDate asAt) {
    return LocalDateRange.of(start(), endExclusive().orElse(asAt.plusDays(1)));
  }

  /**
   * Returns the episode as it stood at the end of an as-at date: unchanged if it had ended by
   * then, otherwise open: its {@code DEC} and {@code REC}, and the reason for the placement
   * change it ended with ({@code REASON_PLACE_CHANGE}), were not yet known.
   *
   * @param asAt the as-at date, inclusive; not before the start
   * @return this episode, or an open copy of it
   * @throws IllegalArgumentException if the episode starts after the as-at date
   */
  public Episode asAt(LocalDate asAt) {
    Preconditions.checkArgument(
        !start().isAfter(asAt), "episode starting %s is after the as-at date %s", start(), asAt);
    if (endExclusive().isPresent() && endExclusive().get().isAfter(asAt)) {
      return builder()
          .childId(childId())
          .start(start())
          .reasonForNewEpisode(reasonForNewEpisode())
          .legalStatus(legalStatus())
          .categoryOfNeed(categoryOfNeed())
          .placementType(placementType())
          .placementProvider(placementProvider())
          .urn(urn())
          .build();
    }
    return this;
  }

  @Value.Check
  void check() {
    endExclusive()
        .ifPresent(
            end ->
                Preconditions.checkArgument(
                    !end.isBefore(start()),
                    "episode end %s must not be before its start %s",
                    end,
                    start()));
    Preconditions.checkArgument(
        endExclusive().isPresent() == reasonEnded().isPresent(),
        "an episode has a reason for ceasing (REC) exactly when it has an end date (DEC)");
  }
}
