package dev.concord.core;

import java.util.Objects;

/** Identifies an item across corpora. */
public record ItemKey(String corpus, String id) {
  public ItemKey {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(id, "id");
  }

  @Override
  public String toString() {
    return corpus + "/" + id;
  }
}
