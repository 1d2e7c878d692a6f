package dev.concord.embeddings.text2token;

import dev.concord.core.text.TextAnalyzer;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The output vocabulary of a Text2Token model: the tokens it predicts, with their inverse document frequency.
 *
 * <p>Text2Token (2025) predicts a distribution over a language model's tokenizer vocabulary, i.e. over subword
 * pieces (WordPiece, Wu et al. 2016; Schuster &amp; Nakajima 2012), not over whole words. Whole words alone miss
 * wherever words are broken or varied: OCR'd book spines ({@code "Maalouf 008 Maa ndo"} for {@code "... mundo"}),
 * inflections in paraphrased claims ({@code voted} / {@code vote}). So the vocabulary has two parts:
 * <ul>
 *   <li><b>words</b> ({@code ids < wordCount()}): the texts' words, stop words removed;</li>
 *   <li><b>pieces</b> ({@code ids >= wordCount()}): the character 3-grams of each word padded with a space at both
 *   ends (subword pieces in the manner of fastText, Bojanowski et al. 2017, which keep a broken word's surviving
 *   part matchable where a learned WordPiece segmentation of a fragment need not agree with that of the whole word).
 *   A piece is written {@code "#" + gram}; no word starts with {@code #}. Words without a letter (numbers, most
 *   codes) get no pieces: a piece of a number says nothing about the number.</li>
 * </ul>
 * In each part, tokens seen once, and tokens in more than half of all texts (boilerplate), are left out; tokens seen
 * in both corpora come first (they are the ones that can link a query to a reference), then the most frequent of the
 * rest, up to each part's cap.
 */
public final class Vocabulary {
  /** Marks a piece; never the first character of a word (words are runs of letters and digits). */
  static final String PIECE = "#";
  private final String[] tokens;
  private final float[] idf;
  private final int wordCount;
  private final Object2IntOpenHashMap<String> ids = new Object2IntOpenHashMap<>();

  /** Tokens with their idf, the words first and then the pieces. */
  Vocabulary(String[] tokens, float[] idf) {
    if (tokens.length != idf.length) throw new IllegalArgumentException("tokens and idf differ in length");
    this.tokens = tokens;
    this.idf = idf;
    int words = 0;
    while (words < tokens.length && !tokens[words].startsWith(PIECE)) words++;
    for (int i = words; i < tokens.length; i++) {
      if (!tokens[i].startsWith(PIECE)) throw new IllegalArgumentException("word '" + tokens[i] + "' after the pieces");
    }
    this.wordCount = words;
    ids.defaultReturnValue(-1);
    for (int i = 0; i < tokens.length; i++) {
      if (ids.put(tokens[i], i) != -1) throw new IllegalArgumentException("duplicate token '" + tokens[i] + "'");
    }
  }

  /** The pieces of a word (see the class comment); none for a word without a letter. */
  static List<String> pieces(String word) {
    boolean letter = false;
    for (int i = 0; i < word.length() && !letter; i++) letter = Character.isLetter(word.charAt(i));
    if (!letter) return List.of();
    List<String> grams = TextAnalyzer.charNgrams(word, 3);
    List<String> out = new ArrayList<>(grams.size());
    for (String g : grams) out.add(PIECE + g);
    return out;
  }

  /** Builds the vocabulary from the word lists of two corpora: at most {@code maxWords} words and {@code maxPieces} pieces. */
  static Vocabulary build(List<List<String>> first, List<List<String>> second, int maxWords, int maxPieces) {
    Object2IntOpenHashMap<String> df = new Object2IntOpenHashMap<>();
    Set<String> inFirst = new HashSet<>();
    Set<String> inSecond = new HashSet<>();
    count(first, df, inFirst);
    count(second, df, inSecond);
    int n = first.size() + second.size();
    List<String> words = new ArrayList<>();
    List<String> pieces = new ArrayList<>();
    for (var e : df.object2IntEntrySet()) {
      if (e.getIntValue() >= 2 && e.getIntValue() <= n / 2) (e.getKey().startsWith(PIECE) ? pieces : words).add(e.getKey());
    }
    Comparator<String> order = Comparator.comparing((String w) -> !(inFirst.contains(w) && inSecond.contains(w)))
        .thenComparing(w -> -df.getInt(w)).thenComparing(w -> w);
    words.sort(order);
    pieces.sort(order);
    List<String> kept = new ArrayList<>(words.subList(0, Math.min(maxWords, words.size())));
    kept.addAll(pieces.subList(0, Math.min(maxPieces, pieces.size())));
    String[] t = kept.toArray(new String[0]);
    float[] idf = new float[t.length];
    for (int i = 0; i < t.length; i++) idf[i] = (float) (Math.log((n + 1.0) / (df.getInt(t[i]) + 1.0)) + 1);
    return new Vocabulary(t, idf);
  }

  private static void count(List<List<String>> docs, Object2IntOpenHashMap<String> df, Set<String> seen) {
    for (List<String> doc : docs) {
      Set<String> tokens = new HashSet<>(doc);
      for (String w : doc) tokens.addAll(pieces(w));
      for (String t : tokens) {
        df.addTo(t, 1);
        seen.add(t);
      }
    }
  }

  public int size() { return tokens.length; }

  /** How many of the tokens are words; ids from here on are pieces. */
  public int wordCount() { return wordCount; }

  /** Whether the token of this id is a subword piece rather than a word. */
  public boolean isPiece(int id) { return id >= wordCount; }

  public String token(int id) { return tokens[id]; }

  /** The token's id, or -1 when it is not in the vocabulary. */
  public int id(String token) { return ids.getInt(token); }

  public float idf(int id) { return idf[id]; }

  String[] tokens() { return tokens; }

  float[] idfs() { return idf; }
}
