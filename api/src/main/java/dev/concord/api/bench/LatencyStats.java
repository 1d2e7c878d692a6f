package dev.concord.api.bench;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.ConcurrentHistogram;

/** Latencies recorded from many threads, read as percentiles in milliseconds. */
final class LatencyStats {
  private final ConcurrentHistogram histogram = new ConcurrentHistogram(TimeUnit.MINUTES.toNanos(5), 3);

  void recordNanos(long nanos) {
    histogram.recordValue(Math.max(0, Math.min(nanos, histogram.getHighestTrackableValue())));
  }

  long count() { return histogram.getTotalCount(); }

  double percentileMillis(double p) {
    return histogram.getValueAtPercentile(p) / 1e6;
  }

  double maxMillis() { return histogram.getMaxValue() / 1e6; }
}
