import dev.concord.embeddings.word2vec.SkipGramTrainer;
import dev.concord.embeddings.word2vec.VectorTable;
import dev.concord.embeddings.word2vec.Word2VecOptions;
import dev.concord.graph.walk.Walks;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains Concord's skip-gram ("sgns") on a walks file written by the graph scorer (-Dconcord.graph.walksFile=...)
 * and prints walk tokens per CPU second of the process, for each repetition in one JVM (the first one includes the
 * JIT's warm-up), and a checksum of the vectors (equal run to run on one thread).
 *
 * usage: java --add-modules jdk.incubator.vector -cp api/target/concord.jar bench/SgnsBench.java WALKS [dims threads reps]
 */
public class SgnsBench {
  public static void main(String[] args) throws Exception {
    int dims = args.length > 1 ? Integer.parseInt(args[1]) : 64;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    int reps = args.length > 3 ? Integer.parseInt(args[3]) : 2;
    List<int[]> read = new ArrayList<>();
    int longest = 0, nodes = 0;
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      String[] parts = line.strip().split(" ");
      int[] walk = new int[parts.length];
      for (int i = 0; i < parts.length; i++) {
        walk[i] = Integer.parseInt(parts[i]);
        nodes = Math.max(nodes, walk[i] + 1);
      }
      longest = Math.max(longest, walk.length);
      read.add(walk);
    }
    int[] flat = new int[read.size() * longest];
    int[] lengths = new int[read.size()];
    for (int w = 0; w < read.size(); w++) {
      System.arraycopy(read.get(w), 0, flat, w * longest, read.get(w).length);
      lengths[w] = read.get(w).length;
    }
    Walks walks = new Walks(flat, lengths, longest, nodes);
    System.out.printf("%d walks, %d walk tokens, %d nodes; %d dims, window 3, 5 negatives, 1 epoch, %d threads%n",
        walks.count(), walks.tokenCount(), nodes, dims, threads);
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    Word2VecOptions o = new Word2VecOptions(dims, 3, 5, 1, 0.025, 1e-3, threads, 42);
    for (int r = 0; r < reps; r++) {
      long cpu = os.getProcessCpuTime(), wall = System.nanoTime();
      VectorTable v = new SkipGramTrainer().encode(walks, o);
      double cpuS = (os.getProcessCpuTime() - cpu) / 1e9, wallS = (System.nanoTime() - wall) / 1e9;
      double sum = 0;
      for (float x : v.data()) sum += x;
      System.out.printf("run %d: %.1f s wall, %.1f CPU s, %,.0f walk tokens per CPU second; checksum %.6f%n",
          r + 1, wallS, cpuS, walks.tokenCount() / cpuS, sum);
    }
  }
}
