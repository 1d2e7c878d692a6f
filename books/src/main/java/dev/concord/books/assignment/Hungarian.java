package dev.concord.books.assignment;

import java.util.Arrays;

/**
 * The Hungarian method (Kuhn, 1955; Munkres, 1957) in its O(n^2 m) shortest-augmenting-path form with row and
 * column potentials, for n rows and m >= n columns. Shelves are small (tens of spines by their candidates'
 * copies), so this exact solver is fast enough.
 */
public final class Hungarian implements AssignmentSolver {
  @Override
  public int[] solve(double[][] cost) {
    int n = cost.length;
    if (n == 0) return new int[0];
    int m = cost[0].length;
    if (m < n) throw new IllegalArgumentException("need at least as many columns as rows, got " + n + " x " + m);
    for (double[] row : cost) {
      if (row.length != m) throw new IllegalArgumentException("ragged cost matrix");
      for (double c : row) if (!Double.isFinite(c)) throw new IllegalArgumentException("costs must be finite");
    }
    // 1-based arrays; column 0 is the virtual start of each augmenting path
    double[] u = new double[n + 1];
    double[] v = new double[m + 1];
    int[] rowOfCol = new int[m + 1];
    int[] way = new int[m + 1];
    double[] minTo = new double[m + 1];
    boolean[] used = new boolean[m + 1];
    for (int i = 1; i <= n; i++) {
      rowOfCol[0] = i;
      int j0 = 0;
      Arrays.fill(minTo, Double.POSITIVE_INFINITY);
      Arrays.fill(used, false);
      do {
        used[j0] = true;
        int i0 = rowOfCol[j0];
        double delta = Double.POSITIVE_INFINITY;
        int j1 = -1;
        for (int j = 1; j <= m; j++) {
          if (used[j]) continue;
          double cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
          if (cur < minTo[j]) {
            minTo[j] = cur;
            way[j] = j0;
          }
          if (minTo[j] < delta) {
            delta = minTo[j];
            j1 = j;
          }
        }
        for (int j = 0; j <= m; j++) {
          if (used[j]) {
            u[rowOfCol[j]] += delta;
            v[j] -= delta;
          } else {
            minTo[j] -= delta;
          }
        }
        j0 = j1;
      } while (rowOfCol[j0] != 0);
      do {
        int j1 = way[j0];
        rowOfCol[j0] = rowOfCol[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    int[] colOfRow = new int[n];
    for (int j = 1; j <= m; j++) if (rowOfCol[j] != 0) colOfRow[rowOfCol[j] - 1] = j - 1;
    return colOfRow;
  }
}
