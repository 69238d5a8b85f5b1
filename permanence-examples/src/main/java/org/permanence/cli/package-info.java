/**
 * The {@code permanence} command-line tool: {@link org.permanence.cli.PermanenceCommand} and its
 * commands ({@code durations}, {@code generate}), each with {@code --help}.
 *
 * <p>Exit codes: 0 success; 2 invalid input or usage, with every problem on standard error and
 * nothing written; 1 anything else. Output CSVs are UTF-8 with {@code \n} line ends, and text
 * cells are guarded against spreadsheet formula injection.
 */
package org.permanence.cli;
