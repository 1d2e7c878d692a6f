package dev.concord.graph.expand;

import dev.concord.graph.HeteroGraph;
import dev.concord.graph.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Links abbreviations to the words they shorten and initials to the names they stand for, among the graph's
 * own tokens: {@code intl} ~ {@code international}, {@code govt} ~ {@code government}, {@code corp} ~
 * {@code corporation} (the short form's letters appear in order in the long one, which begins with the same
 * letter and either begins with the short form or ends with its last letter), and {@code j smith} ~
 * {@code john smith} (a one-letter word before the same following word). A short form with more candidate
 * long forms than {@code maxCandidates} is ambiguous and left unlinked.
 */
public final class Abbreviations implements Expander {
  private final int maxCandidates;
  private final double weight;

  public Abbreviations(int maxCandidates, double weight) {
    this.maxCandidates = maxCandidates;
    this.weight = weight;
  }

  public Abbreviations() {
    this(3, 1.0);
  }

  @Override
  public String name() { return "abbreviations"; }

  @Override
  public int expand(HeteroGraph graph) {
    Map<Character, List<String>> wordsByInitial = new HashMap<>();
    Map<String, List<String>> bigramsByInitialAndRest = new HashMap<>();
    List<String> shortForms = new ArrayList<>();
    List<String> initialBigrams = new ArrayList<>();
    for (Node n : graph.tokenNodes()) {
      String t = n.name();
      if (TokenShapes.isAlphabeticWord(t)) {
        wordsByInitial.computeIfAbsent(t.charAt(0), k -> new ArrayList<>()).add(t);
        if (t.length() >= 2 && t.length() <= 5) shortForms.add(t);
      } else {
        String[] parts = t.split(" ");
        if (parts.length == 2 && TokenShapes.isAlphabeticWord(parts[0]) && TokenShapes.isAlphabeticWord(parts[1])) {
          if (parts[0].length() == 1) initialBigrams.add(t);
          else bigramsByInitialAndRest.computeIfAbsent(parts[0].charAt(0) + " " + parts[1], k -> new ArrayList<>()).add(t);
        }
      }
    }
    int added = 0;
    for (String s : shortForms) {
      List<String> found = new ArrayList<>();
      for (String w : wordsByInitial.getOrDefault(s.charAt(0), List.of())) {
        if (w.length() >= s.length() + 2 && abbreviates(s, w)) {
          found.add(w);
          if (found.size() > maxCandidates) break;
        }
      }
      if (found.size() <= maxCandidates) added += link(graph, s, found);
    }
    for (String b : initialBigrams) {
      List<String> found = bigramsByInitialAndRest.getOrDefault(b, List.of());
      if (found.size() <= maxCandidates) added += link(graph, b, found);
    }
    return added;
  }

  private int link(HeteroGraph graph, String from, List<String> to) {
    int added = 0;
    for (String t : to) {
      if (!graph.hasEdge(Node.token(from), Node.token(t))) {
        graph.connect(Node.token(from), Node.token(t), weight);
        added++;
      }
    }
    return added;
  }

  /** True when the short form's letters occur in order in the word and the word begins or ends like it. */
  static boolean abbreviates(String shortForm, String word) {
    boolean prefix = shortForm.length() >= 3 && word.startsWith(shortForm);
    boolean sameEnd = word.charAt(word.length() - 1) == shortForm.charAt(shortForm.length() - 1);
    if (!prefix && !sameEnd) return false;
    int j = 0;
    for (int i = 0; i < word.length() && j < shortForm.length(); i++) if (word.charAt(i) == shortForm.charAt(j)) j++;
    return j == shortForm.length();
  }
}
