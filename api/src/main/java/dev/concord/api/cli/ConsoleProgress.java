package dev.concord.api.cli;

import dev.concord.core.progress.Progress;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A terminal progress bar on stderr for long work (ranking, indexing, training). */
final class ConsoleProgress implements Progress {
  private final boolean enabled;
  private ProgressBar bar;

  ConsoleProgress(boolean enabled) {
    this.enabled = enabled;
  }

  @Override
  public synchronized void start(String task, long total) {
    done();
    if (!enabled) return;
    bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(Math.max(total, -1))
        .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
        .setUpdateIntervalMillis(250).continuousUpdate().hideEta().build();
  }

  @Override
  public void step(long n) {
    ProgressBar b = bar;
    if (b != null) b.stepBy(n);
  }

  @Override
  public synchronized void done() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
