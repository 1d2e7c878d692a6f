package dev.concord.embeddings.strings;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes a self-supervised positive for a name: one to {@code maxCorruptions} different corruptions that apply
 * to it, chosen at random. A string no corruption can change comes back unchanged.
 */
public record Corruptor(int maxCorruptions) {
  public static final Corruptor DEFAULT = new Corruptor(2);

  public Corruptor {
    if (maxCorruptions < 1) throw new IllegalArgumentException("maxCorruptions must be >= 1");
  }

  public String corrupt(String s, Random rnd) {
    List<Corruption> open = new ArrayList<>(List.of(Corruption.values()));
    int n = 1 + rnd.nextInt(maxCorruptions);
    String out = s;
    for (int applied = 0; applied < n && !open.isEmpty(); ) {
      Corruption c = open.remove(rnd.nextInt(open.size()));
      if (!c.applies(out)) continue;
      // a legal suffix on a non-organisation name is a weaker alias; keep it rarer than the others
      if (c == Corruption.LEGAL_SUFFIX && rnd.nextInt(3) != 0) continue;
      out = c.apply(out, rnd);
      applied++;
    }
    return out;
  }
}
