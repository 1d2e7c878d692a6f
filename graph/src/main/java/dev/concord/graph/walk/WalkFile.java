package dev.concord.graph.walk;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes walks as text, one walk per line, node indexes separated by spaces: the corpus format of gensim's and
 * word2vec's C trainers, so their speed and vectors can be compared with ours on the very same walks.
 */
public final class WalkFile {
  private WalkFile() {}

  public static void write(Walks walks, Path file) {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
      StringBuilder line = new StringBuilder(walks.maxLength() * 7);
      for (int w = 0; w < walks.count(); w++) {
        line.setLength(0);
        for (int i = 0; i < walks.length(w); i++) {
          if (i > 0) line.append(' ');
          line.append(walks.node(w, i));
        }
        out.write(line.append('\n').toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write walks to " + file + ": " + e.getMessage(), e);
    }
  }
}
