package org.permanence.ssda903;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An input row that lenient reading left out, with the reason.
 *
 * <p>The cells are the row as read, for the rejects file a user corrects and reloads; they may
 * hold personal data, so a rejected row is data to be written to a file, not a message to print.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RejectedRow {

  RejectedRow() {}

  static RejectedRow of(String file, long line, Optional<String> child, String reason, List<String> cells) {
    return ImmutableRejectedRow.builder()
        .file(file)
        .line(line)
        .child(child)
        .reason(reason)
        .addAllCells(cells)
        .build();
  }

  /**
   * Returns the name of the file the row came from.
   *
   * @return the file name
   */
  public abstract String file();

  /**
   * Returns the physical line on which the row starts, the header being line 1.
   *
   * @return the line number
   */
  public abstract long line();

  /**
   * Returns the child the row belongs to, as written, if it names one.
   *
   * @return the child identifier, or empty
   */
  public abstract Optional<String> child();

  /**
   * Returns why the row was left out: its own problems, or the problem of another row of the
   * same child (a child is loaded whole or not at all).
   *
   * @return the reason
   */
  public abstract String reason();

  /**
   * Returns the row's cells as read, in file order.
   *
   * @return the cells
   */
  @Value.Redacted
  public abstract List<String> cells();
}
