package dev.concord.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decodes a whole file, dropping a byte order mark. With an explicit charset the bytes must be valid in it
 * (else an error names the line of the first bad byte). Without one: UTF-16 when a UTF-16 byte order mark
 * says so, else UTF-8, where each line that is not valid UTF-8 is read as latin-1 instead. The fallback is
 * per line because files assembled from several sources mix the two; it reads latin-1 as browsers do, as
 * windows-1252, whose printable characters in 0x80-0x9F (curly quotes, the euro sign) are what such files hold.
 */
final class Decoding {
  private static final char[] LATIN1 = latin1Table();

  private Decoding() {}

  /** The text, and how it was decoded (for the read report). */
  record Decoded(String text, String encoding) {}

  static Decoded decode(Path file, Optional<Charset> encoding) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (encoding.isPresent()) {
      return new Decoded(stripBom(strict(file, bytes, encoding.get())), encoding.get().name());
    }
    if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      return new Decoded(stripBom(strict(file, bytes, StandardCharsets.UTF_16)), "UTF-16 (byte order mark)");
    }
    int bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
    try {
      return new Decoded(utf8(bytes, bom, bytes.length - bom), "UTF-8");
    } catch (CharacterCodingException e) {
      return utf8WithLatin1Lines(bytes, bom);
    }
  }

  private static Decoded utf8WithLatin1Lines(byte[] bytes, int bom) {
    StringBuilder out = new StringBuilder(bytes.length);
    List<Long> fallbackLines = new ArrayList<>();
    long line = 1;
    int start = bom;
    while (start <= bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') end++;
      try {
        out.append(utf8(bytes, start, end - start));
      } catch (CharacterCodingException e) {
        fallbackLines.add(line);
        for (int i = start; i < end; i++) out.append(LATIN1[bytes[i] & 0xFF]);
      }
      // count line breaks as LineIndex does (LF, CRLF, lone CR) so the numbers reported agree
      for (int i = start; i < end; i++) {
        if (bytes[i] == '\r' && i + 1 < end) line++;
      }
      if (end < bytes.length) {
        out.append('\n');
        line++;
      }
      start = end + 1;
    }
    String lines = fallbackLines.size() <= 5 ? fallbackLines.toString()
        : fallbackLines.subList(0, 5).toString().replace("]", ", ...]");
    return new Decoded(out.toString(), "UTF-8, " + fallbackLines.size() + " line"
        + (fallbackLines.size() == 1 ? "" : "s") + " not valid UTF-8 read as latin-1: " + lines);
  }

  private static String utf8(byte[] bytes, int offset, int length) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, offset, length)).toString();
  }

  private static String strict(Path file, byte[] bytes, Charset cs) {
    CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
        (long) (bytes.length * (double) decoder.maxCharsPerByte()) + 16));
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) result = decoder.flush(out);
    if (result.isError()) {
      out.flip();
      long line = LineIndex.lineAfter(out);
      throw new InputException(file, line, "not valid " + cs.name() + ": byte 0x"
          + String.format("%02X", bytes[in.position()] & 0xFF) + " at byte offset " + in.position()
          + " (give the file's encoding with --encoding)");
    }
    out.flip();
    return out.toString();
  }

  static String stripBom(String s) {
    return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
  }

  private static char[] latin1Table() {
    Charset cp1252 = Charset.forName("windows-1252");
    char[] table = new char[256];
    for (int b = 0; b < 256; b++) {
      try {
        table[b] = cp1252.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(new byte[] {(byte) b})).charAt(0);
      } catch (CharacterCodingException e) {
        // the five bytes windows-1252 leaves undefined keep their ISO 8859-1 meaning
        table[b] = (char) b;
      }
    }
    return table;
  }
}
