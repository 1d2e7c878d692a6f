package dev.concord.graph.expand;

import dev.concord.core.text.TextAnalyzer;
import dev.concord.graph.HeteroGraph;
import dev.concord.graph.Node;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Links terms a user declares synonymous. The file has one group per line, terms separated by commas
 * ({@code usa, united states, america}); blank lines and lines starting with {@code #} are skipped. Terms are
 * normalised like tokens; only terms present in the graph are linked.
 */
public final class SynonymFile implements Expander {
  private final List<List<String>> groups;
  private final double weight;

  private SynonymFile(List<List<String>> groups, double weight) {
    this.groups = groups;
    this.weight = weight;
  }

  /** Reads the file; a line with fewer than two terms is an error naming the file and line. */
  public static SynonymFile read(Path file, TextAnalyzer analyzer) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read synonyms file " + file + ": " + e.getMessage(), e);
    }
    List<List<String>> groups = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      List<String> terms = new ArrayList<>();
      for (String raw : line.split(",")) {
        String term = String.join(" ", analyzer.words(raw));
        if (!term.isEmpty() && !terms.contains(term)) terms.add(term);
      }
      if (terms.size() < 2) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": a synonym group needs at least two distinct terms, got '" + line + "'");
      }
      groups.add(List.copyOf(terms));
    }
    return new SynonymFile(List.copyOf(groups), 1.0);
  }

  @Override
  public String name() { return "synonyms"; }

  @Override
  public int expand(HeteroGraph graph) {
    int added = 0;
    for (List<String> g : groups) {
      List<Node> present = g.stream().map(Node::token).filter(graph::contains).toList();
      for (int i = 0; i < present.size(); i++) {
        for (int j = i + 1; j < present.size(); j++) {
          if (!graph.hasEdge(present.get(i), present.get(j))) {
            graph.connect(present.get(i), present.get(j), weight);
            added++;
          }
        }
      }
    }
    return added;
  }
}
