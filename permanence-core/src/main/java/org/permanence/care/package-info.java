/**
 * Facts of care: {@link org.permanence.care.Episode} (a row of the SSDA903 episodes file), {@link
 * org.permanence.care.CareHistory} (one child's validated episodes), {@link
 * org.permanence.care.PeriodOfCare} (episodes linked from entering care to leaving it) and {@link
 * org.permanence.care.CareData} (many children).
 *
 * <p>Every range is half-open: an episode runs {@code [DECOM, DEC)}, and an open episode runs to
 * the end of the caller's as-at date. The package does no IO and never reads the clock.
 */
@ValueStyle
package org.permanence.care;

import org.permanence.ValueStyle;
