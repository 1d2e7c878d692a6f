package dev.concord.matcher.fusion;

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
 * Weighted reciprocal rank fusion (Cormack, Clarke &amp; Büttcher, SIGIR 2009) of several rankers, with the paper's
 * constant k = 60: a candidate's score is the sum over rankers of w / (60 + rank), divided by its largest possible
 * value so that it lies in [0,1]. Used where the two sources share no fields (texts against rows or texts), so no
 * field-aware model applies and the rankers' orders are the only evidence; fusion needs no score calibration across
 * rankers, and the weights come from {@link AgreementWeights} (no labels). Rankers with weight 0 are not run.
 */
public final class RankFusion implements FittedScorer {
  private static final int K = 60;
  private static final int DEPTH = 50;

  private final String name;
  private final Map<String, FittedScorer> components;
  private final Map<String, Double> weights;
  private final List<FittedScorer> owners;

  /**
   * @param name       the fusing scorer's name, first in {@link #method()}
   * @param components rankers by name
   * @param weights    weight per ranker name, each at least 0, not all 0
   * @param owners     the fitted scorers that hold the references (a ranker may be a view of one of them): new
   *                   references are added to each owner once
   */
  public RankFusion(String name, Map<String, FittedScorer> components, Map<String, Double> weights, List<FittedScorer> owners) {
    if (!weights.keySet().equals(components.keySet())) throw new IllegalArgumentException("one weight per ranker");
    if (weights.values().stream().anyMatch(w -> !(w >= 0)) || weights.values().stream().allMatch(w -> w == 0)) {
      throw new IllegalArgumentException("weights must be >= 0 and not all 0: " + weights);
    }
    this.name = name;
    this.components = new LinkedHashMap<>(components);
    this.weights = new LinkedHashMap<>(weights);
    this.owners = List.copyOf(owners);
  }

  @Override
  public Ranking rank(Item query, int k) {
    Map<String, double[]> fused = new HashMap<>();
    Map<String, Map<String, Double>> perScorer = new HashMap<>();
    Map<String, Set<String>> tokens = new HashMap<>();
    double max = 0;
    for (Map.Entry<String, FittedScorer> e : components.entrySet()) {
      double w = weights.get(e.getKey());
      if (w == 0) continue;
      max += w / (K + 1);
      List<Candidate> cs = e.getValue().rank(query, Math.max(k, DEPTH)).candidates();
      for (int r = 0; r < cs.size(); r++) {
        Candidate cand = cs.get(r);
        fused.computeIfAbsent(cand.id(), x -> new double[1])[0] += w / (K + r + 1);
        perScorer.computeIfAbsent(cand.id(), x -> new LinkedHashMap<>()).put(e.getKey(), cand.score());
        tokens.computeIfAbsent(cand.id(), x -> new LinkedHashSet<>()).addAll(cand.explanation().matchedTokens());
      }
    }
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
    owners.forEach(s -> s.addReference(item));
  }

  @Override
  public String method() {
    List<String> parts = new ArrayList<>();
    components.forEach((name, s) -> parts.add(s.method() + "*" + String.format(java.util.Locale.ROOT, "%.2f", weights.get(name))));
    return name + "/rrf(" + String.join(",", parts) + ")";
  }
}
