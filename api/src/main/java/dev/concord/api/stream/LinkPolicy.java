package dev.concord.api.stream;

import dev.concord.core.Candidate;
import dev.concord.core.Link;
import dev.concord.core.Ranking;
import java.util.ArrayList;
import java.util.List;

/**
 * How one item's ranking becomes links when items arrive one at a time: the best {@code maxLinks} candidates
 * scoring at least {@code threshold}. A stream cannot wait for the whole query side, so one-to-one assignment
 * is not available here; one link per item is the streaming form of it.
 *
 * @param k         candidates ranked per item
 * @param maxLinks  links kept per item (1 unless top-k linking is wanted)
 * @param threshold minimum score of a link, in [0,1]
 */
public record LinkPolicy(int k, int maxLinks, double threshold) {
  public LinkPolicy {
    if (k < 1) throw new IllegalArgumentException("k must be >= 1, was " + k);
    if (maxLinks < 1 || maxLinks > k) throw new IllegalArgumentException("maxLinks must be in [1,k], was " + maxLinks);
    if (!(threshold >= 0 && threshold <= 1)) throw new IllegalArgumentException("threshold must be in [0,1], was " + threshold);
  }

  public List<Link> links(Ranking ranking, String method) {
    List<Link> out = new ArrayList<>();
    for (Candidate c : ranking.candidates()) {
      if (out.size() == maxLinks || c.score() < threshold) break;
      out.add(new Link(ranking.queryId(), c.id(), c.score(), method, c.explanation()));
    }
    return out;
  }
}
