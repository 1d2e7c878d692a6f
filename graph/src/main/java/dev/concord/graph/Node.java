package dev.concord.graph;

import dev.concord.core.ItemKey;
import java.util.Objects;

/**
 * A node of the matching graph. Items are named by their {@link ItemKey} ({@code corpus/id}), so that two
 * corpora may reuse ids.
 */
public record Node(NodeKind kind, String name) {
  public Node {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
  }

  public static Node item(ItemKey key) { return new Node(NodeKind.ITEM, key.toString()); }

  public static Node token(String token) { return new Node(NodeKind.TOKEN, token); }

  public static Node attribute(String name) { return new Node(NodeKind.ATTRIBUTE, name); }

  /** A label unique across kinds, used to store vectors: {@code i:}, {@code a:} or {@code t:} then the name. */
  public String label() {
    return switch (kind) {
      case ITEM -> "i:" + name;
      case ATTRIBUTE -> "a:" + name;
      case TOKEN -> "t:" + name;
    };
  }

  public boolean isToken() { return kind == NodeKind.TOKEN; }

  public boolean isItem() { return kind == NodeKind.ITEM; }
}
