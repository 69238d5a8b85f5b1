/**
 * Support after exit: a {@link org.permanence.support.SupportCard} of weekly allowances (a
 * special guardianship allowance, say) and one-off costs, by route, age and effective date, which
 * an exit's saving is net of. {@link org.permanence.support.SupportCards} reads one from CSV.
 */
@ValueStyle
package org.permanence.support;

import org.permanence.ValueStyle;
