package dev.concord.matcher.features;

import dev.concord.core.Corpus;
import dev.concord.core.Item;
import dev.concord.core.ItemKey;
import dev.concord.core.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Field-aware similarity features of a pair of items: whole-record TF-IDF cosines over words and character
 * 3-grams, shared identifier-like codes (model numbers, ISBNs), and per shared field a comparison fitting its
 * kind (words and 3-grams for text, Jaro-Winkler for short names, relative difference for numbers).
 * IDF comes from both sources together. Item profiles are cached, and unseen items are profiled on demand.
 */
public final class PairFeatures {
  private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();
  private static final int JW_MAX_CHARS = 80;

  private final TextAnalyzer analyzer;
  private final List<FieldProfile> fields;
  private final Vocabulary words = new Vocabulary();
  private final Vocabulary chars = new Vocabulary();
  private final Vocabulary codes = new Vocabulary();
  private final List<Vocabulary> fieldWords = new ArrayList<>();
  private final List<Vocabulary> fieldChars = new ArrayList<>();
  private final List<String> names = new ArrayList<>();
  private final Map<ItemKey, Profile> cache = new ConcurrentHashMap<>();

  /** What the features need of one item, computed once. */
  private record Profile(SparseVector words, SparseVector chars, SparseVector codes, SparseVector[] fieldWords,
      SparseVector[] fieldChars, String[] fieldText, double[] fieldNumber, java.util.Set<String> wordSet,
      List<String> joinedCodes, String squashed) {}

  public PairFeatures(TextAnalyzer analyzer, Corpus left, Corpus right) {
    this.analyzer = analyzer;
    this.fields = FieldProfile.align(left, right);
    for (int f = 0; f < fields.size(); f++) {
      fieldWords.add(new Vocabulary());
      fieldChars.add(new Vocabulary());
    }
    for (Corpus c : List.of(left, right)) {
      for (Item it : c) {
        String content = it.content();
        words.count(analyzer.words(content));
        chars.count(analyzer.charNgrams(content));
        codes.count(codeTokens(analyzer.words(content)));
        for (int f = 0; f < fields.size(); f++) {
          String v = it.field(fields.get(f).name());
          fieldWords.get(f).count(analyzer.words(v));
          fieldChars.get(f).count(analyzer.charNgrams(v));
        }
      }
    }
    words.freeze();
    chars.freeze();
    codes.freeze();
    fieldWords.forEach(Vocabulary::freeze);
    fieldChars.forEach(Vocabulary::freeze);
    names.addAll(List.of("all_words", "all_char3", "codes_shared", "codes_conflict", "codes_contained_max",
        "codes_contained_min"));
    for (FieldProfile f : fields) {
      switch (f.kind()) {
        case NUMBER -> names.addAll(List.of(f.name() + "_num", f.name() + "_missing"));
        case SHORT_TEXT -> names.addAll(List.of(f.name() + "_words", f.name() + "_char3", f.name() + "_jw", f.name() + "_missing"));
        case TEXT -> names.addAll(List.of(f.name() + "_words", f.name() + "_char3", f.name() + "_missing"));
      }
    }
  }

  public List<String> names() { return List.copyOf(names); }

  public List<FieldProfile> fields() { return fields; }

  /**
   * The direction in which each feature can make a match more likely, in the order of {@link #names()}: +1 for
   * similarities (a higher value never argues against a match), -1 for conflicting codes, 0 for the missing-value
   * flags (a missing field says nothing either way).
   */
  public int[] monotone() {
    int[] m = new int[names.size()];
    for (int i = 0; i < m.length; i++) {
      String n = names.get(i);
      m[i] = n.endsWith("_missing") ? 0 : n.equals("codes_conflict") ? -1 : 1;
    }
    return m;
  }

  /** Tokens that look like identifiers: letters and digits mixed, or long digit runs. */
  static List<String> codeTokens(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String w : words) if (isCode(w)) out.add(w);
    return out;
  }

  private static boolean isCode(String w) {
    boolean digit = false;
    boolean letter = false;
    for (int i = 0; i < w.length(); i++) {
      char ch = w.charAt(i);
      if (Character.isDigit(ch)) digit = true;
      else if (Character.isLetter(ch)) letter = true;
    }
    return (digit && letter && w.length() >= 3) || (digit && !letter && w.length() >= 4 && w.indexOf('.') < 0);
  }

  /**
   * Identifier-like codes with their punctuation dropped: each whitespace-separated chunk of the normalised text
   * reduced to its letters and digits ("ps-lx350h" gives "pslx350h"), and the code words the analyser splits
   * from it ("lx350h").
   */
  static List<String> joinedCodes(String normalized, List<String> words) {
    java.util.Set<String> out = new java.util.LinkedHashSet<>(codeTokens(words));
    for (String chunk : normalized.split("\\s+")) {
      String squashed = squash(chunk);
      if (isCode(squashed)) out.add(squashed);
    }
    return List.copyOf(out);
  }

  /** The letters and digits of a text with nothing between them: where a code can be looked up. */
  static String squash(String normalized) {
    StringBuilder b = new StringBuilder(normalized.length());
    normalized.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
    return b.toString();
  }

  /**
   * Share of one item's joined codes (weighted by length: longer codes are rarer) found anywhere inside the other
   * item's squashed text; 0 when it has no code. Finds a model number written with other separators, or inside
   * a longer token.
   */
  static double containedShare(List<String> codes, String squashed) {
    double total = 0;
    double found = 0;
    for (String c : codes) {
      total += c.length();
      if (squashed.contains(c)) found += c.length();
    }
    return total == 0 ? 0 : found / total;
  }

  /** Profiles of fitted items are kept; those of items seen only once (a REST query) are not. */
  private Profile profile(Item it) {
    Profile p = cache.get(it.key());
    return p != null ? p : build(it);
  }

  /** Keeps the profile of an item that will be compared often (a fitted or newly added reference item). */
  public void remember(Item it) {
    cache.computeIfAbsent(it.key(), k -> build(it));
  }

  private Profile build(Item it) {
    String content = it.content();
    List<String> w = analyzer.words(content);
    String normalized = analyzer.normalize(content);
    int n = fields.size();
    SparseVector[] fw = new SparseVector[n];
    SparseVector[] fc = new SparseVector[n];
    String[] ft = new String[n];
    double[] fn = new double[n];
    for (int f = 0; f < n; f++) {
      String v = it.field(fields.get(f).name());
      fw[f] = fieldWords.get(f).vector(analyzer.words(v));
      fc[f] = fieldChars.get(f).vector(analyzer.charNgrams(v));
      ft[f] = analyzer.normalize(v).strip();
      fn[f] = FieldProfile.parseNumber(v);
    }
    return new Profile(words.vector(w), chars.vector(analyzer.charNgrams(content)), codes.vector(codeTokens(w)), fw, fc,
        ft, fn, java.util.Set.copyOf(w), joinedCodes(normalized, w), squash(normalized));
  }

  /** Feature values in the order of {@link #names()}. */
  public double[] of(Item left, Item right) {
    Profile a = profile(left);
    Profile b = profile(right);
    double[] x = new double[names.size()];
    int k = 0;
    x[k++] = a.words().cosine(b.words());
    x[k++] = a.chars().cosine(b.chars());
    double shared = a.codes().weightedOverlap(b.codes(), codes.idf());
    x[k++] = shared;
    x[k++] = (!a.codes().isEmpty() && !b.codes().isEmpty() && shared == 0) ? 1 : 0;
    double ab = containedShare(a.joinedCodes(), b.squashed());
    double ba = containedShare(b.joinedCodes(), a.squashed());
    x[k++] = Math.max(ab, ba);
    x[k++] = Math.min(ab, ba);
    for (int f = 0; f < fields.size(); f++) {
      boolean missing = a.fieldText()[f].isEmpty() || b.fieldText()[f].isEmpty();
      switch (fields.get(f).kind()) {
        case NUMBER -> {
          double p = a.fieldNumber()[f];
          double q = b.fieldNumber()[f];
          boolean bad = Double.isNaN(p) || Double.isNaN(q);
          double denom = Math.max(Math.abs(p), Math.abs(q));
          x[k++] = bad ? Double.NaN : (denom == 0 ? 1 : 1 - Math.abs(p - q) / denom);
          x[k++] = bad ? 1 : 0;
        }
        case SHORT_TEXT -> {
          x[k++] = missing ? Double.NaN : a.fieldWords()[f].cosine(b.fieldWords()[f]);
          x[k++] = missing ? Double.NaN : a.fieldChars()[f].cosine(b.fieldChars()[f]);
          x[k++] = missing ? Double.NaN : jaroWinkler(a.fieldText()[f], b.fieldText()[f]);
          x[k++] = missing ? 1 : 0;
        }
        case TEXT -> {
          x[k++] = missing ? Double.NaN : a.fieldWords()[f].cosine(b.fieldWords()[f]);
          x[k++] = missing ? Double.NaN : a.fieldChars()[f].cosine(b.fieldChars()[f]);
          x[k++] = missing ? 1 : 0;
        }
      }
    }
    return x;
  }

  private static double jaroWinkler(String a, String b) {
    return JW.apply(a.length() > JW_MAX_CHARS ? a.substring(0, JW_MAX_CHARS) : a,
        b.length() > JW_MAX_CHARS ? b.substring(0, JW_MAX_CHARS) : b);
  }

  /** Feature values by name, for explanations (NaN, a missing value, is left out). */
  public Map<String, Double> named(double[] x) {
    Map<String, Double> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < x.length; i++) if (!Double.isNaN(x[i])) m.put(names.get(i), x[i]);
    return m;
  }

  /** The word tokens both items contain, sorted. */
  public List<String> sharedWords(Item a, Item b) {
    java.util.Set<String> wa = profile(a).wordSet();
    java.util.Set<String> shared = new java.util.TreeSet<>();
    for (String w : profile(b).wordSet()) if (wa.contains(w)) shared.add(w);
    return List.copyOf(shared);
  }
}
