package dev.concord.embeddings.train;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs the same training worker on several threads (Hogwild-style) and fails if any worker fails. */
public final class Workers {
  private Workers() {}

  /** @param what names the training in error messages */
  public static void runOnThreads(int threads, Callable<Void> work, String what) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Void>> fs = new ArrayList<>();
      for (int t = 0; t < threads; t++) fs.add(pool.submit(work));
      for (Future<Void> f : fs) f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(what + " interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(what + " failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
