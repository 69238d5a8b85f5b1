package org.permanence.input;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when input files have problems; carries every problem found, not just the first.
 */
public final class InvalidInputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<InputProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems every problem found, not empty
   */
  public InvalidInputException(List<InputProblem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns every problem found, in order of file and line.
   *
   * @return the problems
   */
  public List<InputProblem> problems() {
    return problems;
  }

  private static String summary(List<InputProblem> problems) {
    return problems.size()
        + (problems.size() == 1 ? " problem" : " problems")
        + " in the input:\n"
        + problems.stream().map(InputProblem::toString).collect(Collectors.joining("\n"));
  }
}
