package dev.concord.api.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.concord.core.Item;
import dev.concord.core.ItemKind;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** The corpora and items tables: items are stored so that REST can show what a link points at. */
public final class ItemRepository {
  private static final String ADD_CORPORA =
      "INSERT INTO corpora (name) SELECT unnest(?::text[]) ON CONFLICT (name) DO NOTHING";
  /* A re-sent item replaces the stored one only when its content changed, so replays leave rows untouched. */
  private static final String UPSERT = """
      INSERT INTO items (corpus, id, kind, fields, text)
      SELECT c, i, k, f::jsonb, t FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS u(c, i, k, f, t)
      ON CONFLICT (corpus, id) DO UPDATE SET kind = EXCLUDED.kind, fields = EXCLUDED.fields, text = EXCLUDED.text,
        ingested_at = now()
      WHERE items.kind <> EXCLUDED.kind OR items.fields <> EXCLUDED.fields OR items.text <> EXCLUDED.text""";
  private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() {};

  private final DataSource dataSource;

  ItemRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Stores the items (the last of duplicates wins); returns how many rows were inserted or changed. */
  public int upsert(List<Item> items) {
    if (items.isEmpty()) return 0;
    Map<String, Item> unique = new LinkedHashMap<>();
    for (Item it : items) unique.put(it.corpus() + '\u0000' + it.id(), it);
    int n = unique.size();
    String[] c = new String[n], id = new String[n], k = new String[n], f = new String[n], t = new String[n];
    int i = 0;
    for (Item it : unique.values()) {
      c[i] = it.corpus();
      id[i] = it.id();
      k[i] = it.kind().name();
      f[i] = Json.write(it.fields());
      t[i] = it.text();
      i++;
    }
    try (Connection con = dataSource.getConnection()) {
      try (PreparedStatement ps = con.prepareStatement(ADD_CORPORA)) {
        Array a = con.createArrayOf("text", unique.values().stream().map(Item::corpus).distinct().toArray());
        ps.setArray(1, a);
        ps.executeUpdate();
      }
      try (PreparedStatement ps = con.prepareStatement(UPSERT)) {
        Object[][] columns = {c, id, k, f, t};
        for (int j = 0; j < columns.length; j++) ps.setArray(j + 1, con.createArrayOf("text", columns[j]));
        return ps.executeUpdate();
      }
    } catch (SQLException ex) {
      throw new StoreException("writing " + n + " items", ex);
    }
  }

  public Optional<Item> find(String corpus, String id) {
    try (Connection con = dataSource.getConnection();
         PreparedStatement ps = con.prepareStatement("SELECT kind, fields::text, text FROM items WHERE corpus = ? AND id = ?")) {
      ps.setString(1, corpus);
      ps.setString(2, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) return Optional.empty();
        Map<String, String> fields = Json.MAPPER.readValue(rs.getString(2), FIELDS);
        return Optional.of(new Item(id, corpus, ItemKind.valueOf(rs.getString(1)), fields, rs.getString(3)));
      }
    } catch (SQLException | JsonProcessingException ex) {
      throw new IllegalStateException("reading item " + corpus + "/" + id + ": " + ex.getMessage(), ex);
    }
  }

  /** Every stored item of a corpus, in id order. */
  public List<Item> corpus(String corpus) {
    try (Connection con = dataSource.getConnection();
         PreparedStatement ps = con.prepareStatement("SELECT id, kind, fields::text, text FROM items WHERE corpus = ? ORDER BY id")) {
      ps.setString(1, corpus);
      List<Item> out = new java.util.ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Item(rs.getString(1), corpus, ItemKind.valueOf(rs.getString(2)), Json.MAPPER.readValue(rs.getString(3), FIELDS),
              rs.getString(4)));
        }
      }
      return out;
    } catch (SQLException | JsonProcessingException ex) {
      throw new IllegalStateException("reading corpus " + corpus + ": " + ex.getMessage(), ex);
    }
  }

  public long count() {
    try (Connection con = dataSource.getConnection();
         PreparedStatement ps = con.prepareStatement("SELECT count(*) FROM items");
         ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException ex) {
      throw new StoreException("counting items", ex);
    }
  }
}
