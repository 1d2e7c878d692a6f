package dev.concord.matcher.assignment;

import java.util.Arrays;

/**
 * Dense rectangular assignment by shortest augmenting paths with dual potentials: the Jonker-Volgenant family
 * (Jonker &amp; Volgenant, Computing 1987) in the form of Crouse, "On implementing 2D rectangular assignment
 * algorithms" (IEEE TAES 2016), which is what scipy's {@code linear_sum_assignment} uses. One Dijkstra-like search
 * per row over reduced costs, preferring free columns on ties; O(n^2 m) worst case, far less on real matrices.
 */
public final class ShortestAugmentingPath implements AssignmentSolver {

  @Override
  public int[] solve(double[][] cost) {
    int nr = cost.length;
    if (nr == 0) return new int[0];
    int nc = cost[0].length;
    if (nr > nc) throw new IllegalArgumentException("more rows (" + nr + ") than columns (" + nc + "): transpose first");
    for (double[] row : cost) {
      if (row.length != nc) throw new IllegalArgumentException("ragged cost matrix");
      for (double c : row) if (Double.isNaN(c) || c == Double.NEGATIVE_INFINITY) throw new IllegalArgumentException("cost must be a number or +infinity");
    }
    double[] u = new double[nr];
    double[] v = new double[nc];
    double[] shortest = new double[nc];
    int[] path = new int[nc];
    int[] col4row = new int[nr];
    int[] row4col = new int[nc];
    boolean[] sr = new boolean[nr];
    boolean[] sc = new boolean[nc];
    int[] remaining = new int[nc];
    Arrays.fill(col4row, -1);
    Arrays.fill(row4col, -1);

    for (int cur = 0; cur < nr; cur++) {
      Arrays.fill(shortest, Double.POSITIVE_INFINITY);
      Arrays.fill(sr, false);
      Arrays.fill(sc, false);
      Arrays.fill(path, -1);
      for (int it = 0; it < nc; it++) remaining[it] = nc - it - 1;
      int numRemaining = nc;
      double minVal = 0;
      int i = cur;
      int sink = -1;
      while (sink == -1) {
        int index = -1;
        double lowest = Double.POSITIVE_INFINITY;
        sr[i] = true;
        double[] ci = cost[i];
        double base = minVal - u[i];
        for (int it = 0; it < numRemaining; it++) {
          int j = remaining[it];
          double r = base + ci[j] - v[j];
          if (r < shortest[j]) {
            path[j] = i;
            shortest[j] = r;
          }
          if (shortest[j] < lowest || (shortest[j] == lowest && row4col[j] == -1)) {
            lowest = shortest[j];
            index = it;
          }
        }
        minVal = lowest;
        if (minVal == Double.POSITIVE_INFINITY) {
          throw new IllegalArgumentException("no feasible assignment: row " + cur + " cannot be assigned");
        }
        int j = remaining[index];
        if (row4col[j] == -1) {
          sink = j;
        } else {
          i = row4col[j];
        }
        sc[j] = true;
        remaining[index] = remaining[--numRemaining];
      }
      u[cur] += minVal;
      for (int r = 0; r < nr; r++) {
        if (sr[r] && r != cur) u[r] += minVal - shortest[col4row[r]];
      }
      for (int c = 0; c < nc; c++) {
        if (sc[c]) v[c] -= minVal - shortest[c];
      }
      int j = sink;
      while (true) {
        int r = path[j];
        row4col[j] = r;
        int prev = col4row[r];
        col4row[r] = j;
        j = prev;
        if (r == cur) break;
      }
    }
    return col4row;
  }
}
