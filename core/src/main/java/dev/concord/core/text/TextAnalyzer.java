package dev.concord.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns text into the tokens every matcher uses: normalised words (numbers and codes kept whole),
 * word n-grams and character n-grams.
 *
 * <p>Word tokens are maximal runs of letters and digits. A separator between two digits that reads as a
 * thousands separator ({@code 1,000}) is removed and a decimal point is kept ({@code 3.5}), so numbers
 * survive as one token; codes such as {@code 92(Fra) Pre} become {@code 92 fra pre}. Apostrophes split
 * words ({@code l'home} gives {@code l home}).
 */
public final class TextAnalyzer {
  private final AnalyzerOptions options;

  public TextAnalyzer(AnalyzerOptions options) {
    this.options = options;
  }

  public TextAnalyzer() {
    this(AnalyzerOptions.DEFAULT);
  }

  public AnalyzerOptions options() { return options; }

  public String normalize(String s) {
    return Normalizer.normalize(s, options.foldAccents());
  }

  /** Word tokens of the normalised text, stop words removed when the options say so. */
  public List<String> words(String text) {
    List<String> all = rawWords(normalize(text));
    if (!options.removeStopWords()) return all;
    List<String> kept = new ArrayList<>(all.size());
    for (String w : all) {
      if (!StopWords.isStopWord(options.foldAccents() ? w : Normalizer.foldAccents(w))) kept.add(w);
    }
    return kept;
  }

  /** Word n-grams from 1 up to the options' maximum, joined by a space. */
  public List<String> wordNgrams(String text) {
    return wordNgrams(words(text), options.maxWordNgram());
  }

  public static List<String> wordNgrams(List<String> words, int maxN) {
    List<String> out = new ArrayList<>(words.size() * maxN);
    out.addAll(words);
    for (int n = 2; n <= maxN; n++) {
      for (int i = 0; i + n <= words.size(); i++) {
        out.add(String.join(" ", words.subList(i, i + n)));
      }
    }
    return out;
  }

  /**
   * Character n-grams of the normalised words joined by single spaces and padded with a space at both
   * ends, so word boundaries count. Stop words are kept: short titles need them.
   */
  public List<String> charNgrams(String text) {
    return charNgrams(String.join(" ", rawWords(normalize(text))), options.charNgram());
  }

  public static List<String> charNgrams(String joinedWords, int n) {
    String padded = " " + joinedWords + " ";
    List<String> out = new ArrayList<>(Math.max(0, padded.length() - n + 1));
    if (joinedWords.isEmpty()) return out;
    for (int i = 0; i + n <= padded.length(); i++) {
      out.add(padded.substring(i, i + n));
    }
    return out;
  }

  /** Splits already normalised text into word tokens (see the class comment). */
  static List<String> rawWords(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    int len = s.length();
    for (int i = 0; i < len; ) {
      int cp = s.codePointAt(i);
      int w = Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        cur.appendCodePoint(cp);
      } else if ((cp == ',' || cp == '.') && cur.length() > 0 && Character.isDigit(cur.charAt(cur.length() - 1))
          && i + 1 < len && Character.isDigit(s.charAt(i + 1))) {
        if (cp == '.' || !isThousandsGroup(s, i + 1)) {
          cur.append(cp == ',' ? '.' : (char) cp);
        }
      } else if (cur.length() > 0) {
        out.add(cur.toString());
        cur.setLength(0);
      }
      i += w;
    }
    if (cur.length() > 0) out.add(cur.toString());
    return out;
  }

  private static boolean isThousandsGroup(String s, int start) {
    int end = start;
    while (end < s.length() && Character.isDigit(s.charAt(end))) end++;
    return end - start == 3;
  }
}
