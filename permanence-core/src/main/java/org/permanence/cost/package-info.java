/**
 * Placement costs: {@link org.permanence.cost.PlacementCostCalculator} turns care histories and a
 * {@link org.permanence.rate.RateCard} into exact pounds per child per financial year, each
 * {@link org.permanence.cost.PlacementCost} carrying the {@link org.permanence.cost.CostSegment}s
 * it adds up, so that every figure can be followed back to the rate row it used.
 *
 * <p>A stay is split wherever its rate can change (a row's effective date, a birthday, 1 April,
 * the window's edges, the 18th birthday) and each segment costs {@code weekly * days / 7}
 * exactly; amounts are rounded to pence only when shown ({@link org.permanence.money.Pence}).
 */
@ValueStyle
package org.permanence.cost;

import org.permanence.ValueStyle;
