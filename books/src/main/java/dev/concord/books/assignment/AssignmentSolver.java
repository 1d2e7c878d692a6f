package dev.concord.books.assignment;

/**
 * Solves the rectangular linear assignment problem: give each row its own column so that the total cost is
 * least.
 */
public interface AssignmentSolver {
  /**
   * @param cost rows x columns, rows <= columns, finite values
   * @return for each row, the column assigned to it
   */
  int[] solve(double[][] cost);
}
