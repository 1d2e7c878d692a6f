package dev.concord.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** Stop words of English, Spanish and Catalan, normalised and accent-folded, loaded from bundled lists. */
public final class StopWords {
  private static final Set<String> ALL = load("en", "es", "ca");

  private StopWords() {}

  /** Whether a word, already through {@link Normalizer#normalize} with accent folding, is a stop word. */
  public static boolean isStopWord(String normalizedFoldedWord) {
    return ALL.contains(normalizedFoldedWord);
  }

  private static Set<String> load(String... languages) {
    Set<String> words = new HashSet<>();
    for (String lang : languages) {
      String resource = "stopwords-" + lang + ".txt";
      try (InputStream in = StopWords.class.getResourceAsStream(resource)) {
        if (in == null) throw new IllegalStateException("missing bundled resource " + resource);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
          for (String w : line.trim().split("\\s+")) {
            if (!w.isEmpty()) words.add(Normalizer.normalize(w, true));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Set.copyOf(words);
  }
}
