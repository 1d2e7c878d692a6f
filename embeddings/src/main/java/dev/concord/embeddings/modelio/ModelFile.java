package dev.concord.embeddings.modelio;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The binary layout every saved model shares: a four-letter kind, a format number and the model's version
 * string, then the model's own fields. A file of another kind, another format or cut short is refused with
 * the file name and the reason.
 */
public final class ModelFile {
  private ModelFile() {}

  /** Something that writes a model's body after the header. */
  public interface Body {
    void write(DataOutputStream out) throws IOException;
  }

  /** Something that reads a model's body after the header. */
  public interface Reader<T> {
    T read(DataInputStream in, String version) throws IOException;
  }

  public static void save(Path file, String kind, int format, String version, Body body) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) Files.createDirectories(parent);
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream os = Files.newOutputStream(tmp);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 16))) {
      out.writeBytes(kind);
      out.writeInt(format);
      out.writeUTF(version);
      body.write(out);
    }
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  public static <T> T load(Path file, String kind, int format, Reader<T> reader) throws IOException {
    try (InputStream is = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(is, 1 << 16))) {
      byte[] k = new byte[kind.length()];
      in.readFully(k);
      String found = new String(k, java.nio.charset.StandardCharsets.ISO_8859_1);
      if (!found.equals(kind)) throw bad(file, "not a " + kind + " model file (starts with '" + found + "')");
      int f = in.readInt();
      if (f != format) throw bad(file, "model format " + f + ", this build reads format " + format);
      String version = in.readUTF();
      T model = reader.read(in, version);
      if (in.read() != -1) throw bad(file, "trailing bytes after the model");
      return model;
    } catch (EOFException e) {
      throw bad(file, "file ends early (truncated?)");
    } catch (IllegalArgumentException e) {
      throw bad(file, e.getMessage());
    }
  }

  private static IOException bad(Path file, String reason) {
    return new IOException(file + ": " + reason);
  }

  public static void writeFloats(DataOutputStream out, float[] a) throws IOException {
    out.writeInt(a.length);
    ByteBuffer buf = ByteBuffer.allocate(4 * 8192).order(ByteOrder.BIG_ENDIAN);
    for (int i = 0; i < a.length; ) {
      buf.clear();
      int n = Math.min(8192, a.length - i);
      buf.asFloatBuffer().put(a, i, n);
      out.write(buf.array(), 0, 4 * n);
      i += n;
    }
  }

  public static float[] readFloats(DataInputStream in, int expected, String what) throws IOException {
    int n = in.readInt();
    if (n != expected) throw new IllegalArgumentException(what + " has " + n + " values, expected " + expected);
    float[] a = new float[n];
    byte[] bytes = new byte[4 * 8192];
    for (int i = 0; i < n; ) {
      int m = Math.min(8192, n - i);
      in.readFully(bytes, 0, 4 * m);
      ByteBuffer.wrap(bytes, 0, 4 * m).order(ByteOrder.BIG_ENDIAN).asFloatBuffer().get(a, i, m);
      i += m;
    }
    return a;
  }
}
