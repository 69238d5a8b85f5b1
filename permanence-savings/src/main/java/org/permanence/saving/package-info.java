/**
 * Exit savings: {@link org.permanence.saving.ExitSavingsCalculator} prices each exit as the
 * placement cost it avoided over a horizon, net of the support paid after it, by financial year
 * and, with a discount rate, at present value. Every {@link org.permanence.saving.ExitSaving}
 * explains itself: the avoided cost's segments, the support's segments, and the discount of each
 * year.
 */
@ValueStyle
package org.permanence.saving;

import org.permanence.ValueStyle;
