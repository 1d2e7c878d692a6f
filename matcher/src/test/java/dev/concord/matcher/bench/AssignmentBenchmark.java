package dev.concord.matcher.bench;

import dev.concord.matcher.assignment.KuhnMunkresReference;
import dev.concord.matcher.assignment.ShortestAugmentingPath;
import dev.concord.matcher.assignment.SparseAssignment;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Our assignment solvers against JGraphT's Kuhn-Munkres. Run with {@code scripts/bench-assignment}.
 * Dense: uniform random costs, n x n. Sparse: n rows and n columns, each row with {@code degree} random candidate
 * columns plus a reject option, as the matcher produces from top-k candidates.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
public class AssignmentBenchmark {

  @State(Scope.Benchmark)
  public static class Dense {
    @Param({"200", "1000", "2000"})
    public int n;
    double[][] cost;

    @Setup(Level.Trial)
    public void setUp() {
      Random rnd = new Random(7);
      cost = new double[n][n];
      for (double[] row : cost) for (int j = 0; j < n; j++) row[j] = rnd.nextDouble();
    }
  }

  @State(Scope.Benchmark)
  public static class Sparse {
    @Param({"50000"})
    public int rows;
    @Param({"10"})
    public int degree;
    int[] ptr;
    int[] col;
    double[] cost;
    double[] reject;

    @Setup(Level.Trial)
    public void setUp() {
      Random rnd = new Random(7);
      int n = rows;
      ptr = new int[n + 1];
      col = new int[n * degree];
      cost = new double[n * degree];
      reject = new double[n];
      for (int i = 0; i < n; i++) {
        // candidates cluster near the row's own column, like true matches among near misses
        for (int d = 0; d < degree; d++) {
          int e = i * degree + d;
          col[e] = Math.floorMod(i + (int) (rnd.nextGaussian() * 20), n);
          cost[e] = -rnd.nextDouble();
        }
        ptr[i + 1] = (i + 1) * degree;
        reject[i] = -0.3;
      }
      // duplicate columns in a row are legal (parallel edges); the solver keeps the cheaper
    }
  }

  @Benchmark
  public int[] concordDense(Dense s) {
    return new ShortestAugmentingPath().solve(s.cost);
  }

  @Benchmark
  public double jgraphtKuhnMunkresDense(Dense s) {
    return KuhnMunkresReference.minimalCost(s.cost);
  }

  @Benchmark
  public int[] concordSparse(Sparse s) {
    return new SparseAssignment(s.rows, s.rows, s.ptr, s.col, s.cost, s.reject).solve();
  }
}
