/**
 * The duration-reduction scenario: had each period of care that ended in a window ended some
 * weeks sooner, what would its last weeks of placement have cost?
 * {@link org.permanence.reduction.DurationReductionCalculator} answers it for a number of weeks,
 * and finds the fewest whole weeks that save at least a target amount. Every
 * {@link org.permanence.reduction.DurationReduction} gives the cohort's mean days in care before
 * and after, so that the answer reads like the target it serves: "6 weeks shorter: £180,000".
 */
@ValueStyle
package org.permanence.reduction;

import org.permanence.ValueStyle;
