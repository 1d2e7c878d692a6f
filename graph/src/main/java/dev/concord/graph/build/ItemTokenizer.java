package dev.concord.graph.build;

import dev.concord.core.Item;
import dev.concord.core.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an item into the tokens of the graph: normalised word n-grams of every field value and of the text
 * (stop words removed, numbers kept whole), each tagged with the attribute it came from, plus
 * attribute-value tokens (see {@link TokenizerOptions#attributeValueTokens()}).
 */
public final class ItemTokenizer {
  /** A token and the attribute whose value it came from ("" for free text). */
  public record AttributedToken(String attribute, String token) {}

  private final TextAnalyzer analyzer;
  private final TokenizerOptions options;
  private final Set<String> numericAttributes;

  /**
   * @param numericAttributes normalised names of the columns holding numbers, across the corpora matched
   */
  public ItemTokenizer(TextAnalyzer analyzer, TokenizerOptions options, Set<String> numericAttributes) {
    this.analyzer = analyzer;
    this.options = options;
    this.numericAttributes = Set.copyOf(numericAttributes);
  }

  public Set<String> numericAttributes() { return numericAttributes; }

  public TokenizerOptions options() { return options; }

  /** The distinct tokens of the item, first occurrence first. */
  public List<AttributedToken> tokens(Item item) {
    return new ArrayList<>(new LinkedHashSet<>(occurrences(item)));
  }

  /**
   * Every occurrence of the item's tokens, in order, repeats included: what term frequencies and item lengths are
   * counted from.
   */
  public List<AttributedToken> occurrences(Item item) {
    List<AttributedToken> out = new ArrayList<>();
    for (Map.Entry<String, String> f : item.fields().entrySet()) {
      String attribute = attributeName(f.getKey());
      List<String> words = analyzer.words(f.getValue());
      for (String t : TextAnalyzer.wordNgrams(words, options.maxWordNgram())) out.add(new AttributedToken(attribute, t));
      if (options.attributeValueTokens() && numericAttributes.contains(attribute) && words.size() == 1) {
        Numbers.canonical(words.get(0)).ifPresent(n -> out.add(new AttributedToken(attribute, attributeValue(attribute, n))));
      }
    }
    if (!item.text().isBlank()) {
      List<String> words = analyzer.words(item.text());
      for (String t : TextAnalyzer.wordNgrams(words, options.maxWordNgram())) out.add(new AttributedToken("", t));
      if (options.attributeValueTokens() && !numericAttributes.isEmpty()) addMentionedValues(words, out);
    }
    return new ArrayList<>(out);
  }

  private void addMentionedValues(List<String> words, List<AttributedToken> out) {
    List<String> named = new ArrayList<>();
    List<String> numbers = new ArrayList<>();
    for (String w : words) {
      if (numericAttributes.contains(w)) named.add(w);
      Numbers.canonical(w).ifPresent(numbers::add);
    }
    for (String a : named) for (String n : numbers) out.add(new AttributedToken("", attributeValue(a, n)));
  }

  public String attributeName(String field) {
    return String.join(" ", analyzer.words(field).isEmpty() ? List.of(analyzer.normalize(field)) : analyzer.words(field));
  }

  static String attributeValue(String attribute, String number) {
    return attribute + "=" + number;
  }
}
