package dev.concord.matcher.models;

import dev.concord.core.Corpus;
import dev.concord.core.Item;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A SHA-256 over a sequence of strings (length-prefixed, so that ["ab","c"] and ["a","bc"] differ). */
public final class Fingerprint {
  private final MessageDigest digest;

  public Fingerprint() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  public Fingerprint add(String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    add(bytes.length);
    digest.update(bytes);
    return this;
  }

  public Fingerprint add(long n) {
    for (int i = 7; i >= 0; i--) digest.update((byte) (n >>> (8 * i)));
    return this;
  }

  public Fingerprint addAll(Iterable<String> strings) {
    long count = 0;
    for (String s : strings) {
      add(s);
      count++;
    }
    return add(count);
  }

  /** A corpus by its name, schema and every item's id, kind, fields and text, in order. */
  public Fingerprint add(Corpus corpus) {
    add(corpus.name()).addAll(corpus.schema());
    for (Item item : corpus) {
      add(item.id()).add(item.kind().name()).add(item.fields().size());
      item.fields().forEach((k, v) -> add(k).add(v));
      add(item.text());
    }
    return add(corpus.size());
  }

  /** The first 16 bytes of the digest, in hex: plenty to tell training inputs apart. */
  public String hex() {
    return HexFormat.of().formatHex(digest.digest(), 0, 16);
  }
}
