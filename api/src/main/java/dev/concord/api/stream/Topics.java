package dev.concord.api.stream;

import java.util.Objects;

/** The topics of the stream app: items in, links out, rejected input out. */
public record Topics(String items, String links, String deadLetter) {
  public static final Topics DEFAULT = new Topics("concord.items.in", "concord.links", "concord.dead-letter");

  public Topics {
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(links, "links");
    Objects.requireNonNull(deadLetter, "deadLetter");
  }
}
