package org.permanence.code;

import java.util.Optional;

/**
 * The type of a placement (SSDA903 field {@code PLACE}).
 *
 * <p>Holds every code valid in any collection year since 2017-18, so a history file that spans
 * years reads: {@link #H5} and {@link #P2} (dropped in 2025-26), {@link #K3} (new in 2024-25),
 * and {@link #Z1} alongside its 2025-26 replacements {@link #Z11} to {@link #Z14}.
 */
public enum PlacementType implements Ssda903Code {
  /** Placed for adoption with parental consent with current foster carer. */
  A3("A3", "Placed for adoption with parental consent with current foster carer"),
  /** Placed for adoption with parental consent not with current foster carer. */
  A4("A4", "Placed for adoption with parental consent not with current foster carer"),
  /** Placed for adoption with a placement order with current foster carer. */
  A5("A5", "Placed for adoption with a placement order with current foster carer"),
  /** Placed for adoption with a placement order not with current foster carer. */
  A6("A6", "Placed for adoption with a placement order not with current foster carer"),
  /** Semi-independent living accommodation not subject to children's homes regulations. */
  H5("H5", "Semi-independent living accommodation not subject to children's homes regulations"),
  /** Secure children's home. */
  K1("K1", "Secure children's home"),
  /** Children's home. */
  K2("K2", "Children's home"),
  /** Supported accommodation for young people aged 16 and over. */
  K3("K3", "Supported accommodation for young people aged 16 and over"),
  /** Placed with own parents or other person with parental responsibility. */
  P1("P1", "Placed with own parents or other person with parental responsibility"),
  /** Independent living. */
  P2("P2", "Independent living"),
  /** Residential employment. */
  P3("P3", "Residential employment"),
  /** Residential care home. */
  R1("R1", "Residential care home"),
  /** NHS or health trust or other establishment providing medical or nursing care. */
  R2("R2", "NHS or health trust or other establishment providing medical or nursing care"),
  /** Family centre or mother and baby unit. */
  R3("R3", "Family centre or mother and baby unit"),
  /** Young offender institution or prison. */
  R5("R5", "Young offender institution or prison"),
  /** Residential school. */
  S1("S1", "Residential school"),
  /** Temporary placement: all types of temporary move. */
  T0("T0", "Temporary placement: all types of temporary move"),
  /** Temporary periods in hospital. */
  T1("T1", "Temporary periods in hospital"),
  /** Temporary absences of the child on holiday. */
  T2("T2", "Temporary absences of the child on holiday"),
  /** Temporary accommodation whilst normal foster carer is on holiday. */
  T3("T3", "Temporary accommodation whilst normal foster carer is on holiday"),
  /** Temporary accommodation of seven days or less. */
  T4("T4", "Temporary accommodation of seven days or less"),
  /** Foster placement with relative or friend, long term fostering. */
  U1("U1", "Foster placement with relative or friend, long term fostering"),
  /** Foster placement with relative or friend who is also an approved adopter, fostering for adoption or concurrent planning. */
  U2("U2", "Foster placement with relative or friend who is also an approved adopter, fostering for adoption or concurrent planning"),
  /** Foster placement with relative or friend, not long term or fostering for adoption. */
  U3("U3", "Foster placement with relative or friend, not long term or fostering for adoption"),
  /** Foster placement with other foster carer, long term fostering. */
  U4("U4", "Foster placement with other foster carer, long term fostering"),
  /** Foster placement with other foster carer who is also an approved adopter, fostering for adoption or concurrent planning. */
  U5("U5", "Foster placement with other foster carer who is also an approved adopter, fostering for adoption or concurrent planning"),
  /** Foster placement with other foster carer, not long term or fostering for adoption. */
  U6("U6", "Foster placement with other foster carer, not long term or fostering for adoption"),
  /** Other placement. */
  Z1("Z1", "Other placement"),
  /** Other placement (2025-26 onward, first category). */
  Z11("Z11", "Other placement (2025-26 onward, first category)"),
  /** Other placement (2025-26 onward, second category). */
  Z12("Z12", "Other placement (2025-26 onward, second category)"),
  /** Other placement (2025-26 onward, third category). */
  Z13("Z13", "Other placement (2025-26 onward, third category)"),
  /** Other placement (2025-26 onward, fourth category). */
  Z14("Z14", "Other placement (2025-26 onward, fourth category)");

  private static final CodeLookup<PlacementType> LOOKUP = new CodeLookup<>(PlacementType.class, "placement type (PLACE)");

  private final String code;
  private final String description;

  PlacementType(String code, String description) {
    this.code = code;
    this.description = description;
  }

  /**
   * Returns the constant for a code, such as {@code "A3"}.
   *
   * @param code the code exactly as the DfE writes it (case-sensitive)
   * @return the constant
   * @throws IllegalArgumentException if the code is not in the list; the message lists the valid codes
   */
  public static PlacementType of(String code) {
    return LOOKUP.of(code);
  }

  /**
   * Finds the constant for a code, or empty if the code is not in the list.
   *
   * @param code the code exactly as the DfE writes it (case-sensitive); any character sequence,
   *     so a reader can look a code up in its buffer without making a string
   * @return the constant, or empty
   */
  public static Optional<PlacementType> find(CharSequence code) {
    return LOOKUP.find(code);
  }

  /**
   * Returns the valid codes of this list, comma-separated, for messages.
   *
   * @return the codes in declaration order
   */
  public static String validCodes() {
    return LOOKUP.validCodes();
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String description() {
    return description;
  }

  /**
   * Tells whether this placement is a placement for adoption ({@link #A3} to {@link #A6}).
   *
   * @return true for A3, A4, A5 and A6
   */
  public boolean isPlacedForAdoption() {
    return this == A3 || this == A4 || this == A5 || this == A6;
  }
}
