package dev.concord.api.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** The jobs table: a job's state, progress and counts, updated as it runs. */
public final class JobRepository {
  private static final TypeReference<Map<String, Object>> PARAMETERS = new TypeReference<>() {};
  private static final TypeReference<Map<String, Long>> COUNTS = new TypeReference<>() {};

  private final DataSource dataSource;

  JobRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public UUID create(String kind, Map<String, Object> parameters) {
    UUID id = UUID.randomUUID();
    update("INSERT INTO jobs (id, kind, state, parameters) VALUES (?, ?, 'QUEUED', ?::jsonb)", id, kind, Json.write(parameters));
    return id;
  }

  public void running(UUID id) {
    update("UPDATE jobs SET state = 'RUNNING', started_at = now() WHERE id = ?", id);
  }

  public void progress(UUID id, double fraction, Map<String, Long> counts) {
    update("UPDATE jobs SET progress = ?, counts = ?::jsonb WHERE id = ?", fraction, Json.write(counts), id);
  }

  public void succeeded(UUID id, Map<String, Long> counts) {
    update("UPDATE jobs SET state = 'SUCCEEDED', progress = 1, counts = ?::jsonb, finished_at = now() WHERE id = ?",
        Json.write(counts), id);
  }

  public void failed(UUID id, String error) {
    update("UPDATE jobs SET state = 'FAILED', error = ?, finished_at = now() WHERE id = ?", error, id);
  }

  /** Marks jobs left queued or running by a server that stopped as failed; returns how many. */
  public int failUnfinished(String reason) {
    return update("UPDATE jobs SET state = 'FAILED', error = ?, finished_at = now() WHERE state IN ('QUEUED', 'RUNNING')",
        reason);
  }

  public Optional<Job> find(UUID id) {
    String sql = "SELECT kind, state, parameters::text, progress, counts::text, created_at, started_at, finished_at, error "
        + "FROM jobs WHERE id = ?";
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) return Optional.empty();
        return Optional.of(new Job(id, rs.getString(1), JobState.valueOf(rs.getString(2)),
            Json.MAPPER.readValue(rs.getString(3), PARAMETERS), rs.getDouble(4), Json.MAPPER.readValue(rs.getString(5), COUNTS),
            rs.getTimestamp(6).toInstant(), instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)),
            Optional.ofNullable(rs.getString(9))));
      }
    } catch (SQLException | JsonProcessingException ex) {
      throw new IllegalStateException("reading job " + id + ": " + ex.getMessage(), ex);
    }
  }

  private static Optional<Instant> instant(Timestamp t) {
    return Optional.ofNullable(t).map(Timestamp::toInstant);
  }

  private int update(String sql, Object... args) {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
      return ps.executeUpdate();
    } catch (SQLException ex) {
      throw new StoreException("updating jobs", ex);
    }
  }
}
