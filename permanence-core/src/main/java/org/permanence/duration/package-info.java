/**
 * Time in care: {@link org.permanence.duration.DurationCalculator} (stateless, with a {@code
 * DEFAULT} instance) gives {@link org.permanence.duration.PeriodDuration}s that explain
 * themselves, and {@link org.permanence.duration.CohortDurations} for the periods that ended in a
 * window (count, mean and median days).
 */
@ValueStyle
package org.permanence.duration;

import org.permanence.ValueStyle;
