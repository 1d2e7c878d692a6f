package dev.concord.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concord.core.ItemKey;
import dev.concord.core.text.TextAnalyzer;
import dev.concord.graph.expand.Abbreviations;
import dev.concord.graph.expand.NearDuplicateTokens;
import dev.concord.graph.expand.NumberBuckets;
import dev.concord.graph.expand.SynonymFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpanderTest {
  private static HeteroGraph graphOf(String... tokens) {
    HeteroGraph g = new HeteroGraph();
    Node item = g.addItem(new ItemKey("c", "1"));
    for (String t : tokens) g.connect(item, Node.token(t), 1.0);
    return g;
  }

  @Test
  void nearDuplicatesLinkOneEditApartButNotShortWords() {
    HeteroGraph g = graphOf("international", "internatonal", "government", "bat", "cat", "goverment");
    int added = new NearDuplicateTokens().expand(g);
    assertThat(g.hasEdge(Node.token("international"), Node.token("internatonal"))).isTrue();
    assertThat(g.hasEdge(Node.token("government"), Node.token("goverment"))).isTrue();
    assertThat(g.hasEdge(Node.token("bat"), Node.token("cat"))).isFalse();
    assertThat(added).isEqualTo(2);
  }

  @Test
  void abbreviationsAndInitialsMeetTheirLongForms() {
    HeteroGraph g = graphOf("intl", "international", "govt", "government", "j smith", "john smith", "jane doe");
    new Abbreviations().expand(g);
    assertThat(g.hasEdge(Node.token("intl"), Node.token("international"))).isTrue();
    assertThat(g.hasEdge(Node.token("govt"), Node.token("government"))).isTrue();
    assertThat(g.hasEdge(Node.token("j smith"), Node.token("john smith"))).isTrue();
    assertThat(g.hasEdge(Node.token("j smith"), Node.token("jane doe"))).isFalse();
    assertThat(g.hasEdge(Node.token("intl"), Node.token("government"))).isFalse();
  }

  @Test
  void numbersOfTheSameHalfDecadeShareABucket() {
    HeteroGraph g = graphOf("march=1007", "march=1953", "march=5000", "0", "cases");
    new NumberBuckets().expand(g);
    assertThat(g.neighbours(Node.token("march~6"))).containsExactlyInAnyOrder(Node.token("march=1007"), Node.token("march=1953"));
    assertThat(g.hasEdge(Node.token("march=5000"), Node.token("march~7"))).isTrue();
    assertThat(g.contains(Node.token("~0"))).isFalse();
    assertThat(NumberBuckets.bucketOf("cases")).isEmpty();
  }

  @Test
  void synonymFileLinksPresentTermsAndNamesTheBadLine(@TempDir Path dir) throws Exception {
    Path ok = dir.resolve("syn.txt");
    Files.writeString(ok, "# countries\nUSA, United States, America\n");
    HeteroGraph g = graphOf("usa", "united states", "canada");
    int added = SynonymFile.read(ok, new TextAnalyzer()).expand(g);
    assertThat(added).isEqualTo(1);
    assertThat(g.hasEdge(Node.token("usa"), Node.token("united states"))).isTrue();
    Path bad = dir.resolve("bad.txt");
    Files.writeString(bad, "usa, united states\nlonely\n");
    assertThatThrownBy(() -> SynonymFile.read(bad, new TextAnalyzer())).hasMessageContaining("bad.txt:2");
  }
}
