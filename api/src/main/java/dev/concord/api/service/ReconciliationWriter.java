package dev.concord.api.service;

import dev.concord.api.store.Database;
import dev.concord.api.store.StoredLink;
import dev.concord.core.Corpus;
import dev.concord.core.Item;
import dev.concord.core.Link;
import java.util.List;

/** Persists a batch reconciliation: both corpora's items, then the links, in batches. */
public final class ReconciliationWriter {
  static final int BATCH = 1_000;

  private ReconciliationWriter() {}

  /** Returns how many of the links were new to the database. */
  public static int write(Database db, Corpus left, Corpus right, List<Link> links, String modelVersion) {
    writeItems(db, left);
    writeItems(db, right);
    int fresh = 0;
    for (int i = 0; i < links.size(); i += BATCH) {
      fresh += db.links().upsert(links.subList(i, Math.min(links.size(), i + BATCH)).stream()
          .map(l -> new StoredLink(left.name(), right.name(), l, modelVersion)).toList());
    }
    return fresh;
  }

  /** Stores a corpus's items, so that REST can show what links point at. */
  public static void writeItems(Database db, Corpus corpus) {
    List<Item> items = corpus.items();
    for (int i = 0; i < items.size(); i += BATCH) db.items().upsert(items.subList(i, Math.min(items.size(), i + BATCH)));
  }
}
