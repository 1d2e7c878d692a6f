package dev.concord.core.progress;

/**
 * Receives progress of long work so that a caller (a CLI progress bar, a job record) can show it.
 * Implementations must be thread-safe: steps may come from several worker threads.
 */
public interface Progress {
  Progress NONE = new Progress() {
    @Override public void start(String task, long total) {}
    @Override public void step(long n) {}
    @Override public void done() {}
  };

  /** A new task of {@code total} steps (0 or less when unknown) begins. */
  void start(String task, long total);

  void step(long n);

  void done();
}
