/**
 * Reading input files, the library's boundary with the file system: {@link
 * org.permanence.input.InputFile}, {@link org.permanence.input.CsvInput}, {@link
 * org.permanence.input.DateText}, and {@link org.permanence.input.InputProblem} (file, line,
 * column, value, expected) collected into {@link org.permanence.input.InvalidInputException}.
 *
 * <p>Only this package and {@link org.permanence.ssda903} touch files; the calculation packages
 * take values and never do IO.
 */
@ValueStyle
package org.permanence.input;

import org.permanence.ValueStyle;
