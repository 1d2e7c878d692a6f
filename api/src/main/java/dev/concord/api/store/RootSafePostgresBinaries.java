package dev.concord.api.store;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

/**
 * PostgreSQL binaries for zonky's embedded server that also start when the JVM runs as root.
 *
 * <p>{@code initdb}, {@code pg_ctl} and {@code postgres} refuse to run as root. Zonky only ever calls
 * {@code bin/initdb} and {@code bin/pg_ctl}, so the archive handed to zonky holds just those two, as shell
 * wrappers: under root they run the real binaries through {@code unshare --user}, a new user namespace in which
 * root is seen as an unprivileged id (files the server creates are still root's on disk); otherwise they run
 * them directly. The real binaries are zonky's own bundled ones, unpacked once per version into a cache folder.
 */
public final class RootSafePostgresBinaries implements PgBinaryResolver {
  private final Path cacheDir;

  /** @param cacheDir where the real binaries are unpacked (one sub-folder per archive digest) */
  public RootSafePostgresBinaries(Path cacheDir) {
    this.cacheDir = cacheDir;
  }

  @Override
  public InputStream getPgBinary(String system, String machineHardware) throws IOException {
    Path real = unpackReal(system, machineHardware);
    return new ByteArrayInputStream(wrapperArchive(real));
  }

  private Path unpackReal(String system, String machineHardware) throws IOException {
    byte[] archive;
    try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware)) {
      archive = in.readAllBytes();
    }
    Path target = cacheDir.resolve("pg-" + digest(archive));
    if (Files.isRegularFile(target.resolve(".complete"))) return target;
    Files.createDirectories(cacheDir);
    Path tmp = Files.createTempDirectory(cacheDir, "unpacking-");
    try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(archive)))) {
      TarArchiveEntry e;
      while ((e = tar.getNextEntry()) != null) {
        Path out = tmp.resolve(e.getName()).normalize();
        if (!out.startsWith(tmp)) throw new IOException("archive entry escapes its folder: " + e.getName());
        if (e.isDirectory()) {
          Files.createDirectories(out);
        } else if (e.isSymbolicLink()) {
          Files.createDirectories(out.getParent());
          Files.createSymbolicLink(out, Path.of(e.getLinkName()));
        } else {
          Files.createDirectories(out.getParent());
          Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
          Files.setPosixFilePermissions(out, permissions(e.getMode()));
        }
      }
    }
    Files.createFile(tmp.resolve(".complete"));
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException raced) {
      deleteTree(tmp); // another process unpacked the same version first
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("cannot move unpacked PostgreSQL binaries into " + target, e);
    }
    return target;
  }

  private static byte[] wrapperArchive(Path real) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new XZOutputStream(bytes, new LZMA2Options(0)))) {
      for (String tool : new String[] {"initdb", "pg_ctl"}) {
        byte[] script = wrapper(real.resolve("bin").resolve(tool)).getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry e = new TarArchiveEntry("bin/" + tool);
        e.setMode(0755);
        e.setSize(script.length);
        tar.putArchiveEntry(e);
        tar.write(script);
        tar.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  static String wrapper(Path binary) {
    String quoted = "'" + binary.toAbsolutePath().toString().replace("'", "'\\''") + "'";
    return "#!/bin/sh\n"
        + "if [ \"$(id -u)\" = 0 ]; then exec unshare --user " + quoted + " \"$@\"; fi\n"
        + "exec " + quoted + " \"$@\"\n";
  }

  private static Set<PosixFilePermission> permissions(int mode) {
    Set<PosixFilePermission> p = java.util.EnumSet.noneOf(PosixFilePermission.class);
    PosixFilePermission[] bits = {
        PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
        PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
        PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
    for (int i = 0; i < bits.length; i++) if ((mode & (1 << i)) != 0) p.add(bits[i]);
    p.add(PosixFilePermission.OWNER_READ);
    return p;
  }

  private static String digest(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data)).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteTree(Path p) {
    try (var walk = Files.walk(p)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
