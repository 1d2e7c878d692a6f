package dev.concord.matcher.assignment;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.Arrays;

/**
 * Sparse rectangular assignment with a reject option: rows are assigned to distinct columns over the given edges
 * only, or to their own private "reject" column at a per-row cost, minimising the total cost.
 *
 * <p>The same shortest-augmenting-path method as {@link ShortestAugmentingPath} (Jonker &amp; Volgenant 1987;
 * Crouse 2016), with Dijkstra over a binary heap on the candidate graph instead of a scan of all columns, so an
 * augmentation only explores the part of the graph it can reach: sparse candidate graphs of 100k nodes solve
 * without ever building a dense matrix, and independent components cost nothing extra.
 */
public final class SparseAssignment {
  private final int rows;
  private final int cols;
  private final int[] rowPtr;
  private final int[] colIdx;
  private final double[] cost;
  private final double[] reject;

  /**
   * @param rows   number of rows
   * @param cols   number of real columns
   * @param rowPtr CSR offsets, length rows + 1
   * @param colIdx column of each edge
   * @param cost   cost of each edge (finite)
   * @param reject cost of leaving each row unassigned; +infinity means the row must be assigned
   */
  public SparseAssignment(int rows, int cols, int[] rowPtr, int[] colIdx, double[] cost, double[] reject) {
    if (rowPtr.length != rows + 1 || reject.length != rows || colIdx.length != cost.length || rowPtr[rows] != cost.length) {
      throw new IllegalArgumentException("inconsistent CSR arrays");
    }
    for (int e = 0; e < cost.length; e++) {
      if (!Double.isFinite(cost[e])) throw new IllegalArgumentException("edge cost must be finite, edge " + e);
      if (colIdx[e] < 0 || colIdx[e] >= cols) throw new IllegalArgumentException("column out of range at edge " + e);
    }
    this.rows = rows;
    this.cols = cols;
    this.rowPtr = rowPtr;
    this.colIdx = colIdx;
    this.cost = cost;
    this.reject = reject;
  }

  /** For each row its column, or -1 when the row is rejected. */
  public int[] solve() {
    int total = cols + rows; // column cols + i is row i's private reject column
    double[] u = new double[rows];
    double[] v = new double[total];
    int[] col4row = new int[rows];
    int[] row4col = new int[total];
    Arrays.fill(col4row, -1);
    Arrays.fill(row4col, -1);
    double[] dist = new double[total];
    Arrays.fill(dist, Double.POSITIVE_INFINITY);
    int[] pred = new int[total];
    boolean[] done = new boolean[total];
    IntArrayList touched = new IntArrayList();
    IntArrayList finished = new IntArrayList();
    MinHeap heap = new MinHeap(total);

    for (int cur = 0; cur < rows; cur++) {
      double delta = Double.NaN;
      int sink = -1;
      relax(cur, 0, u, v, dist, pred, done, touched, heap);
      while (!heap.isEmpty()) {
        int j = heap.pop();
        if (done[j]) continue;
        done[j] = true;
        finished.add(j);
        if (row4col[j] == -1) {
          sink = j;
          delta = dist[j];
          break;
        }
        relax(row4col[j], dist[j], u, v, dist, pred, done, touched, heap);
      }
      if (sink < 0) throw new IllegalArgumentException("no feasible assignment for row " + cur);
      u[cur] += delta;
      for (int t = 0; t < finished.size(); t++) {
        int j = finished.getInt(t);
        if (j != sink) u[row4col[j]] += delta - dist[j];
        v[j] -= delta - dist[j];
      }
      for (int j = sink; ; ) {
        int r = pred[j];
        row4col[j] = r;
        int prev = col4row[r];
        col4row[r] = j;
        j = prev;
        if (r == cur) break;
      }
      for (int t = 0; t < touched.size(); t++) {
        int j = touched.getInt(t);
        dist[j] = Double.POSITIVE_INFINITY;
        done[j] = false;
      }
      touched.clear();
      finished.clear();
      heap.clear();
    }
    int[] out = new int[rows];
    for (int i = 0; i < rows; i++) out[i] = col4row[i] < cols ? col4row[i] : -1;
    return out;
  }

  private void relax(int i, double base, double[] u, double[] v, double[] dist, int[] pred, boolean[] done,
      IntArrayList touched, MinHeap heap) {
    for (int e = rowPtr[i]; e < rowPtr[i + 1]; e++) {
      offer(colIdx[e], base + cost[e] - u[i] - v[colIdx[e]], i, dist, pred, done, touched, heap);
    }
    if (reject[i] != Double.POSITIVE_INFINITY) {
      int d = cols + i;
      offer(d, base + reject[i] - u[i] - v[d], i, dist, pred, done, touched, heap);
    }
  }

  private static void offer(int j, double d, int i, double[] dist, int[] pred, boolean[] done, IntArrayList touched,
      MinHeap heap) {
    if (done[j] || !(d < dist[j])) return;
    if (dist[j] == Double.POSITIVE_INFINITY) touched.add(j);
    dist[j] = d;
    pred[j] = i;
    heap.push(j, d);
  }

  /** A binary min-heap of (column, key) with lazy deletion: stale entries are skipped by the caller. */
  private static final class MinHeap {
    private int[] items;
    private double[] keys;
    private int size;

    MinHeap(int capacity) {
      items = new int[Math.max(16, capacity)];
      keys = new double[items.length];
    }

    boolean isEmpty() { return size == 0; }

    void clear() { size = 0; }

    void push(int item, double key) {
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
        keys = Arrays.copyOf(keys, size * 2);
      }
      int i = size++;
      while (i > 0) {
        int p = (i - 1) >>> 1;
        if (keys[p] <= key) break;
        items[i] = items[p];
        keys[i] = keys[p];
        i = p;
      }
      items[i] = item;
      keys[i] = key;
    }

    int pop() {
      int top = items[0];
      int lastItem = items[--size];
      double lastKey = keys[size];
      int i = 0;
      while (true) {
        int l = 2 * i + 1;
        if (l >= size) break;
        int c = (l + 1 < size && keys[l + 1] < keys[l]) ? l + 1 : l;
        if (keys[c] >= lastKey) break;
        items[i] = items[c];
        keys[i] = keys[c];
        i = c;
      }
      items[i] = lastItem;
      keys[i] = lastKey;
      return top;
    }
  }
}
