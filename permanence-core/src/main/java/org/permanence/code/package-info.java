/**
 * The SSDA903 code lists, one enum each, carrying the DfE's code and a description: {@link
 * org.permanence.code.LegalStatus}, {@link org.permanence.code.ReasonForNewEpisode}, {@link
 * org.permanence.code.PlacementType}, {@link org.permanence.code.PlacementProvider}, {@link
 * org.permanence.code.ReasonEpisodeCeased}, {@link org.permanence.code.CategoryOfNeed}, {@link
 * org.permanence.code.ReasonForPlacementChange} and {@link org.permanence.code.Sex}.
 *
 * <p>Each list holds every code valid in any collection year since 2017-18, so a history file
 * that spans years reads. {@code of(String)} fails with the list of valid codes; {@code
 * find(String)} returns an empty {@code Optional} instead.
 */
package org.permanence.code;
