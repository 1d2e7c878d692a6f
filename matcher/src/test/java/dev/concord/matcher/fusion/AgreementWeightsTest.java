package dev.concord.matcher.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.concord.core.Candidate;
import dev.concord.core.Explanation;
import dev.concord.core.Item;
import dev.concord.core.Ranking;
import dev.concord.matcher.FittedScorer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AgreementWeightsTest {
  @Test
  void recoversAccuraciesFromAgreementsOfIndependentRankers() {
    double[] truth = {0.9, 0.6, 0.3};
    double[][] agreement = new double[3][3];
    for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) agreement[i][j] = i == j ? 1 : truth[i] * truth[j];
    double[] a = AgreementWeights.accuracies(agreement, all(3), 1000);
    for (int i = 0; i < 3; i++) assertThat(a[i]).isCloseTo(truth[i], within(1e-9));
    double[] four = AgreementWeights.accuracies(withFourth(truth, 0.5), all(4), 1000);
    assertThat(four[0]).isCloseTo(0.9, within(1e-9));
    assertThat(four[3]).isCloseTo(0.5, within(1e-9));
  }

  private static boolean[][] all(int n) {
    boolean[][] u = new boolean[n][n];
    for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) u[i][j] = i != j;
    return u;
  }

  private static double[][] withFourth(double[] truth, double fourth) {
    double[] t = {truth[0], truth[1], truth[2], fourth};
    double[][] a = new double[4][4];
    for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) a[i][j] = i == j ? 1 : t[i] * t[j];
    return a;
  }

  @Test
  void topChoicesOfIndependentRankersGiveWeightsInTheOrderOfTheirAccuracies() {
    double[] truth = {0.9, 0.7, 0.55};
    int queries = 20_000;
    SplittableRandom random = new SplittableRandom(3);
    String[][] top = new String[3][queries];
    for (int s = 0; s < 3; s++) {
      for (int q = 0; q < queries; q++) top[s][q] = random.nextDouble() < truth[s] ? "R" + q : "W" + random.nextInt(1_000_000);
    }
    double[] w = AgreementWeights.fromTopChoices(top, all(3));
    // log-odds magnify the sampling error of an accuracy near 1: 0.005 on 0.9 moves its log-odds by 0.056
    for (int s = 0; s < 3; s++) assertThat(w[s]).isCloseTo(AgreementWeights.logOdds(truth[s]), within(0.1));
    assertThat(w[0]).isGreaterThan(w[1]);
    assertThat(w[1]).isGreaterThan(w[2]);
  }

  @Test
  void topChoicesThatDetermineNothingGiveEqualWeights() {
    String[][] two = {{"a", "b"}, {"a", "c"}};
    assertThat(AgreementWeights.fromTopChoices(two, all(2))).containsExactly(1.0, 1.0);
  }

  @Test
  void fewerThanThreeRankersGiveNoEstimate() {
    assertThat(AgreementWeights.accuracies(new double[][] {{1, 0.5}, {0.5, 1}}, all(2), 100)).isNull();
  }

  @Test
  void logOddsWeightIsZeroForRankersWrongMoreOftenThanRight() {
    assertThat(AgreementWeights.logOdds(0.4)).isZero();
    assertThat(AgreementWeights.logOdds(0.5)).isZero();
    assertThat(AgreementWeights.logOdds(0.9)).isCloseTo(Math.log(9), within(1e-12));
  }

  /** Rankers that return the right item ("R" + query number) with a given probability, else a random one. */
  private static FittedScorer noisy(double accuracy, long seed, int references) {
    return new FittedScorer() {
      @Override
      public Ranking rank(Item query, int k) {
        int q = Integer.parseInt(query.id().substring(1));
        SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + q);
        String top = rnd.nextDouble() < accuracy ? "R" + q : "R" + (references + rnd.nextInt(references));
        return new Ranking(query.id(), List.of(new Candidate(top, 1, new Explanation(Map.of(), Map.of(), List.of()))));
      }

      @Override
      public void addReference(Item item) {}

      @Override
      public String method() { return "noisy"; }
    };
  }

  @Test
  void weighsRankersByTheirReliabilityWithoutLabels() {
    List<Item> queries = new ArrayList<>();
    for (int q = 0; q < 3000; q++) queries.add(Item.text("q", "Q" + q, "claim " + q));
    Map<String, FittedScorer> rankers = new LinkedHashMap<>();
    rankers.put("good", noisy(0.9, 1, 500));
    rankers.put("fair", noisy(0.7, 2, 500));
    rankers.put("poor", noisy(0.3, 3, 500));
    Map<String, String> family = Map.of("good", "good", "fair", "fair", "poor", "poor");
    Map<String, Double> w = AgreementWeights.estimate(rankers, family, queries, 42);
    assertThat(w.get("good")).isGreaterThan(w.get("fair"));
    assertThat(w.get("fair")).isGreaterThan(0);
    assertThat(w.get("poor")).isZero();
    assertThat(AgreementWeights.estimate(rankers, family, queries, 42)).isEqualTo(w);
  }

  @Test
  void twoRankersThatShareTheirErrorsAreNotTakenForReliableWhenDeclaredOneFamily() {
    List<Item> queries = new ArrayList<>();
    for (int q = 0; q < 2000; q++) queries.add(Item.text("q", "Q" + q, "claim " + q));
    Map<String, FittedScorer> rankers = new LinkedHashMap<>();
    rankers.put("copyA", noisy(0.3, 7, 500));
    rankers.put("copyB", noisy(0.3, 7, 500));
    rankers.put("good", noisy(0.9, 1, 500));
    rankers.put("fair", noisy(0.7, 2, 500));
    Map<String, String> separate = Map.of("copyA", "a", "copyB", "b", "good", "good", "fair", "fair");
    Map<String, String> together = Map.of("copyA", "copy", "copyB", "copy", "good", "good", "fair", "fair");
    assertThat(AgreementWeights.estimate(rankers, separate, queries, 42).get("copyA")).isGreaterThan(0);
    Map<String, Double> w = AgreementWeights.estimate(rankers, together, queries, 42);
    assertThat(w.get("copyA")).isZero();
    assertThat(w.get("copyB")).isZero();
    assertThat(w.get("good")).isGreaterThan(w.get("fair"));
  }
}
