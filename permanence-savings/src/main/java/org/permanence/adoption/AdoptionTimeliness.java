package org.permanence.adoption;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.permanence.child.ChildId;
import org.permanence.code.PlacementType;
import org.permanence.code.ReasonEpisodeCeased;

/**
 * One adoption's timeliness: the days from entering care to moving in with the adoptive family,
 * and the days from the court's authority to place to the match with the family.
 *
 * <p>The period of care is the one that ended in the adoption ({@code REC} {@code E11} or {@code
 * E12}), from its start to its end ({@code DEC}, the adoption date). The child moved in on the
 * start of the period's first episode placed for adoption ({@code PLACE} {@code A3} to {@code
 * A6}); with none, the child was adopted by its foster carers, and the move is counted to the
 * adoption date. The authority is the start of the period's first episode with legal status
 * {@code E1} (placement order granted); the match is {@code DATE_MATCH} of the child's adoption
 * record. A match made before the authority counts as 0 days.
 *
 * <p>For example, a child in care from 2023-06-20, with a placement order from 2023-07-10, matched
 * on 2023-08-15 and placed for adoption on 2023-09-01, took 73 days from entry to placement and 36
 * days from authority to match.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AdoptionTimeliness {

  AdoptionTimeliness() {}

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AdoptionTimeliness}; each attribute may be set once. */
  static final class Builder extends ImmutableAdoptionTimeliness.Builder {
    Builder() {}
  }

  /**
   * Returns the child.
   *
   * @return the child's identifier
   */
  public abstract ChildId childId();

  /**
   * Returns the start of the period of care that ended in adoption ({@code DECOM} of its first
   * episode).
   *
   * @return the first day in care
   */
  public abstract LocalDate periodStart();

  /**
   * Returns the adoption date: the period's end ({@code DEC} of its last episode), the first day
   * out of care.
   *
   * @return the adoption date
   */
  public abstract LocalDate adoptionDate();

  /**
   * Returns why the period ended: {@code E11} (adoption unopposed) or {@code E12} (consent
   * dispensed with by the court).
   *
   * @return the reason
   */
  public abstract ReasonEpisodeCeased reason();

  /**
   * Returns the start of the period's first episode placed for adoption ({@code PLACE} {@code A3},
   * {@code A4}, {@code A5} or {@code A6}), or empty if the child never was: an adoption by the
   * child's foster carers.
   *
   * @return the date placed for adoption, or empty
   */
  public abstract Optional<LocalDate> placedForAdoption();

  /** The placement of the episode that began on {@link #placedForAdoption()}, for explaining. */
  abstract Optional<PlacementType> adoptivePlacement();

  /**
   * Returns the start of the period's first episode with legal status {@code E1} (placement order
   * granted), the court's authority to place, or empty if the period has none.
   *
   * @return the date of the authority, or empty
   */
  public abstract Optional<LocalDate> authority();

  /**
   * Returns the date the child was matched with the adoptive family ({@code DATE_MATCH} of the
   * child's adoption record), or empty if the child has no record or the record no match date.
   *
   * @return the match date, or empty
   */
  public abstract Optional<LocalDate> match();

  /**
   * Returns the day the child moved in with the adoptive family: {@link #placedForAdoption()}, or
   * the adoption date for an adoption by the child's foster carers.
   *
   * @return the move-in date
   */
  public LocalDate movedIn() {
    return placedForAdoption().orElse(adoptionDate());
  }

  /**
   * Returns the days from entering care to moving in with the adoptive family: {@code movedIn -
   * periodStart}. In care from 2023-06-20 and placed for adoption on 2023-09-01 is 73 days.
   *
   * @return the days, zero or more
   */
  public long entryToPlacementDays() {
    return movedIn().toEpochDay() - periodStart().toEpochDay();
  }

  /**
   * Tells whether the child was adopted by its foster carers: never placed for adoption in the
   * period.
   *
   * @return true when {@link #placedForAdoption()} is empty
   */
  boolean isFosterCarerAdoption() {
    return placedForAdoption().isEmpty();
  }

  /**
   * Returns the days from the court's authority to place to the match, when both are known: {@code
   * match - authority}, or 0 when the match came first (as the scorecard counts it). An authority
   * on 2023-07-10 and a match on 2023-08-15 is 36 days; a match on 2023-07-01 is 0 days.
   *
   * @return the days, zero or more, or empty
   */
  public Optional<Long> authorityToMatchDays() {
    if (authority().isEmpty() || match().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Math.max(0, match().get().toEpochDay() - authority().get().toEpochDay()));
  }

  /**
   * Explains the figures in one line, such as {@code C000002: in care 2023-06-20, placed for
   * adoption 2023-09-01 (A6): 73 days; authority 2023-07-10, matched 2023-08-15: 36 days; adopted
   * 2024-06-02 (E11)}.
   *
   * @return the explanation
   */
  public String explain() {
    StringBuilder text = new StringBuilder(160).append(childId()).append(": in care ").append(periodStart());
    if (placedForAdoption().isPresent()) {
      text.append(", placed for adoption ").append(placedForAdoption().get());
      adoptivePlacement().ifPresent(place -> text.append(" (").append(place.code()).append(')'));
    } else {
      text.append(", adopted by the foster carers ").append(adoptionDate()).append(" (never placed for adoption)");
    }
    text.append(": ").append(entryToPlacementDays()).append(" days; ");
    if (authority().isEmpty()) {
      text.append("no placement order (E1)");
      match().ifPresent(match -> text.append(", matched ").append(match));
      text.append(": no authority to match");
    } else {
      text.append("authority ").append(authority().get());
      if (match().isEmpty()) {
        text.append(", no match date: no authority to match");
      } else {
        text.append(", matched ").append(match().get());
        if (match().get().isBefore(authority().get())) {
          text.append(" (before the authority, counted as 0)");
        }
        text.append(": ").append(authorityToMatchDays().get()).append(" days");
      }
    }
    return text.append("; adopted ").append(adoptionDate()).append(" (").append(reason().code()).append(')')
        .toString();
  }

  @Value.Check
  void check() {
    if (reason() != ReasonEpisodeCeased.E11 && reason() != ReasonEpisodeCeased.E12) {
      throw new IllegalArgumentException("reason must be E11 or E12 (adopted), not " + reason().code());
    }
    if (adoptionDate().isBefore(periodStart())) {
      throw new IllegalArgumentException("the adoption date " + adoptionDate()
          + " must not be before the start of the period of care " + periodStart());
    }
    within("placedForAdoption", placedForAdoption());
    within("authority", authority());
    if (placedForAdoption().isPresent() != adoptivePlacement().isPresent()
        || !adoptivePlacement().map(PlacementType::isPlacedForAdoption).orElse(true)) {
      throw new IllegalArgumentException(
          "a date placed for adoption must come with its placement, one of A3, A4, A5 and A6");
    }
  }

  /** A date of an episode of the period falls between the period's start and its end. */
  private void within(String name, Optional<LocalDate> date) {
    if (date.isPresent() && (date.get().isBefore(periodStart()) || date.get().isAfter(adoptionDate()))) {
      throw new IllegalArgumentException(name + " " + date.get() + " must be within the period of care, from "
          + periodStart() + " to the adoption date " + adoptionDate() + ", both included");
    }
  }
}
