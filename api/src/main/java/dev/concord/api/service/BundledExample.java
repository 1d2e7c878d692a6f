package dev.concord.api.service;

import dev.concord.core.Corpus;
import dev.concord.ingest.ReadOptions;
import dev.concord.ingest.Readers;
import dev.concord.ingest.dataset.LabelledPair;
import dev.concord.ingest.dataset.PairFiles;
import dev.concord.matcher.eval.LinkMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The example shipped inside the jar: 40 organisations (the queries) and 40 rows of another register (the
 * reference), 34 of them the same organisations written differently, and the 34 true pairs (for measuring
 * links only, never for fitting).
 */
public record BundledExample(Corpus organisations, Corpus register, List<LinkMetrics.IdPair> gold) {
  public static final String QUERY_CORPUS = "organisations";
  public static final String REFERENCE_CORPUS = "register";
  private static final String FOLDER = "/dev/concord/api/examples/";

  public static BundledExample load() {
    try {
      Path dir = Files.createTempDirectory("concord-example");
      try {
        Corpus organisations = read(dir, "companies-left.csv", QUERY_CORPUS);
        Corpus register = read(dir, "companies-right.csv", REFERENCE_CORPUS);
        List<LinkMetrics.IdPair> gold = PairFiles.read(copy(dir, "companies-gold.csv"), "ltable_id", "rtable_id", "label").stream()
            .filter(LabelledPair::match).map(p -> new LinkMetrics.IdPair(p.left(), p.right())).toList();
        return new BundledExample(organisations, register, gold);
      } finally {
        try (var files = Files.list(dir)) {
          for (Path p : files.toList()) Files.delete(p);
        }
        Files.delete(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled example: " + e.getMessage(), e);
    }
  }

  private static Corpus read(Path dir, String name, String corpus) throws IOException {
    Path file = copy(dir, name);
    return Readers.forFile(file).read(file, ReadOptions.rows(corpus)).corpus();
  }

  private static Path copy(Path dir, String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = BundledExample.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) throw new IllegalStateException("bundled example missing from the jar: " + name);
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }
}
