/**
 * The exits pipeline: exits planned for children still in care, priced as exits on their planned
 * dates from the placements the children are in, and the projection of a year's exits and
 * savings at a target date: low (scheduled exits only) and high (every assessment succeeds).
 */
@ValueStyle
package org.permanence.pipeline;

import org.permanence.ValueStyle;
