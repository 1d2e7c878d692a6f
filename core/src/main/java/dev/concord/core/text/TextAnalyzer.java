package dev.concord.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns text into the tokens every matcher uses: normalised words (numbers and codes kept whole),
 * word n-grams and character n-grams.
 *
 * <p>Word tokens are maximal runs of letters and digits. A separator between two digits that reads as a
 * thousands separator ({@code 1,000}) is removed and a decimal point is kept ({@code 3.5}), so numbers
 * survive as one token ({@code 3,5} reads as {@code 3.5}); codes such as {@code 92(Fra) Pre} become
 * {@code 92 fra pre}. Apostrophes split words ({@code l'home} gives {@code l home}); the Catalan middle dot
 * does not ({@code col·lecció} is the one word {@code collecció}). Combining marks
 * left by normalisation stay in their word. A dot between digits is ambiguous ({@code 1.000} is a thousand
 * in Spanish); it is kept as written, a decimal point.
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
      if (!StopWords.isStopWord(options.foldAccents() ? w : Normalizer.normalize(w, true))) kept.add(w);
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

  /**
   * The n-grams of code points (never half a surrogate pair) of {@code " " + joinedWords + " "}; a text
   * shorter than n gives that padded text as its one gram, so that no word is left without any.
   */
  public static List<String> charNgrams(String joinedWords, int n) {
    List<String> out = new ArrayList<>();
    if (joinedWords.isEmpty()) return out;
    String padded = " " + joinedWords + " ";
    int count = padded.codePointCount(0, padded.length());
    if (count <= n) {
      out.add(padded);
      return out;
    }
    int[] starts = new int[count + 1];
    for (int i = 0, at = 0; i < count; i++) {
      starts[i] = at;
      at += Character.charCount(padded.codePointAt(at));
    }
    starts[count] = padded.length();
    for (int i = 0; i + n <= count; i++) {
      out.add(padded.substring(starts[i], starts[i + n]));
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
      int next = i + Character.charCount(cp);
      boolean inWord = cur.length() > 0;
      if (Character.isLetterOrDigit(cp) || (inWord && isMark(cp))) {
        cur.appendCodePoint(cp);
      } else if (inWord && (cp == ',' || cp == '.') && Character.isDigit(cur.codePointBefore(cur.length()))
          && next < len && Character.isDigit(s.codePointAt(next))) {
        if (cp == '.' || !isThousandsGroup(s, next)) cur.append('.');
      } else if (inWord && cp == '\u00B7' && Character.isLetter(cur.codePointBefore(cur.length()))
          && next < len && Character.isLetter(s.codePointAt(next))) {
        // Catalan ela geminada: col·lecció is one word, written with or without the middle dot
      } else if (inWord) {
        out.add(cur.toString());
        cur.setLength(0);
      }
      i = next;
    }
    if (cur.length() > 0) out.add(cur.toString());
    return out;
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isThousandsGroup(String s, int start) {
    int end = start;
    while (end < s.length() && Character.isDigit(s.charAt(end))) end++;
    return end - start == 3;
  }
}
