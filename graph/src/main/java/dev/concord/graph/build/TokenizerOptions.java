package dev.concord.graph.build;

/**
 * How items become token nodes.
 *
 * @param maxWordNgram         longest word n-gram made a token (TDmatch: up to 3)
 * @param attributeValueTokens add {@code attribute=number} tokens for numeric columns, and the same tokens for
 *                             texts that name a numeric column and give a number (a claim "0 cases in january"
 *                             against a row whose {@code january} is 0): a bare number says little, a number in
 *                             its column says a lot
 */
public record TokenizerOptions(int maxWordNgram, boolean attributeValueTokens) {
  public static final TokenizerOptions DEFAULT = new TokenizerOptions(3, true);

  public TokenizerOptions {
    if (maxWordNgram < 1 || maxWordNgram > 3) throw new IllegalArgumentException("maxWordNgram must be 1..3, was " + maxWordNgram);
  }
}
