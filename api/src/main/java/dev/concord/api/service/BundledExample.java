package dev.concord.api.service;

import dev.concord.core.Corpus;
import dev.concord.ingest.ReadOptions;
import dev.concord.ingest.Readers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The example shipped inside the jar: 40 organisations (the queries) and 40 rows of another register (the
 * reference), 34 of them the same organisations written differently.
 */
public record BundledExample(Corpus organisations, Corpus register) {
  public static final String QUERY_CORPUS = "organisations";
  public static final String REFERENCE_CORPUS = "register";
  private static final String FOLDER = "/dev/concord/api/examples/";

  public static BundledExample load() {
    try {
      Path dir = Files.createTempDirectory("concord-example");
      try {
        return new BundledExample(read(dir, "companies-left.csv", QUERY_CORPUS), read(dir, "companies-right.csv", REFERENCE_CORPUS));
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
    Path file = dir.resolve(name);
    try (InputStream in = BundledExample.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) throw new IllegalStateException("bundled example missing from the jar: " + name);
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    return Readers.forFile(file).read(file, ReadOptions.rows(corpus)).corpus();
  }
}
