package dev.concord.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Decodes a whole file: the given charset, or UTF-8 falling back to latin-1; strips a BOM. */
final class Decoding {
  private Decoding() {}

  record Decoded(String text, Charset charset) {}

  static Decoded decode(Path file, Optional<Charset> encoding) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (encoding.isPresent()) {
      return new Decoded(stripBom(strict(file, bytes, encoding.get())), encoding.get());
    }
    try {
      return new Decoded(stripBom(strictUtf8(bytes)), StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      return new Decoded(new String(bytes, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1);
    }
  }

  private static String strict(Path file, byte[] bytes, Charset cs) {
    try {
      return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new InputException(file, lineOfFirstBadByte(bytes, cs), "not valid " + cs.name() + ": " + e.getMessage());
    }
  }

  private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
  }

  private static long lineOfFirstBadByte(byte[] bytes, Charset cs) {
    // decode line by line until one fails; cheap enough for an error path
    long line = 1;
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        try {
          cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, start, i - start));
        } catch (CharacterCodingException e) {
          return line;
        }
        line++;
        start = i + 1;
      }
    }
    return line;
  }

  static String stripBom(String s) {
    return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
  }
}
