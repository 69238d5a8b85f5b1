package org.permanence.exit;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.permanence.child.Child;
import org.permanence.child.ChildId;
import org.permanence.code.PlacementProvider;
import org.permanence.code.PlacementType;
import org.permanence.code.ReasonEpisodeCeased;

/**
 * A child's exit from care by a permanence route: the end of a period of care whose reason for
 * ceasing (REC) a {@link RouteTable} names, with the placement of the period's last episode, the
 * one the child left; or an exit planned for a child still in care, from the placement the child
 * is in, which has a route but no reason yet.
 */
@Value.Immutable
public abstract class Exit {

  Exit() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Exit}; each attribute may be set once. */
  public static final class Builder extends ImmutableExit.Builder {
    Builder() {}
  }

  /**
   * Returns the child who left care.
   *
   * @return the child
   */
  public abstract Child child();

  /**
   * Returns the child's identifier.
   *
   * @return the identifier
   */
  public ChildId childId() {
    return child().id();
  }

  /**
   * Returns the exit date: the period's last DEC, the first day out of care.
   *
   * @return the exit date
   */
  public abstract LocalDate date();

  /**
   * Returns the reason the period ended (REC): empty for a planned exit, which has not happened
   * yet (see {@code org.permanence.pipeline}).
   *
   * @return the reason, if the exit has happened
   */
  public abstract Optional<ReasonEpisodeCeased> reason();

  /**
   * Returns the route the reason is, by the route table used.
   *
   * @return the route
   */
  public abstract Route route();

  /**
   * Returns the placement type of the period's last episode (PLACE): the placement left.
   *
   * @return the placement type
   */
  public abstract PlacementType placementType();

  /**
   * Returns the provider of the placement left (PLACE_PROVIDER), if recorded.
   *
   * @return the provider, or empty
   */
  public abstract Optional<PlacementProvider> placementProvider();

  /**
   * Returns the first day of the period of care that the exit ends.
   *
   * @return the period's start
   */
  public abstract LocalDate periodStart();

  /**
   * Returns the start (DECOM) of the episode left, whose placement the exit avoids: the stay the
   * child would have had continues it, and a missing rate names it. Unless set, the period's start.
   *
   * @return the start of the placement's episode
   */
  @Value.Default
  public LocalDate placementStart() {
    return periodStart();
  }

  @Value.Check
  void check() {
    if (placementStart().isBefore(periodStart()) || placementStart().isAfter(date())) {
      throw new IllegalArgumentException(
          "the episode left starts within the period of care and not after the exit");
    }
    if (date().isBefore(periodStart())) {
      throw new IllegalArgumentException("an exit cannot come before the start of its period of care");
    }
    if (date().isBefore(child().dateOfBirth())) {
      throw new IllegalArgumentException("an exit cannot come before the child's birth");
    }
  }
}
