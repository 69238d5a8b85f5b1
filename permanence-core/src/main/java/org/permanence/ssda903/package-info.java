/**
 * Reading the DfE's SSDA903 CSV files (header and episodes) into {@link
 * org.permanence.care.CareData}: {@link org.permanence.ssda903.Ssda903Files} for the strict
 * one-liner, {@link org.permanence.ssda903.Ssda903Reader} for strict or lenient reading with
 * every problem and every rejected row.
 *
 * <p>This package and {@link org.permanence.input} are the only ones in core that touch files;
 * the calculation packages never import them, so a service that holds its data elsewhere can
 * build {@link org.permanence.care.CareHistory} values itself and use every calculation.
 */
@ValueStyle
package org.permanence.ssda903;

import org.permanence.ValueStyle;
