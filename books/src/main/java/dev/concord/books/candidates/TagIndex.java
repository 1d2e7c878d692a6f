package dev.concord.books.candidates;

import dev.concord.books.spine.SpineText;
import dev.concord.books.spine.SpineView;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntLinkedOpenHashSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Catalogue rows by their shelf code as printed on spine labels: finds every row whose whole code appears in
 * the spine's text with spacing ignored ({@code 92 (Fra) Pre} on the spine finds {@code 92(Fra) Pre}).
 */
public final class TagIndex implements CandidateIndex {
  /** Codes shorter than this ("P", "9") would be found in any text. */
  static final int MIN_TAG = 4;

  private final Map<String, int[]> rowsByTag;
  private final int longest;

  private TagIndex(Map<String, int[]> rowsByTag, int longest) {
    this.rowsByTag = rowsByTag;
    this.longest = longest;
  }

  /** Adds rows' shelf codes in position order (not thread-safe), then builds the index once. */
  public static final class Builder {
    private final Map<String, IntArrayList> rows = new HashMap<>();
    private int next;
    private int longest;

    /** The next row's shelf code in {@link SpineText#compact()} form. */
    public void add(String compactTag) {
      int row = next++;
      if (compactTag.length() < MIN_TAG) return;
      rows.computeIfAbsent(compactTag, x -> new IntArrayList(1)).add(row);
      longest = Math.max(longest, compactTag.length());
    }

    public TagIndex build() {
      Map<String, int[]> out = new HashMap<>(rows.size() * 2);
      rows.forEach((t, r) -> out.put(t, r.toIntArray()));
      return new TagIndex(out, longest);
    }
  }

  @Override
  public int[] candidates(SpineView spine, int k) {
    String s = spine.text().compact();
    IntLinkedOpenHashSet found = new IntLinkedOpenHashSet();
    for (int i = 0; i < s.length() && found.size() < k; i++) {
      for (int len = MIN_TAG; len <= longest && i + len <= s.length(); len++) {
        int[] rows = rowsByTag.get(s.substring(i, i + len));
        if (rows == null) continue;
        for (int r : rows) {
          if (found.size() >= k) break;
          found.add(r);
        }
      }
    }
    return found.toIntArray();
  }

  @Override
  public long sizeInBytes() {
    return 80L * rowsByTag.size();
  }
}
