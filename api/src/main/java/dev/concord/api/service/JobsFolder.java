package dev.concord.api.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The one folder whose files a batch job submitted over REST may read. A client names its input files; without
 * this confinement any file the server process can read (keys, other tenants' data) would be read and, through
 * the links and error messages, partly echoed back. Names are taken relative to the folder; an absolute name is
 * accepted only when it lies inside it, also after following symbolic links.
 */
public final class JobsFolder {
  private final Path root;

  private JobsFolder(Path root) {
    this.root = root;
  }

  /** The folder at {@code root}, created when missing. */
  public static JobsFolder at(Path root) {
    Objects.requireNonNull(root, "root");
    try {
      Files.createDirectories(root);
      return new JobsFolder(root.toRealPath());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the jobs folder " + root + ": " + e.getMessage(), e);
    }
  }

  public Path root() { return root; }

  /**
   * The file a client means by {@code name}.
   *
   * @throws OutsideFolder when the name leads out of the folder
   */
  public Path resolve(String name) {
    Path p = root.resolve(name).normalize();
    if (!p.startsWith(root)) throw new OutsideFolder(name, root);
    if (Files.exists(p)) {
      try {
        if (!p.toRealPath().startsWith(root)) throw new OutsideFolder(name, root);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot resolve " + p + ": " + e.getMessage(), e);
      }
    }
    return p;
  }

  /** A file name that leads out of the jobs folder. */
  public static final class OutsideFolder extends RuntimeException {
    OutsideFolder(String name, Path root) {
      super("'" + name + "' is outside the jobs folder " + root + ": jobs read only files in that folder (serve --jobs-dir)",
          null, false, false);
    }
  }
}
