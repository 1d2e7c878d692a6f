package dev.concord.matcher.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class AssignmentSolverPropertiesTest {

  @Property(tries = 60)
  void denseSolverMatchesKuhnMunkresCost(@ForAll @IntRange(min = 1, max = 30) int n, @ForAll long seed,
      @ForAll boolean integerCosts) {
    double[][] cost = randomMatrix(n, n, seed, integerCosts);
    int[] assignment = new ShortestAugmentingPath().solve(cost);
    assertPermutation(assignment, n);
    assertThat(total(cost, assignment)).isCloseTo(KuhnMunkresReference.minimalCost(cost), org.assertj.core.data.Offset.offset(1e-6));
  }

  @Property(tries = 60)
  void sparseSolverWithAllEdgesMatchesDense(@ForAll @IntRange(min = 1, max = 25) int n, @ForAll long seed) {
    double[][] cost = randomMatrix(n, n, seed, false);
    int[] dense = new ShortestAugmentingPath().solve(cost);
    int[] sparse = sparseOf(cost, Double.POSITIVE_INFINITY).solve();
    assertPermutation(sparse, n);
    assertThat(total(cost, sparse)).isCloseTo(total(cost, dense), org.assertj.core.data.Offset.offset(1e-9));
  }

  @Property(tries = 60)
  void rectangularEqualsSquarePaddedWithZeros(@ForAll @IntRange(min = 1, max = 15) int rows,
      @ForAll @IntRange(min = 0, max = 10) int extra, @ForAll long seed) {
    double[][] cost = randomMatrix(rows, rows + extra, seed, false);
    int[] rect = new ShortestAugmentingPath().solve(cost);
    double[][] square = new double[rows + extra][rows + extra];
    for (int i = 0; i < rows; i++) square[i] = cost[i].clone();
    assertThat(new HashSet<>(Arrays.stream(rect).boxed().toList())).hasSize(rows);
    assertThat(total(cost, rect)).isCloseTo(KuhnMunkresReference.minimalCost(square), org.assertj.core.data.Offset.offset(1e-6));
  }

  /** With a reject cost r per row, the optimum equals the square problem padded with r-cost dummy columns. */
  @Property(tries = 60)
  void rejectOptionEqualsDummyColumns(@ForAll @IntRange(min = 1, max = 12) int n, @ForAll long seed) {
    Random rnd = new Random(seed);
    double[][] cost = randomMatrix(n, n, seed, false);
    double reject = -rnd.nextDouble();
    for (double[] row : cost) for (int j = 0; j < n; j++) row[j] = -row[j];
    int[] sparse = sparseOf(cost, reject).solve();
    double got = 0;
    Set<Integer> used = new HashSet<>();
    for (int i = 0; i < n; i++) {
      if (sparse[i] < 0) {
        got += reject;
      } else {
        assertThat(used.add(sparse[i])).isTrue();
        got += cost[i][sparse[i]];
      }
    }
    double[][] padded = new double[2 * n][2 * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) padded[i][j] = cost[i][j];
      for (int j = n; j < 2 * n; j++) padded[i][j] = (j - n == i) ? reject : 1e6;
    }
    // dummy rows take the leftover real columns (cost 0) and unused dummy columns (cost 0)
    assertThat(got).isCloseTo(KuhnMunkresReference.minimalCost(padded), org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void forbiddenPairsAreAvoidedOrReported() {
    double inf = Double.POSITIVE_INFINITY;
    assertThat(new ShortestAugmentingPath().solve(new double[][] {{inf, 1}, {2, inf}})).containsExactly(1, 0);
    assertThatThrownBy(() -> new ShortestAugmentingPath().solve(new double[][] {{inf, 1}, {inf, 2}}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no feasible");
  }

  static double[][] randomMatrix(int rows, int cols, long seed, boolean integers) {
    Random rnd = new Random(seed);
    double[][] c = new double[rows][cols];
    for (double[] row : c) for (int j = 0; j < cols; j++) row[j] = integers ? rnd.nextInt(5) : rnd.nextDouble();
    return c;
  }

  static SparseAssignment sparseOf(double[][] cost, double reject) {
    int n = cost.length;
    int m = cost[0].length;
    int[] ptr = new int[n + 1];
    int[] col = new int[n * m];
    double[] c = new double[n * m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        col[i * m + j] = j;
        c[i * m + j] = cost[i][j];
      }
      ptr[i + 1] = (i + 1) * m;
    }
    double[] rej = new double[n];
    Arrays.fill(rej, reject);
    return new SparseAssignment(n, m, ptr, col, c, rej);
  }

  static double total(double[][] cost, int[] a) {
    double t = 0;
    for (int i = 0; i < a.length; i++) t += cost[i][a[i]];
    return t;
  }

  static void assertPermutation(int[] a, int n) {
    assertThat(a).hasSize(n);
    assertThat(Arrays.stream(a).distinct().count()).isEqualTo(n);
  }
}
