package org.permanence.testkit;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.permanence.code.CategoryOfNeed;
import org.permanence.code.LegalStatus;
import org.permanence.code.PlacementProvider;
import org.permanence.code.PlacementType;
import org.permanence.code.ReasonEpisodeCeased;
import org.permanence.code.ReasonForNewEpisode;
import org.permanence.code.ReasonForPlacementChange;

/**
 * Code combinations a council's SSDA903 return could plausibly hold, chosen by whole numbers.
 *
 * <p>The rules follow DOMAIN.md section 1 loosely: placement-order placements (A5, A6) under
 * legal status E1, consent placements (A3, A4) under V2 or C2, no provider for T0-T3 and Z11-Z14,
 * PR0 only with P1, K3 from 2024-25, H5, P2 and Z1 before 2025-26 and Z11-Z14 from it, adoption
 * endings from adoptive or fostering-for-adoption placements, and special guardianship to former
 * foster carers from foster placements. The first choice of each list is the most common value,
 * so shrinking leads to an ordinary history.
 */
final class PlausibleCodes {

  private static final LocalDate YEAR_2024_25 = LocalDate.of(2024, 4, 1);
  private static final LocalDate YEAR_2025_26 = LocalDate.of(2025, 4, 1);

  private static final Set<PlacementType> TEMPORARY =
      EnumSet.of(
          PlacementType.T0, PlacementType.T1, PlacementType.T2, PlacementType.T3, PlacementType.T4);
  private static final Set<PlacementType> NO_PROVIDER =
      EnumSet.of(
          PlacementType.T0,
          PlacementType.T1,
          PlacementType.T2,
          PlacementType.T3,
          PlacementType.Z11,
          PlacementType.Z12,
          PlacementType.Z13,
          PlacementType.Z14);
  private static final Set<PlacementType> RELATIVE_FOSTERING =
      EnumSet.of(PlacementType.U1, PlacementType.U2, PlacementType.U3);
  private static final Set<PlacementType> OTHER_FOSTERING =
      EnumSet.of(PlacementType.U4, PlacementType.U5, PlacementType.U6);
  private static final Set<LegalStatus> REMAND =
      EnumSet.of(LegalStatus.J1, LegalStatus.J2, LegalStatus.J3);

  private static final WeightedChoice<LegalStatus> ENTRY_STATUSES =
      new WeightedChoice<LegalStatus>()
          .add(LegalStatus.V2, 5)
          .add(LegalStatus.C1, 4)
          .add(LegalStatus.L1, 1)
          .add(LegalStatus.L2, 1)
          .add(LegalStatus.L3, 1)
          .add(LegalStatus.J1, 1)
          .add(LegalStatus.J2, 1)
          .add(LegalStatus.C2, 1);

  private static final WeightedChoice<ReasonForNewEpisode> CONTINUATIONS =
      new WeightedChoice<ReasonForNewEpisode>()
          .add(ReasonForNewEpisode.P, 4)
          .add(ReasonForNewEpisode.L, 2)
          .add(ReasonForNewEpisode.T, 1)
          .add(ReasonForNewEpisode.U, 1)
          .add(ReasonForNewEpisode.B, 1);

  private static final WeightedChoice<CategoryOfNeed> NEEDS =
      new WeightedChoice<CategoryOfNeed>()
          .add(CategoryOfNeed.N1, 6)
          .add(CategoryOfNeed.N4, 2)
          .add(CategoryOfNeed.N5, 2)
          .add(CategoryOfNeed.N8, 2)
          .add(CategoryOfNeed.N2, 1)
          .add(CategoryOfNeed.N3, 1)
          .add(CategoryOfNeed.N6, 1)
          .add(CategoryOfNeed.N7, 1);

  private static final WeightedChoice<ReasonForPlacementChange> PLACEMENT_CHANGES =
      new WeightedChoice<ReasonForPlacementChange>()
          .add(ReasonForPlacementChange.CARPL, 4)
          .add(ReasonForPlacementChange.CREQB, 2)
          .add(ReasonForPlacementChange.CREQO, 1)
          .add(ReasonForPlacementChange.CLOSE, 1)
          .add(ReasonForPlacementChange.ALLEG, 1)
          .add(ReasonForPlacementChange.STAND, 1)
          .add(ReasonForPlacementChange.APPRR, 1)
          .add(ReasonForPlacementChange.CHILD, 1)
          .add(ReasonForPlacementChange.LAREQ, 1)
          .add(ReasonForPlacementChange.PLACE, 1)
          .add(ReasonForPlacementChange.CUSTOD, 1)
          .add(ReasonForPlacementChange.OTHER, 1);

  private static final WeightedChoice<ReasonEpisodeCeased> AT_ADULTHOOD =
      new WeightedChoice<ReasonEpisodeCeased>()
          .add(ReasonEpisodeCeased.E17, 3)
          .add(ReasonEpisodeCeased.E5, 2)
          .add(ReasonEpisodeCeased.E6, 1)
          .add(ReasonEpisodeCeased.E7, 1)
          .add(ReasonEpisodeCeased.E8, 1);

  private static final WeightedChoice<ReasonEpisodeCeased> SHORT_BREAK_ENDS =
      new WeightedChoice<ReasonEpisodeCeased>()
          .add(ReasonEpisodeCeased.E4A, 3)
          .add(ReasonEpisodeCeased.E13, 1)
          .add(ReasonEpisodeCeased.E8, 1);

  private static final WeightedChoice<PlacementType> SHORT_BREAK_PLACEMENTS =
      new WeightedChoice<PlacementType>()
          .add(PlacementType.K2, 2)
          .add(PlacementType.U6, 2)
          .add(PlacementType.U4, 1)
          .add(PlacementType.R1, 1);

  private static final WeightedChoice<CategoryOfNeed> SHORT_BREAK_NEEDS =
      new WeightedChoice<CategoryOfNeed>().add(CategoryOfNeed.N2, 4).add(CategoryOfNeed.N4, 1);

  private PlausibleCodes() {}

  static boolean isTemporary(PlacementType placement) {
    return TEMPORARY.contains(placement);
  }

  static LegalStatus entryStatus(int choice) {
    return ENTRY_STATUSES.pick(choice);
  }

  static ReasonForNewEpisode continuation(int choice) {
    return CONTINUATIONS.pick(choice);
  }

  static CategoryOfNeed need(int choice) {
    return NEEDS.pick(choice);
  }

  static ReasonForPlacementChange placementChange(int choice) {
    return PLACEMENT_CHANGES.pick(choice);
  }

  static ReasonEpisodeCeased atAdulthood(int choice) {
    return AT_ADULTHOOD.pick(choice);
  }

  static ReasonEpisodeCeased shortBreakEnd(int choice) {
    return SHORT_BREAK_ENDS.pick(choice);
  }

  static PlacementType shortBreakPlacement(int choice) {
    return SHORT_BREAK_PLACEMENTS.pick(choice);
  }

  static CategoryOfNeed shortBreakNeed(int choice) {
    return SHORT_BREAK_NEEDS.pick(choice);
  }

  /**
   * A legal status that may follow {@code from}, or empty when none fits a placement that stays
   * unchanged.
   */
  static Optional<LegalStatus> changedStatus(
      LegalStatus from, int choice, Optional<PlacementType> keptPlacement) {
    WeightedChoice<LegalStatus> next = new WeightedChoice<>();
    switch (from) {
      case V2 -> next.add(LegalStatus.C1, 2).add(LegalStatus.C2, 1);
      case C1 -> next.add(LegalStatus.C2, 3).add(LegalStatus.V2, 1);
      case C2 -> next.add(LegalStatus.E1, 2).add(LegalStatus.J1, 1);
      case E1, D1 -> next.add(LegalStatus.C2, 1);
      case L1 -> next.add(LegalStatus.C1, 2).add(LegalStatus.V2, 1).add(LegalStatus.L2, 1);
      case L2, L3 -> next.add(LegalStatus.C1, 2).add(LegalStatus.V2, 1);
      case J1 -> next.add(LegalStatus.V2, 1).add(LegalStatus.C1, 1).add(LegalStatus.J3, 1);
      case J2 -> next.add(LegalStatus.J1, 1).add(LegalStatus.V2, 1);
      case J3 -> next.add(LegalStatus.V2, 1).add(LegalStatus.C2, 1);
      case V3, V4 -> next.add(LegalStatus.V2, 1);
      default -> throw new IllegalStateException("no successor listed for " + from);
    }
    if (keptPlacement.isEmpty()) {
      return Optional.of(next.pick(choice));
    }
    WeightedChoice<LegalStatus> fitting = new WeightedChoice<>();
    for (LegalStatus status : LegalStatus.values()) {
      if (next.contains(status) && fits(status, keptPlacement.get())) {
        fitting.add(status, 1);
      }
    }
    return fitting.isEmpty() ? Optional.empty() : Optional.of(fitting.pick(choice));
  }

  private static boolean fits(LegalStatus status, PlacementType placement) {
    return switch (placement) {
      case A5, A6 -> status == LegalStatus.E1;
      case A3, A4 -> status == LegalStatus.V2 || status == LegalStatus.C2;
      default -> true;
    };
  }

  /** Tells whether a placement code is in use in the collection year of a date. */
  static boolean inUse(PlacementType placement, LocalDate date) {
    return switch (placement) {
      case K3 -> !date.isBefore(YEAR_2024_25);
      case H5, P2, Z1 -> date.isBefore(YEAR_2025_26);
      case Z11, Z12, Z13, Z14 -> !date.isBefore(YEAR_2025_26);
      default -> true;
    };
  }

  /** The placements open to a child of the given age under a legal status, from a start date. */
  static WeightedChoice<PlacementType> placements(
      LegalStatus status, LocalDate start, int age, boolean temporaryAllowed) {
    WeightedChoice<PlacementType> list =
        new WeightedChoice<PlacementType>()
            .add(PlacementType.U6, 5)
            .add(PlacementType.U4, 4)
            .add(PlacementType.U3, 3)
            .add(PlacementType.K2, 3)
            .add(PlacementType.U1, 2)
            .add(PlacementType.P1, 2)
            .add(PlacementType.U5, 1)
            .add(PlacementType.U2, 1)
            .add(PlacementType.R1, 1)
            .add(PlacementType.S1, 1)
            .add(PlacementType.R2, 1)
            .add(PlacementType.K1, 1);
    if (age < 2) {
      list.add(PlacementType.R3, 2);
    }
    if (age >= 16) {
      list.add(PlacementType.P3, 1);
      if (start.isBefore(YEAR_2025_26)) {
        list.add(PlacementType.H5, 2).add(PlacementType.P2, 1);
      }
      if (!start.isBefore(YEAR_2024_25)) {
        list.add(PlacementType.K3, 2);
      }
    }
    if (start.isBefore(YEAR_2025_26)) {
      list.add(PlacementType.Z1, 1);
    } else {
      list.add(PlacementType.Z11, 1)
          .add(PlacementType.Z12, 1)
          .add(PlacementType.Z13, 1)
          .add(PlacementType.Z14, 1);
    }
    if (REMAND.contains(status) && age >= 15) {
      list.add(PlacementType.R5, 2);
    }
    if (status == LegalStatus.E1) {
      list.add(PlacementType.A5, 3).add(PlacementType.A6, 4);
    }
    if (status == LegalStatus.V2 || status == LegalStatus.C2) {
      list.add(PlacementType.A3, 1).add(PlacementType.A4, 1);
    }
    if (temporaryAllowed) {
      for (PlacementType temporary : TEMPORARY) {
        list.add(temporary, 1);
      }
    }
    return list;
  }

  /**
   * The provider of a placement: none where the DfE records none, PR0 with parents, the same
   * provider when the carer stays and it fits, otherwise a plausible one.
   */
  static Optional<PlacementProvider> provider(
      PlacementType placement, int choice, Optional<PlacementProvider> sameCarer) {
    if (NO_PROVIDER.contains(placement)) {
      return Optional.empty();
    }
    if (placement == PlacementType.P1) {
      return Optional.of(PlacementProvider.PR0);
    }
    WeightedChoice<PlacementProvider> list = new WeightedChoice<>();
    switch (placement) {
      case A3, A4, A5, A6 ->
          list.add(PlacementProvider.PR1, 2)
              .add(PlacementProvider.PR5, 2)
              .add(PlacementProvider.PR2, 1);
      case K1 ->
          list.add(PlacementProvider.PR1, 1)
              .add(PlacementProvider.PR2, 1)
              .add(PlacementProvider.PR4, 1);
      case R2 -> list.add(PlacementProvider.PR3, 1);
      case R5 -> list.add(PlacementProvider.PR3, 1).add(PlacementProvider.PR4, 1);
      default ->
          list.add(PlacementProvider.PR1, 4)
              .add(PlacementProvider.PR4, 3)
              .add(PlacementProvider.PR5, 1)
              .add(PlacementProvider.PR2, 1)
              .add(PlacementProvider.PR3, 1);
    }
    if (sameCarer.isPresent() && list.contains(sameCarer.get())) {
      return sameCarer;
    }
    return Optional.of(list.pick(choice));
  }

  /** A reason that ends a period of care (never X1), fitting its last placement and the child. */
  static ReasonEpisodeCeased periodEnd(
      int choice, PlacementType lastPlacement, LegalStatus status, int ageAtEnd) {
    WeightedChoice<ReasonEpisodeCeased> list =
        new WeightedChoice<ReasonEpisodeCeased>()
            .add(ReasonEpisodeCeased.E4A, 5)
            .add(ReasonEpisodeCeased.E13, 2)
            .add(ReasonEpisodeCeased.E4B, 1)
            .add(ReasonEpisodeCeased.E8, 1)
            .add(ReasonEpisodeCeased.E3, 1)
            .add(ReasonEpisodeCeased.E41, 1)
            .add(ReasonEpisodeCeased.E47, 1)
            .add(ReasonEpisodeCeased.E48, 1)
            .add(ReasonEpisodeCeased.E16, 1)
            .add(ReasonEpisodeCeased.E2, 1);
    if (RELATIVE_FOSTERING.contains(lastPlacement)) {
      list.add(ReasonEpisodeCeased.E45, 3);
    }
    if (OTHER_FOSTERING.contains(lastPlacement)) {
      list.add(ReasonEpisodeCeased.E46, 3);
    }
    if (lastPlacement.isPlacedForAdoption()
        || lastPlacement == PlacementType.U2
        || lastPlacement == PlacementType.U5) {
      list.add(ReasonEpisodeCeased.E11, 5).add(ReasonEpisodeCeased.E12, 3);
    }
    if (ageAtEnd >= 16) {
      list.add(ReasonEpisodeCeased.E5, 2)
          .add(ReasonEpisodeCeased.E6, 1)
          .add(ReasonEpisodeCeased.E7, 1)
          .add(ReasonEpisodeCeased.E15, 1);
    }
    if (REMAND.contains(status)) {
      list.add(ReasonEpisodeCeased.E14, 3).add(ReasonEpisodeCeased.E9, 1);
    }
    return list.pick(choice);
  }
}
