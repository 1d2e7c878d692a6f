package dev.concord.books.shelf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shelf matching methods by the names eval reports and the CLI use; {@code concord} is the default.
 */
public final class ShelfMethods {
  public static final String DEFAULT = "concord";
  private static final Map<String, ShelfOptions> BY_NAME = new LinkedHashMap<>();

  static {
    BY_NAME.put(DEFAULT, ShelfOptions.DEFAULT);
    BY_NAME.put("books-argmax", ShelfOptions.DEFAULT.withStrategy(Strategy.ARGMAX));
    BY_NAME.put("books-shelf", ShelfOptions.DEFAULT.withStrategy(Strategy.SHELF));
    BY_NAME.put("books-copies", ShelfOptions.DEFAULT.withStrategy(Strategy.SHELF_COPIES));
  }

  private ShelfMethods() {}

  public static Optional<ShelfOptions> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** The method of that name, or an error that lists the names there are. */
  public static ShelfOptions require(String name) {
    return byName(name).orElseThrow(() ->
        new IllegalArgumentException("shelf method must be one of " + names() + ", was '" + name + "'"));
  }

  public static List<String> names() {
    return List.copyOf(BY_NAME.keySet());
  }
}
