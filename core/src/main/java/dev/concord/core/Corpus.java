package dev.concord.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A named, immutable collection of items with one schema (the field names, in order). */
public final class Corpus implements Iterable<Item> {
  private final String name;
  private final List<String> schema;
  private final List<Item> items;
  private final Map<String, Integer> positionById;

  public Corpus(String name, List<String> schema, List<Item> items) {
    this.name = Objects.requireNonNull(name, "name");
    this.schema = List.copyOf(schema);
    this.items = Collections.unmodifiableList(new ArrayList<>(items));
    this.positionById = new HashMap<>(items.size() * 2);
    for (int i = 0; i < this.items.size(); i++) {
      Item item = this.items.get(i);
      if (!item.corpus().equals(name)) {
        throw new IllegalArgumentException("item " + item.id() + " belongs to corpus " + item.corpus() + ", not " + name);
      }
      if (positionById.putIfAbsent(item.id(), i) != null) {
        throw new IllegalArgumentException("duplicate id " + item.id() + " in corpus " + name);
      }
    }
  }

  public String name() { return name; }

  public List<String> schema() { return schema; }

  public List<Item> items() { return items; }

  public int size() { return items.size(); }

  public Item get(int position) { return items.get(position); }

  public Optional<Item> byId(String id) {
    Integer p = positionById.get(id);
    return p == null ? Optional.empty() : Optional.of(items.get(p));
  }

  /** Position of the item with this id, or -1. */
  public int positionOf(String id) {
    return positionById.getOrDefault(id, -1);
  }

  @Override
  public Iterator<Item> iterator() { return items.iterator(); }

  @Override
  public String toString() { return "Corpus[" + name + ", " + items.size() + " items, schema " + schema + "]"; }
}
