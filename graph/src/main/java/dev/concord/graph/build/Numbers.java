package dev.concord.graph.build;

import java.math.BigDecimal;
import java.util.Optional;

/** Recognises number tokens (as {@link dev.concord.core.text.TextAnalyzer} leaves them) and writes them canonically. */
public final class Numbers {
  private Numbers() {}

  public static boolean isNumber(String token) {
    if (token.isEmpty() || token.length() > 30) return false;
    boolean digit = false;
    int dots = 0;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c >= '0' && c <= '9') digit = true;
      else if (c == '.' && ++dots == 1) continue;
      else return false;
    }
    return digit;
  }

  /** {@code 1000.0}, {@code 01000} and {@code 1000} all become {@code 1000}; empty when not a number. */
  public static Optional<String> canonical(String token) {
    if (!isNumber(token)) return Optional.empty();
    try {
      BigDecimal d = new BigDecimal(token).stripTrailingZeros();
      return Optional.of(d.signum() == 0 ? "0" : d.toPlainString());
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
