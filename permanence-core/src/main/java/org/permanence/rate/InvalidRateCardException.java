package org.permanence.rate;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when rows cannot form a rate card; carries every problem found. */
public final class InvalidRateCardException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<RateCardProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems every problem found, not empty
   */
  public InvalidRateCardException(List<RateCardProblem> problems) {
    super("The rows do not form a rate card: "
        + problems.stream().map(RateCardProblem::message).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns every problem found.
   *
   * @return the problems
   */
  public List<RateCardProblem> problems() {
    return problems;
  }
}
