/**
 * Targets a council sets itself, read from a targets file, and the status of each at an as-at
 * date: {@code met}, {@code on track} or {@code behind} in the year under way, {@code met} or
 * {@code missed} for a year gone.
 */
@ValueStyle
package org.permanence.targets;

import org.permanence.ValueStyle;
