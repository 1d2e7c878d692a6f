package dev.concord.matcher.concord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.core.Candidate;
import dev.concord.core.Corpus;
import dev.concord.core.Item;
import dev.concord.core.Link;
import dev.concord.core.Ranking;
import dev.concord.core.progress.Progress;
import dev.concord.matcher.EngineConfig;
import dev.concord.matcher.FitContext;
import dev.concord.matcher.FittedScorer;
import dev.concord.matcher.MatchEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConcordScorerTest {
  private static final String[] BRANDS = {"sony", "bose", "canon", "nikon", "apple", "linksys", "samsung", "logitech"};
  private static final String[] KINDS = {"speaker", "camera", "router", "headphones", "monitor", "keyboard", "lens"};

  /** Products with a model code; the right side drops words, changes case and abbreviates; a third have no match. */
  private static Corpus[] products(int n, long seed) {
    Random rnd = new Random(seed);
    List<Item> left = new ArrayList<>();
    List<Item> right = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String brand = BRANDS[rnd.nextInt(BRANDS.length)];
      String kind = KINDS[rnd.nextInt(KINDS.length)];
      String code = (char) ('a' + rnd.nextInt(26)) + "" + (char) ('a' + rnd.nextInt(26)) + (100 + rnd.nextInt(900));
      String price = String.valueOf(20 + rnd.nextInt(500));
      left.add(Item.row("left", "L" + i, Map.of("name", brand + " " + kind + " " + code + " black edition", "price", price)));
      if (i % 3 != 0) {
        right.add(Item.row("right", "R" + i, Map.of("name", (brand + " " + code + " " + kind).toUpperCase(), "price", price)));
      } else {
        String other = (char) ('a' + rnd.nextInt(26)) + "" + (char) ('a' + rnd.nextInt(26)) + (100 + rnd.nextInt(900));
        right.add(Item.row("right", "R" + i, Map.of("name", brand + " " + kind + " " + other, "price", String.valueOf(20 + rnd.nextInt(500)))));
      }
    }
    return new Corpus[] {new Corpus("left", List.of("name", "price"), left), new Corpus("right", List.of("name", "price"), right)};
  }

  /** Rows of a small table and claims about them in free text: two sources without a shared field. */
  private static Corpus[] claimsAndRows() {
    String[] countries = {"france", "spain", "italy", "germany", "austria", "poland", "norway", "sweden"};
    String[] tables = {"new confirmed", "total deaths", "total recovered"};
    List<Item> rows = new ArrayList<>();
    List<Item> claims = new ArrayList<>();
    int n = 0;
    for (String c : countries) {
      for (String t : tables) {
        rows.add(Item.row("rows", "r" + n, Map.of("table", t, "country", c, "january", Integer.toString(1000 + 37 * n))));
        claims.add(Item.text("claims", "r" + n, "there were " + (1000 + 37 * n) + " " + t + " cases in " + c + "ia in january"));
        n++;
      }
    }
    return new Corpus[] {new Corpus("claims", List.of("text"), claims), new Corpus("rows", List.of("table", "country", "january"), rows)};
  }

  @Test
  void onTextsItFusesTextTokenWithTheGraphScorer() {
    Corpus[] c = claimsAndRows();
    FittedScorer s = new ConcordScorer().fit(c[1], c[0], new FitContext(Progress.NONE, 42));
    assertThat(s.method()).startsWith("concord/text2token/").contains("+graph/", "/sum,dense=");
    int right = 0;
    for (Item q : c[0]) {
      Ranking r = s.rank(q, 5);
      assertThat(r.top().explanation().features()).containsKeys("t2t_dense_cosine", "t2t_token_similarity", "graph_score");
      assertThat(r.top().explanation().contributions()).containsKeys("t2t_dense_cosine", "t2t_token_similarity", "graph");
      if (r.top().id().equals(q.id())) right++;
    }
    assertThat(right).isGreaterThanOrEqualTo(c[0].size() * 8 / 10);
    // a reference added after fitting goes to the index and is found, inductively: a copy of a row ties with it
    s.addReference(Item.row("rows", "new", c[1].get(5).fields()));
    assertThat(s.rank(c[0].get(5), 2).candidates()).extracting(Candidate::id).containsExactlyInAnyOrder("r5", "new");
  }

  @Test
  void linksTheTrueMatchesWithoutLabelsAndRejectsMostLookalikes() {
    Corpus[] c = products(150, 11);
    MatchEngine engine = MatchEngine.fit(EngineConfig.DEFAULT.withScorer(ConcordScorer.NAME), c[1], c[0], FitContext.DEFAULT);
    List<Link> links = engine.reconcile(c[0], Progress.NONE).links();
    long correct = links.stream().filter(l -> l.left().substring(1).equals(l.right().substring(1))
        && Integer.parseInt(l.left().substring(1)) % 3 != 0).count();
    long gold = 100;
    double precision = correct / (double) links.size();
    double recall = correct / (double) gold;
    assertThat(recall).isGreaterThan(0.9);
    assertThat(precision).isGreaterThan(0.8);
  }

  @Test
  void explainsEveryCandidateWithFeaturesContributionsAndSharedTokens() {
    Corpus[] c = products(60, 12);
    MatchEngine engine = MatchEngine.fit(EngineConfig.DEFAULT.withScorer(ConcordScorer.NAME), c[1], c[0], FitContext.DEFAULT);
    Ranking r = engine.candidates(c[0].get(1), 3);
    assertThat(r.top().id()).isEqualTo("R1");
    assertThat(r.top().explanation().features()).containsKeys("all_words", "name_jw", "codes_shared");
    assertThat(r.top().explanation().contributions()).containsKey("bias");
    assertThat(r.top().explanation().matchedTokens()).isNotEmpty();
    // an item never seen at fit time is scored inductively
    Item unseen = Item.row("rest", "q", c[0].get(1).fields());
    assertThat(engine.candidates(unseen, 3).top().id()).isEqualTo("R1");
  }

  @Test
  void selfTrainingLeavesOutWeakForcedAssignmentsButKeepsWeakFirstChoices() {
    List<Item> q = new ArrayList<>();
    List<Item> r = new ArrayList<>();
    List<CandidatePair> pairs = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      q.add(Item.row("q", "Q" + i, Map.of("name", "q")));
      r.add(Item.row("r", "R" + i, Map.of("name", "r")));
    }
    for (int i = 0; i < 20; i++) {
      pairs.add(new CandidatePair(i, i, 0.9));
      pairs.add(new CandidatePair(i, (i + 1) % 20, 0.3));
    }
    // X wanted R0, which Q0 takes, and is left with the weak R20; Z's weak R21 is its own first choice
    q.add(Item.row("q", "X", Map.of("name", "q")));
    q.add(Item.row("q", "Z", Map.of("name", "q")));
    r.add(Item.row("r", "R20", Map.of("name", "r")));
    r.add(Item.row("r", "R21", Map.of("name", "r")));
    pairs.add(new CandidatePair(20, 0, 0.5));
    pairs.add(new CandidatePair(20, 20, 0.05));
    pairs.add(new CandidatePair(21, 21, 0.06));
    int[] y = ConcordScorer.assignedLabels(pairs, new Corpus("q", List.of("name"), q), new Corpus("r", List.of("name"), r));
    assertThat(y[0]).isEqualTo(1);
    assertThat(y[1]).isZero();
    assertThat(y[40]).isZero();
    assertThat(y[41]).isEqualTo(ConcordScorer.UNLABELLED);
    assertThat(y[42]).isEqualTo(1);
  }

  @Test
  void theSecondRoundKeepsAPseudoPositiveOnlyWhereBothAssignmentsKeepIt() {
    int u = ConcordScorer.UNLABELLED;
    int[] lexical = {1, 1, 0, 0, u, u};
    boolean[] model = {true, false, true, false, true, false};
    assertThat(ConcordScorer.agree(lexical, model)).containsExactly(1, u, 0, 0, u, u);
  }

  @Test
  void theAssignmentOverScoresKeepsOneLinkPerSideWithTheLargestTotal() {
    List<Item> q = List.of(Item.row("q", "A", Map.of("name", "a")), Item.row("q", "B", Map.of("name", "b")));
    List<Item> r = List.of(Item.row("r", "X", Map.of("name", "x")), Item.row("r", "Y", Map.of("name", "y")));
    List<CandidatePair> pairs = List.of(new CandidatePair(0, 0, 0), new CandidatePair(0, 1, 0),
        new CandidatePair(1, 0, 0));
    // A prefers X, but B can only have X: the total is larger with A-Y and B-X
    boolean[] kept = ConcordScorer.assigned(pairs, new Corpus("q", List.of("name"), q), new Corpus("r", List.of("name"), r),
        new double[] {0.9, 0.8, 0.7});
    assertThat(kept).containsExactly(false, true, true);
  }
}
