package org.permanence.examples.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.permanence.code.LegalStatus;
import org.permanence.code.PlacementProvider;
import org.permanence.code.PlacementType;
import org.permanence.code.ReasonEpisodeCeased;
import org.permanence.code.ReasonForPlacementChange;

/**
 * One period of care as it is being invented: a run of stays, each with one legal status and one
 * placement, and possibly an end.
 *
 * <p>A path is drawn freely, even past the 18th birthday or the as-at date; {@link SampleChild}
 * cuts it to what an extract at the as-at date would hold when it turns the stays into episodes.
 * The reason for a new episode ({@code RNE}) is not stored: it follows from what changed between
 * two stays.
 *
 * <p>This class is mutable and not thread-safe; it lives inside the generation of one child.
 */
final class CarePath {

  /**
   * Where and with whom a child lives: the placement type and provider, an identity for the carer
   * (so a change of placement type with the same carer can be told from a move), and the
   * placement's postcode and Ofsted URN, empty where the DfE records none.
   */
  record Placement(
      PlacementType type, PlacementProvider provider, int carer, String postcode, String urn) {

    /**
     * Returns the same carer under another placement type, as when foster carers become
     * long-term carers or adopters.
     */
    Placement regraded(PlacementType newType, String newUrn) {
      return new Placement(newType, provider, carer, postcode, newUrn);
    }

    boolean isTemporary() {
      return isTemporary(type);
    }

    static boolean isTemporary(PlacementType type) {
      return type.code().charAt(0) == 'T';
    }

    boolean isFoster() {
      return type.code().charAt(0) == 'U';
    }
  }

  /** A stretch with one legal status and one placement, from its first day. */
  static final class Stay {
    final LocalDate start;
    final LegalStatus status;
    final Placement placement;
    /** Why the child left this placement, when the next stay is a move; null otherwise. */
    ReasonForPlacementChange leaving;

    Stay(LocalDate start, LegalStatus status, Placement placement) {
      this.start = start;
      this.status = status;
      this.placement = placement;
    }
  }

  private final List<Stay> stays = new ArrayList<>(8);
  private LocalDate cursor;
  private LocalDate end;
  private ReasonEpisodeCeased reasonEnded;

  CarePath(LocalDate start, LegalStatus status, Placement placement) {
    this.cursor = start;
    stays.add(new Stay(start, status, placement));
  }

  List<Stay> stays() {
    return stays;
  }

  /** The day the story has reached: the next change happens on it. */
  LocalDate cursor() {
    return cursor;
  }

  LegalStatus status() {
    return last().status;
  }

  Placement placement() {
    return last().placement;
  }

  /** The planned end (the first day out of care), or null while the path runs on. */
  LocalDate end() {
    return end;
  }

  /** The planned reason for ending, or null while the path runs on. */
  ReasonEpisodeCeased reasonEnded() {
    return reasonEnded;
  }

  void advance(long days) {
    cursor = cursor.plusDays(days);
  }

  void advanceTo(LocalDate date) {
    if (date.isAfter(cursor)) {
      cursor = date;
    }
  }

  /** A new legal status from the cursor, in the same placement ({@code RNE L}). */
  void changeStatus(LegalStatus status) {
    stays.add(new Stay(cursor, status, placement()));
  }

  /** A move to another placement from the cursor ({@code RNE P}, or {@code T} with the same carer). */
  void move(Placement placement, ReasonForPlacementChange why) {
    last().leaving = why;
    stays.add(new Stay(cursor, status(), placement));
  }

  /** A move and a new legal status on the same day ({@code RNE B}, or {@code U} with the same carer). */
  void moveWithStatus(Placement placement, LegalStatus status, ReasonForPlacementChange why) {
    last().leaving = why;
    stays.add(new Stay(cursor, status, placement));
  }

  /** The same carer under another placement type ({@code RNE T}). */
  void regrade(PlacementType type, String urn, ReasonForPlacementChange why) {
    move(placement().regraded(type, urn), why);
  }

  /** Ends the period at the cursor: the cursor is the first day out of care. */
  void end(ReasonEpisodeCeased reason) {
    end = cursor;
    reasonEnded = reason;
  }

  private Stay last() {
    return stays.get(stays.size() - 1);
  }
}
