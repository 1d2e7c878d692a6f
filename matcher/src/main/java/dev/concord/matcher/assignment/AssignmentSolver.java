package dev.concord.matcher.assignment;

/**
 * Solves the rectangular linear assignment problem: assign every row to a distinct column at minimum total cost.
 * Implementations are exact; forbidden pairs carry {@link Double#POSITIVE_INFINITY}.
 */
public interface AssignmentSolver {
  /**
   * @param cost rows x columns, rows <= columns, finite or +infinity (forbidden)
   * @return for each row its column
   * @throws IllegalArgumentException when no complete assignment avoids the forbidden pairs
   */
  int[] solve(double[][] cost);
}
