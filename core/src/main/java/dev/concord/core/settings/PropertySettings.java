package dev.concord.core.settings;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Settings read from properties under one prefix ({@code concord.graph.walks}), so that ablations run from the
 * command line ({@code CONCORD_JAVA_OPTS="-Dconcord.graph.expand=false"}); a key that is not set, or set blank,
 * keeps its default, and a value that does not parse is refused with the property's name and value.
 */
public final class PropertySettings {
  private final String prefix;
  private final UnaryOperator<String> lookup;

  /**
   * @param prefix the common prefix, including its final dot
   * @param lookup the raw value of a full property name, or null when unset
   */
  public PropertySettings(String prefix, UnaryOperator<String> lookup) {
    this.prefix = Objects.requireNonNull(prefix, "prefix");
    this.lookup = Objects.requireNonNull(lookup, "lookup");
  }

  /** The JVM's system properties under {@code prefix}. */
  public static PropertySettings system(String prefix) {
    return new PropertySettings(prefix, System::getProperty);
  }

  /** The parsed value of {@code prefix + key}, or {@code fallback} when it is not set. */
  public <T> T get(String key, Function<String, T> parse, T fallback) {
    return optional(key, parse).orElse(fallback);
  }

  /**
   * The value {@code choices} names for {@code prefix + key}, or {@code fallback} when it is not set; a name not
   * among the choices is refused with the names that are.
   */
  public <T> T choice(String key, Map<String, T> choices, T fallback) {
    return get(key, v -> {
      T chosen = choices.get(v);
      if (chosen == null) throw new IllegalArgumentException("must be one of " + new TreeSet<>(choices.keySet()));
      return chosen;
    }, fallback);
  }

  /** The parsed value of {@code prefix + key}, empty when it is not set. */
  public <T> Optional<T> optional(String key, Function<String, T> parse) {
    String raw = lookup.apply(prefix + key);
    if (raw == null || raw.isBlank()) return Optional.empty();
    try {
      return Optional.of(parse.apply(raw.strip()));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("property " + prefix + key + "=" + raw + " is not valid: " + e.getMessage(), e);
    }
  }
}
