/**
 * Adoption timeliness, as on the adoption scorecard: for each child adopted in a window, the days
 * from entering care to moving in with the adoptive family, and the days from the court's
 * authority to place to the match with the family.
 *
 * <p>{@link org.permanence.adoption.AdoptionRecords} reads the optional adoption file into
 * {@link org.permanence.adoption.AdoptionRecord}s (the match date of each child);
 * {@link org.permanence.adoption.AdoptionTimelinessCalculator} (stateless, with a {@code DEFAULT}
 * instance) gives an {@link org.permanence.adoption.AdoptionTimeliness} for each adoption, which
 * explains itself; and {@link org.permanence.adoption.AdoptionAverages} gives the means over a
 * window and compares them with the national thresholds.
 */
@ValueStyle
package org.permanence.adoption;

import org.permanence.ValueStyle;
