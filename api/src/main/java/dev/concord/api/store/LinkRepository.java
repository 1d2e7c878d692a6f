package dev.concord.api.store;

import dev.concord.core.Explanation;
import dev.concord.core.Link;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The links table: idempotent batched writes and lookups by either side. */
public final class LinkRepository {
  /* One statement per batch: the rows travel as parallel arrays, so a batch costs one round trip whatever its size. */
  private static final String UPSERT = """
      INSERT INTO links (left_corpus, left_id, right_corpus, right_id, score, method, model_version, explanation)
      SELECT lc, li, rc, ri, s, m, v, e::jsonb
      FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::float8[], ?::text[], ?::text[], ?::text[])
        AS t(lc, li, rc, ri, s, m, v, e)
      ON CONFLICT ON CONSTRAINT links_once_per_model DO NOTHING""";
  private static final String COLUMNS =
      "SELECT left_corpus, left_id, right_corpus, right_id, score, model_version, explanation::text FROM links ";

  private final DataSource dataSource;

  LinkRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Writes the links not yet stored for their model version; returns how many were new. */
  public int upsert(List<StoredLink> links) {
    if (links.isEmpty()) return 0;
    int n = links.size();
    String[] lc = new String[n], li = new String[n], rc = new String[n], ri = new String[n];
    String[] m = new String[n], v = new String[n], e = new String[n];
    Double[] s = new Double[n];
    for (int i = 0; i < n; i++) {
      StoredLink x = links.get(i);
      lc[i] = x.leftCorpus();
      li[i] = x.link().left();
      rc[i] = x.rightCorpus();
      ri[i] = x.link().right();
      s[i] = x.link().score();
      m[i] = x.methodName();
      v[i] = x.modelVersion();
      e[i] = Json.write(x.link().explanation());
    }
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(UPSERT)) {
      Object[][] columns = {lc, li, rc, ri, s, m, v, e};
      String[] types = {"text", "text", "text", "text", "float8", "text", "text", "text"};
      List<Array> arrays = new ArrayList<>();
      for (int i = 0; i < columns.length; i++) {
        Array a = c.createArrayOf(types[i], columns[i]);
        arrays.add(a);
        ps.setArray(i + 1, a);
      }
      int inserted = ps.executeUpdate();
      for (Array a : arrays) a.free();
      return inserted;
    } catch (SQLException ex) {
      throw new StoreException("writing " + n + " links", ex);
    }
  }

  /** Links whose left (query) item has this id, in any corpus, best first. */
  public List<StoredLink> byLeft(String leftId, int limit) {
    return query(COLUMNS + "WHERE left_id = ? ORDER BY score DESC, right_id LIMIT ?", limit, leftId);
  }

  /** Links of the left (query) item {@code corpus/id}, best first. */
  public List<StoredLink> byLeft(String corpus, String leftId, int limit) {
    return query(COLUMNS + "WHERE left_id = ? AND left_corpus = ? ORDER BY score DESC, right_id LIMIT ?", limit, leftId, corpus);
  }

  /** Links whose right (reference) item has this id, in any corpus, best first. */
  public List<StoredLink> byRight(String rightId, int limit) {
    return query(COLUMNS + "WHERE right_id = ? ORDER BY score DESC, left_id LIMIT ?", limit, rightId);
  }

  /** Links of the right (reference) item {@code corpus/id}, best first. */
  public List<StoredLink> byRight(String corpus, String rightId, int limit) {
    return query(COLUMNS + "WHERE right_id = ? AND right_corpus = ? ORDER BY score DESC, left_id LIMIT ?", limit, rightId, corpus);
  }

  /** How many links of this model version have their left item in {@code leftCorpus}. */
  public long count(String leftCorpus, String modelVersion) {
    try (Connection c = dataSource.getConnection();
         PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM links WHERE left_corpus = ? AND model_version = ?")) {
      ps.setString(1, leftCorpus);
      ps.setString(2, modelVersion);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException ex) {
      throw new StoreException("counting links of " + leftCorpus, ex);
    }
  }

  public long count() {
    try (Connection c = dataSource.getConnection();
         PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM links");
         ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException ex) {
      throw new StoreException("counting links", ex);
    }
  }

  private List<StoredLink> query(String sql, int limit, String... keys) {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < keys.length; i++) ps.setString(i + 1, keys[i]);
      ps.setInt(keys.length + 1, limit);
      List<StoredLink> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Link link = new Link(rs.getString(2), rs.getString(4), rs.getDouble(5), rs.getString(6),
              Json.read(rs.getString(7), Explanation.class));
          out.add(new StoredLink(rs.getString(1), rs.getString(3), link, rs.getString(6)));
        }
      }
      return out;
    } catch (SQLException ex) {
      throw new StoreException("reading links of " + String.join("/", keys), ex);
    }
  }
}
