package dev.concord.matcher.assignment;

import dev.concord.core.Candidate;
import dev.concord.core.Ranking;
import it.unimi.dsi.fastutil.doubles.DoubleArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Global assignment over ranked candidates: maximises the total score of the kept links, each query in at most
 * one link and each reference item in at most its capacity of links (1 for one-to-one, the number of copies for
 * books), with "no match" available to every query at the threshold's score. This is the many-to-many assignment
 * of Llabrés et al. (2024) with a reject option, solved exactly by {@link SparseAssignment}.
 */
public final class RankingAssignment {
  private RankingAssignment() {}

  public static List<AssignedPair> oneToOne(List<Ranking> rankings, double threshold) {
    return assign(rankings, id -> 1, threshold);
  }

  /**
   * @param capacity links a reference id may take (at least 1)
   * @param threshold a candidate below it is never linked; a query whose best available candidate is below it
   *     stays unlinked
   */
  public static List<AssignedPair> assign(List<Ranking> rankings, ToIntFunction<String> capacity, double threshold) {
    Object2IntOpenHashMap<String> firstCol = new Object2IntOpenHashMap<>();
    firstCol.defaultReturnValue(-1);
    Object2IntOpenHashMap<String> capOf = new Object2IntOpenHashMap<>();
    int cols = 0;
    int[] rowPtr = new int[rankings.size() + 1];
    IntArrayList colIdx = new IntArrayList();
    DoubleArrayList cost = new DoubleArrayList();
    List<Candidate> edgeCandidate = new ArrayList<>();
    for (int r = 0; r < rankings.size(); r++) {
      for (Candidate c : rankings.get(r).candidates()) {
        if (c.score() < threshold) continue;
        int first = firstCol.getInt(c.id());
        int cap;
        if (first < 0) {
          cap = Math.max(1, capacity.applyAsInt(c.id()));
          first = cols;
          firstCol.put(c.id(), first);
          capOf.put(c.id(), cap);
          cols += cap;
        } else {
          cap = capOf.getInt(c.id());
        }
        for (int copy = 0; copy < cap; copy++) {
          colIdx.add(first + copy);
          cost.add(-c.score());
          edgeCandidate.add(c);
        }
      }
      rowPtr[r + 1] = colIdx.size();
    }
    double[] reject = new double[rankings.size()];
    Arrays.fill(reject, -threshold);
    int[] assigned = new SparseAssignment(rankings.size(), cols, rowPtr, colIdx.toIntArray(), cost.toDoubleArray(), reject).solve();
    List<AssignedPair> out = new ArrayList<>();
    for (int r = 0; r < rankings.size(); r++) {
      if (assigned[r] < 0) continue;
      for (int e = rowPtr[r]; e < rowPtr[r + 1]; e++) {
        if (colIdx.getInt(e) == assigned[r]) {
          out.add(new AssignedPair(rankings.get(r).queryId(), edgeCandidate.get(e)));
          break;
        }
      }
    }
    return out;
  }
}
