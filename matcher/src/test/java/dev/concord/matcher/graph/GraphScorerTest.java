package dev.concord.matcher.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.core.Corpus;
import dev.concord.core.Item;
import dev.concord.core.Ranking;
import dev.concord.matcher.FitContext;
import dev.concord.matcher.FittedScorer;
import dev.concord.matcher.Scorers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraphScorerTest {
  private static final String[] COUNTRIES = {"france", "germany", "spain", "italy", "norway", "poland", "sweden", "greece"};

  private static Corpus rows() {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < COUNTRIES.length; i++) {
      Map<String, String> f = new LinkedHashMap<>();
      f.put("country", COUNTRIES[i]);
      f.put("january", Integer.toString(100 * i + 3));
      items.add(Item.row("rows", "r" + i, f));
    }
    return new Corpus("rows", List.of("country", "january"), items);
  }

  private static Corpus claims() {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < COUNTRIES.length; i++) {
      items.add(Item.text("claims", "c" + i, "there were " + (100 * i + 3) + " cases in " + COUNTRIES[i] + " in january"));
    }
    return new Corpus("claims", List.of(), items);
  }

  @Test
  void ranksEachClaimsRowFirstMostOfTheTime() {
    FittedScorer s = Scorers.byName("graph").fit(rows(), claims(), FitContext.DEFAULT);
    int top1 = 0;
    for (Item claim : claims()) {
      Ranking r = s.rank(claim, 3);
      assertThat(r.candidates()).hasSize(3);
      assertThat(r.top().score()).isBetween(0.0, 1.0);
      if (r.top().id().equals("r" + claim.id().substring(1))) top1++;
    }
    assertThat(top1).isGreaterThanOrEqualTo(6);
    assertThat(s.method()).startsWith("graph/graph-sgns-");
  }

  @Test
  void anEnsembleOfTwoSeedsRanksAsWellAndSavesEachMember(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    java.nio.file.Path saved = dir.resolve("graph.model");
    System.setProperty("concord.graph.members", "2");
    System.setProperty("concord.graph.saveTo", saved.toString());
    try {
      FittedScorer s = Scorers.byName("graph").fit(rows(), claims(), FitContext.DEFAULT);
      int top1 = 0;
      for (Item claim : claims()) if (s.rank(claim, 3).top().id().equals("r" + claim.id().substring(1))) top1++;
      assertThat(top1).isGreaterThanOrEqualTo(6);
      assertThat(saved).exists();
      assertThat(dir.resolve("graph.model.1")).exists();
    } finally {
      System.clearProperty("concord.graph.members");
      System.clearProperty("concord.graph.saveTo");
    }
  }

  @Test
  void unseenQueriesAndReferencesAreEmbeddedInductively() {
    FittedScorer s = Scorers.byName("graph").fit(rows(), claims(), FitContext.DEFAULT);
    Map<String, String> f = new LinkedHashMap<>();
    f.put("country", "france");
    f.put("january", "3");
    s.addReference(Item.row("rows", "france-again", f));
    Ranking r = s.rank(Item.text("claims", "later", "france 3 cases january"), 10);
    assertThat(r.candidates()).extracting(c -> c.id()).contains("france-again", "r0");
  }
}
