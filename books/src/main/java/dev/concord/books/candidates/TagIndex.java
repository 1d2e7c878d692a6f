package dev.concord.books.candidates;

import dev.concord.books.spine.SpineText;
import dev.concord.books.spine.SpineView;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntLinkedOpenHashSet;
import java.util.HashMap;
import java.util.List;
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

  public static TagIndex build(List<String> tags) {
    Map<String, IntArrayList> m = new HashMap<>();
    int longest = 0;
    for (int i = 0; i < tags.size(); i++) {
      String t = SpineText.of(tags.get(i)).compact();
      if (t.length() < MIN_TAG) continue;
      m.computeIfAbsent(t, x -> new IntArrayList(1)).add(i);
      longest = Math.max(longest, t.length());
    }
    Map<String, int[]> out = new HashMap<>(m.size() * 2);
    m.forEach((t, rows) -> out.put(t, rows.toIntArray()));
    return new TagIndex(out, longest);
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
