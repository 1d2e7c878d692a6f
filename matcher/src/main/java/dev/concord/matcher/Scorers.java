package dev.concord.matcher;

import dev.concord.matcher.graph.GraphScorer;
import dev.concord.matcher.concord.ConcordScorer;
import dev.concord.matcher.bm25.Bm25Scorer;
import dev.concord.matcher.lexical.LexicalScorer;
import dev.concord.matcher.strings.FixedMetric;
import dev.concord.matcher.strings.FixedMetricScorer;
import dev.concord.matcher.strings.StringScorer;
import dev.concord.matcher.text2token.Text2TokenScorer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The scorers Concord knows, by name. */
public final class Scorers {
  private static final Map<String, Supplier<Scorer>> BY_NAME = new LinkedHashMap<>();

  static {
    BY_NAME.put(LexicalScorer.NAME, LexicalScorer::new);
    BY_NAME.put(GraphScorer.NAME, GraphScorer::new);
    BY_NAME.put(ConcordScorer.NAME, ConcordScorer::new);
    BY_NAME.put(StringScorer.NAME, StringScorer::new);
    BY_NAME.put(Text2TokenScorer.NAME, Text2TokenScorer::new);
    BY_NAME.put(Bm25Scorer.NAME, Bm25Scorer::new);
    for (FixedMetric m : FixedMetric.values()) BY_NAME.put(new FixedMetricScorer(m).name(), () -> new FixedMetricScorer(m));
  }

  private Scorers() {}

  public static Scorer byName(String name) {
    Supplier<Scorer> s = BY_NAME.get(name);
    if (s == null) throw new IllegalArgumentException("unknown scorer '" + name + "'; known: " + names());
    return s.get();
  }

  public static List<String> names() {
    return List.copyOf(BY_NAME.keySet());
  }
}
