package org.permanence.care;

/**
 * Whether short-break care (legal status V3 or V4) is counted.
 *
 * <p>Short breaks are not periods of care: the DfE leaves them out of its figures, and so does
 * every calculation of the library by default.
 */
public enum ShortBreaks {
  /** Leave V3 and V4 episodes out before linking episodes into periods of care (the default). */
  EXCLUDE,
  /** Keep V3 and V4 episodes, treating them like any other episode. */
  INCLUDE
}
