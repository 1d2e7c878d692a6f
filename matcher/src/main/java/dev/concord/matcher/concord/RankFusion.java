package dev.concord.matcher.concord;

import dev.concord.core.Candidate;
import dev.concord.core.Explanation;
import dev.concord.core.Item;
import dev.concord.core.Ranking;
import dev.concord.matcher.FittedScorer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reciprocal rank fusion (Cormack, Clarke &amp; Büttcher, SIGIR 2009) of several fitted scorers, with the paper's
 * constant k = 60: a candidate's score is the sum over scorers of 1 / (60 + rank), divided by its largest possible
 * value so that it lies in [0,1]. Used where the two sources share no fields (texts against rows or texts), so no
 * field-aware model applies and the components' rankings are the only evidence; fusion needs no labels and no
 * score calibration across scorers.
 */
final class RankFusion implements FittedScorer {
  private static final int K = 60;
  private static final int DEPTH = 50;

  private final Map<String, FittedScorer> components;

  RankFusion(Map<String, FittedScorer> components) {
    this.components = new LinkedHashMap<>(components);
  }

  @Override
  public Ranking rank(Item query, int k) {
    Map<String, double[]> fused = new HashMap<>();
    Map<String, Map<String, Double>> perScorer = new HashMap<>();
    Map<String, Set<String>> tokens = new HashMap<>();
    int n = components.size();
    int c = 0;
    for (Map.Entry<String, FittedScorer> e : components.entrySet()) {
      List<Candidate> cs = e.getValue().rank(query, Math.max(k, DEPTH)).candidates();
      for (int r = 0; r < cs.size(); r++) {
        Candidate cand = cs.get(r);
        fused.computeIfAbsent(cand.id(), x -> new double[1])[0] += 1.0 / (K + r + 1);
        perScorer.computeIfAbsent(cand.id(), x -> new LinkedHashMap<>()).put(e.getKey(), cand.score());
        tokens.computeIfAbsent(cand.id(), x -> new LinkedHashSet<>()).addAll(cand.explanation().matchedTokens());
      }
      c++;
    }
    double max = n / (double) (K + 1);
    List<String> ids = new ArrayList<>(fused.keySet());
    ids.sort(Comparator.<String>comparingDouble(id -> -fused.get(id)[0]).thenComparing(id -> id));
    List<Candidate> out = new ArrayList<>();
    for (String id : ids.subList(0, Math.min(k, ids.size()))) {
      double score = Math.min(1.0, fused.get(id)[0] / max);
      Map<String, Double> contributions = new LinkedHashMap<>();
      contributions.put("rrf", score);
      out.add(new Candidate(id, score, new Explanation(perScorer.get(id), contributions, List.copyOf(tokens.get(id)))));
    }
    return new Ranking(query.id(), out);
  }

  @Override
  public synchronized void addReference(Item item) {
    components.values().forEach(s -> s.addReference(item));
  }

  @Override
  public String method() {
    return ConcordScorer.NAME + "/rrf(" + String.join(",", components.values().stream().map(FittedScorer::method).toList()) + ")";
  }
}
