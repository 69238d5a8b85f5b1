/**
 * Reference data for placement costs: {@link org.permanence.rate.RateCard} (rows of weekly costs
 * by placement, provider, age band and effective date, with the rule that picks one), {@link
 * org.permanence.rate.RateRow} and {@link org.permanence.rate.PlacePattern}.
 *
 * <p>Amounts are exact {@link java.math.BigDecimal} pounds a week; a day costs a seventh of the
 * week, with no rounding until a result is shown.
 */
@ValueStyle
package org.permanence.rate;

import org.permanence.ValueStyle;
