package dev.concord.ingest.message;

import dev.concord.core.Item;

/** The outcome of reading one item message: the item, or why it was rejected. */
public sealed interface ParsedItem {
  record Parsed(Item item) implements ParsedItem {}

  record Rejected(String reason) implements ParsedItem {}
}
