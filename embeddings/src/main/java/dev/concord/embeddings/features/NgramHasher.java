package dev.concord.embeddings.features;

import dev.concord.core.text.Normalizer;
import it.unimi.dsi.fastutil.ints.Int2FloatOpenHashMap;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The feature hashing trick (Weinberger et al., 2009) over character and word n-grams: every n-gram is hashed
 * with a stable hash (independent of the JVM) into one of {@code 2^bits} buckets, so a model has a fixed-size
 * input for strings it has never seen. Text is normalised (NFKC, case folding, accents folded) and split on
 * anything that is not a letter or digit; character n-grams are taken over the words joined by single spaces
 * and padded with a space, so word starts and ends are features of their own.
 *
 * @param bits        log2 of the number of buckets
 * @param minChar     shortest character n-gram (0 for none)
 * @param maxChar     longest character n-gram
 * @param wordGrams   longest word n-gram (0 for none)
 */
public record NgramHasher(int bits, int minChar, int maxChar, int wordGrams) {
  public NgramHasher {
    if (bits < 4 || bits > 26) throw new IllegalArgumentException("bits must be in 4..26, was " + bits);
    if (minChar < 0 || maxChar < minChar) throw new IllegalArgumentException("need 0 <= minChar <= maxChar");
    if (wordGrams < 0 || wordGrams > 3) throw new IllegalArgumentException("wordGrams must be in 0..3");
  }

  public int buckets() { return 1 << bits; }

  /** Writes the four settings, the header of every model file built on a hasher. */
  public void write(java.io.DataOutput out) throws java.io.IOException {
    out.writeInt(bits);
    out.writeInt(minChar);
    out.writeInt(maxChar);
    out.writeInt(wordGrams);
  }

  /** Reads what {@link #write} wrote. */
  public static NgramHasher read(java.io.DataInput in) throws java.io.IOException {
    return new NgramHasher(in.readInt(), in.readInt(), in.readInt(), in.readInt());
  }

  /** Lower-cased, accent-folded words: maximal runs of letters and digits. */
  public static List<String> words(String text) {
    String s = Normalizer.normalize(text, true);
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        if (start < 0) start = i;
      } else if (start >= 0) {
        out.add(s.substring(start, i));
        start = -1;
      }
    }
    if (start >= 0) out.add(s.substring(start));
    return out;
  }

  public HashedFeatures features(String text) {
    return features(words(text));
  }

  public HashedFeatures features(List<String> words) {
    Int2FloatOpenHashMap counts = new Int2FloatOpenHashMap();
    int mask = buckets() - 1;
    if (minChar > 0 && !words.isEmpty()) {
      String padded = " " + String.join(" ", words) + " ";
      for (int n = minChar; n <= maxChar; n++) {
        for (int i = 0; i + n <= padded.length(); i++) {
          counts.addTo(hash('c', padded, i, i + n) & mask, 1f);
        }
      }
    }
    for (int n = 1; n <= wordGrams; n++) {
      for (int i = 0; i + n <= words.size(); i++) {
        String g = n == 1 ? words.get(i) : String.join(" ", words.subList(i, i + n));
        counts.addTo(hash((char) ('0' + n), g, 0, g.length()) & mask, 1f);
      }
    }
    int[] b = counts.keySet().toIntArray();
    java.util.Arrays.sort(b);
    float[] c = new float[b.length];
    for (int i = 0; i < b.length; i++) c[i] = counts.get(b[i]);
    return new HashedFeatures(b, c);
  }

  /** FNV-1a over the UTF-8 bytes of a kind tag and the substring, then a murmur3 finaliser for mixing. */
  static int hash(char kind, String s, int from, int to) {
    int h = 0x811c9dc5;
    h = (h ^ kind) * 0x01000193;
    byte[] bytes = s.substring(from, to).getBytes(StandardCharsets.UTF_8);
    for (byte x : bytes) h = (h ^ (x & 0xff)) * 0x01000193;
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }
}
