package dev.concord.api.store;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A batch job as stored.
 *
 * @param progress fraction of the work done, in [0,1]
 * @param counts   what the job counted so far (items read, links made, links new)
 */
public record Job(UUID id, String kind, JobState state, Map<String, Object> parameters, double progress,
                  Map<String, Long> counts, Instant createdAt, Optional<Instant> startedAt,
                  Optional<Instant> finishedAt, Optional<String> error) {
  public Job {
    parameters = Map.copyOf(parameters);
    counts = Map.copyOf(counts);
  }
}
