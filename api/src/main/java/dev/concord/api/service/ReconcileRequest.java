package dev.concord.api.service;

import dev.concord.matcher.MatchMode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A batch reconciliation of two CSV files on the server.
 *
 * @param left        the queries
 * @param right       the reference
 * @param leftCorpus  name the left items are stored under
 * @param rightCorpus name the right items are stored under
 * @param leftId      id column of the left file (default: 'id', else the line number)
 * @param rightId     id column of the right file
 * @param scorer      scorer to fit
 * @param mode        how rankings become links
 * @param k           candidates per item
 * @param threshold   minimum link score; empty: chosen from the score distribution
 */
public record ReconcileRequest(Path left, Path right, String leftCorpus, String rightCorpus, Optional<String> leftId,
                               Optional<String> rightId, String scorer, MatchMode mode, int k, OptionalDouble threshold) {
  public ReconcileRequest {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    if (leftCorpus.isBlank() || rightCorpus.isBlank()) throw new IllegalArgumentException("corpus names must not be blank");
    if (leftCorpus.equals(rightCorpus)) throw new IllegalArgumentException("left and right corpus names must differ, both were '" + leftCorpus + "'");
    if (k < 1) throw new IllegalArgumentException("k must be >= 1, was " + k);
  }

  /** The request as stored with its job. */
  public Map<String, Object> parameters() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("left", left.toString());
    m.put("right", right.toString());
    m.put("leftCorpus", leftCorpus);
    m.put("rightCorpus", rightCorpus);
    leftId.ifPresent(v -> m.put("leftId", v));
    rightId.ifPresent(v -> m.put("rightId", v));
    m.put("scorer", scorer);
    m.put("mode", mode.name());
    m.put("k", k);
    threshold.ifPresent(v -> m.put("threshold", v));
    return m;
  }
}
