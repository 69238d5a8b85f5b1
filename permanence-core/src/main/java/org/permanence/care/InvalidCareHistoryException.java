package org.permanence.care;

import java.util.List;
import java.util.stream.Collectors;
import org.permanence.child.ChildId;

/**
 * Thrown when episodes cannot form a valid care history; carries every problem found.
 */
public final class InvalidCareHistoryException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient ChildId childId;
  private final transient List<CareHistoryProblem> problems;

  /**
   * Creates the exception.
   *
   * @param childId the child whose episodes are invalid
   * @param problems every problem found, not empty
   */
  public InvalidCareHistoryException(ChildId childId, List<CareHistoryProblem> problems) {
    super(
        "Episodes of child "
            + childId
            + " do not form a valid care history: "
            + problems.stream().map(CareHistoryProblem::message).collect(Collectors.joining("; ")));
    this.childId = childId;
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns the child whose episodes are invalid.
   *
   * @return the child's identifier
   */
  public ChildId childId() {
    return childId;
  }

  /**
   * Returns every problem found.
   *
   * @return the problems, not empty
   */
  public List<CareHistoryProblem> problems() {
    return problems;
  }
}
