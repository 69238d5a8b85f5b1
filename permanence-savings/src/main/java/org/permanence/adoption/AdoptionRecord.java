package org.permanence.adoption;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.permanence.child.ChildId;

/**
 * One child's row of the adoption file, as in the SSDA903 adoption table: the decision that the
 * child should be placed for adoption ({@code DATE_INT}) and the match with the adoptive family
 * ({@code DATE_MATCH}), each if recorded.
 *
 * <p>Only the match date is used, to measure the days from the court's authority to place to the
 * match; the decision date is read and checked, and kept for the record. A child whose adoption
 * was decided on 1 June 2023 and who was matched on 15 August 2023 has the record {@code
 * AdoptionRecord.of(ChildId.of("C000002"), Optional.of(LocalDate.of(2023, 6, 1)),
 * Optional.of(LocalDate.of(2023, 8, 15)))}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AdoptionRecord {

  AdoptionRecord() {}

  /**
   * Returns a child's adoption record.
   *
   * @param child the child
   * @param decision the date of the decision that the child should be placed for adoption
   *     ({@code DATE_INT}), or empty if not recorded
   * @param match the date the child was matched with the adoptive family ({@code DATE_MATCH}), or
   *     empty if not recorded
   * @return the record
   */
  public static AdoptionRecord of(ChildId child, Optional<LocalDate> decision, Optional<LocalDate> match) {
    return ImmutableAdoptionRecord.builder().childId(child).decisionDate(decision).matchDate(match).build();
  }

  /**
   * Returns the child.
   *
   * @return the child's identifier
   */
  public abstract ChildId childId();

  /**
   * Returns the date of the decision that the child should be placed for adoption ({@code
   * DATE_INT}), if recorded. No calculation uses it.
   *
   * @return the decision date, or empty
   */
  public abstract Optional<LocalDate> decisionDate();

  /**
   * Returns the date the child was matched with the adoptive family ({@code DATE_MATCH}), if
   * recorded.
   *
   * @return the match date, or empty
   */
  public abstract Optional<LocalDate> matchDate();
}
