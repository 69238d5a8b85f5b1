package org.permanence.ssda903;

import java.nio.file.Path;
import org.permanence.care.CareData;
import org.permanence.input.InvalidInputException;

/**
 * The shortest way to read a council's SSDA903 extract: strictly, all or nothing.
 *
 * <pre>{@code
 * CareData data = Ssda903Files.read(Path.of("header.csv"), Path.of("episodes.csv"));
 * }</pre>
 */
public final class Ssda903Files {

  private Ssda903Files() {}

  /**
   * Reads a header file and an episodes file strictly.
   *
   * @param headerFile the header CSV
   * @param episodesFile the episodes CSV
   * @return every child's care history
   * @throws InvalidInputException listing every problem in the files, if there is any
   */
  public static CareData read(Path headerFile, Path episodesFile) {
    return Ssda903Reader.strict().read(headerFile, episodesFile).strict();
  }
}
