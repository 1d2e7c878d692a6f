package dev.concord.graph.walk;

import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Takes the random walks of DeepWalk/EmbDI/TDmatch over a {@link CsrGraph}: from every start node, a number
 * of walks of fixed length, each step to a neighbour chosen uniformly or by edge weight. As in DeepWalk, the
 * walks come in rounds, one walk per start node each, the start nodes in a shuffled order, so that a trainer
 * reading them in order (with a decaying learning rate) does not see one node's walks all at once. Walk
 * {@code w} draws from a generator seeded by (seed, w) alone, so the result is the same on any number of
 * threads.
 */
public final class RandomWalker {
  private RandomWalker() {}

  public static Walks walk(CsrGraph g, int[] startNodes, WalkOptions o) {
    int count = Math.multiplyExact(startNodes.length, o.walksPerNode(startNodes.length));
    int[] nodes = new int[Math.multiplyExact(count, o.length())];
    int[] lengths = new int[count];
    int[] order = shuffled(startNodes, o.seed());
    ForkJoinPool pool = new ForkJoinPool(o.threads());
    try {
      pool.submit(() -> IntStream.range(0, count).parallel().forEach(w -> {
        SplittableRandom rnd = new SplittableRandom(mix(o.seed(), w));
        int base = w * o.length();
        int v = order[w % order.length];
        nodes[base] = v;
        int len = 1;
        while (len < o.length() && g.degree(v) > 0) {
          v = o.weighted() ? g.weightedNeighbour(v, rnd.nextDouble()) : g.neighbour(v, rnd.nextInt(g.degree(v)));
          nodes[base + len++] = v;
        }
        lengths[w] = len;
      })).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while walking", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("random walks failed", e.getCause());
    } finally {
      pool.shutdown();
    }
    return new Walks(nodes, lengths, o.length(), g.nodeCount());
  }

  private static int[] shuffled(int[] nodes, long seed) {
    int[] out = nodes.clone();
    SplittableRandom rnd = new SplittableRandom(mix(seed, -1));
    for (int i = out.length - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = out[i];
      out[i] = out[j];
      out[j] = t;
    }
    return out;
  }

  private static long mix(long seed, long w) {
    long z = seed * 0x9E3779B97F4A7C15L + w;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
