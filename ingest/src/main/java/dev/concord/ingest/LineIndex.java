package dev.concord.ingest;

import java.util.Arrays;

/**
 * The physical lines of a decoded text: where each starts, so that a record's character position gives its
 * line. Line breaks are LF, CRLF and a lone CR, as Commons CSV counts them. A final line break ends the last
 * line rather than starting an empty one.
 */
final class LineIndex {
  private final String text;
  private final int[] starts;
  private final int count;

  private LineIndex(String text, int[] starts, int count) {
    this.text = text;
    this.starts = starts;
    this.count = count;
  }

  static LineIndex of(String text) {
    int[] starts = new int[16];
    int count = 0;
    int len = text.length();
    int pos = 0;
    while (pos < len) {
      if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
      starts[count++] = pos;
      while (pos < len && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') pos++;
      if (pos < len && text.charAt(pos) == '\r' && pos + 1 < len && text.charAt(pos + 1) == '\n') pos++;
      pos++;
    }
    return new LineIndex(text, starts, count);
  }

  /** The 1-based line that the character following {@code prefix} is on. */
  static long lineAfter(CharSequence prefix) {
    long line = 1;
    for (int i = 0; i < prefix.length(); i++) {
      char c = prefix.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == prefix.length() || prefix.charAt(i + 1) != '\n'))) line++;
    }
    return line;
  }

  /** Number of lines; 0 for an empty text. */
  int count() {
    return count;
  }

  /** Character position where the 1-based line starts. */
  int start(long line) {
    return starts[(int) line - 1];
  }

  /** The 1-based line holding the character at {@code position} (the last line for the end of the text). */
  long lineOf(int position) {
    int i = Arrays.binarySearch(starts, 0, count, position);
    return i >= 0 ? i + 1 : Math.max(1, -i - 1);
  }

  /** The line's characters, without its line break. */
  String content(long line) {
    int from = start(line);
    int to = line < count ? start(line + 1) : text.length();
    if (to > from && text.charAt(to - 1) == '\n') to--;
    if (to > from && text.charAt(to - 1) == '\r') to--;
    return text.substring(from, to);
  }
}
