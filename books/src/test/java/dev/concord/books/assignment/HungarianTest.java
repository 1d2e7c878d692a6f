package dev.concord.books.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class HungarianTest {
  private final Hungarian solver = new Hungarian();

  @Test
  void solvesASquareProblemWhereGreedyFails() {
    // greedy takes (0,0)=1 and is left with (1,1)=10; the optimum is 2 + 2
    double[][] cost = {{1, 2}, {2, 10}};
    assertThat(solver.solve(cost)).containsExactly(1, 0);
  }

  @Test
  void leavesTheWorstColumnsOfARectangularProblemUnused() {
    double[][] cost = {{5, 1, 9}, {1, 5, 9}};
    assertThat(solver.solve(cost)).containsExactly(1, 0);
  }

  @Test
  void rejectsMoreRowsThanColumns() {
    assertThatThrownBy(() -> solver.solve(new double[][] {{1}, {2}})).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("columns");
  }

  @Property(tries = 200)
  void findsTheLeastTotalCostOfEveryAssignment(@ForAll @IntRange(min = 1, max = 5) int rows,
      @ForAll @IntRange(min = 0, max = 2) int extraColumns, @ForAll long seed) {
    java.util.Random rnd = new java.util.Random(seed);
    int cols = rows + extraColumns;
    double[][] cost = new double[rows][cols];
    for (double[] r : cost) for (int j = 0; j < cols; j++) r[j] = rnd.nextInt(20) / 4.0;
    int[] a = solver.solve(cost);
    Set<Integer> used = new HashSet<>();
    double total = 0;
    for (int i = 0; i < rows; i++) {
      assertThat(used.add(a[i])).as("column used twice").isTrue();
      total += cost[i][a[i]];
    }
    assertThat(total).isCloseTo(bruteForce(cost, 0, new boolean[cols]), org.assertj.core.data.Offset.offset(1e-9));
  }

  private static double bruteForce(double[][] cost, int row, boolean[] used) {
    if (row == cost.length) return 0;
    double best = Double.POSITIVE_INFINITY;
    for (int j = 0; j < used.length; j++) {
      if (used[j]) continue;
      used[j] = true;
      best = Math.min(best, cost[row][j] + bruteForce(cost, row + 1, used));
      used[j] = false;
    }
    return best;
  }
}
