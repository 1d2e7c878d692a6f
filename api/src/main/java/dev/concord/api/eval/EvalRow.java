package dev.concord.api.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One row of an eval report: a scorer's metrics on one data set, its wall time and peak heap. */
public record EvalRow(String dataset, String layout, String scorer, Map<String, Double> metrics, double seconds,
    long peakHeapMb) {
  public EvalRow {
    metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
  }
}
