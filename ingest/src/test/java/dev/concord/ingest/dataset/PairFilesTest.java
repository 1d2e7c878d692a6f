package dev.concord.ingest.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concord.ingest.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PairFilesTest {
  @TempDir Path dir;

  @Test
  void readsLabelledPairsWithABomAndCrlf() throws Exception {
    Path f = Files.writeString(dir.resolve("g.csv"), "\uFEFFltable_id,rtable_id,label\r\n1,a,1\r\n\r\n2,b,0\r\n1,c,1\r\n",
        StandardCharsets.UTF_8);
    List<LabelledPair> pairs = PairFiles.read(f, "ltable_id", "rtable_id", "label");
    assertThat(pairs).containsExactly(new LabelledPair("1", "a", true), new LabelledPair("2", "b", false),
        new LabelledPair("1", "c", true));
    assertThat(PairFiles.goldByLeft(pairs)).isEqualTo(Map.of("1", Set.of("a", "c")));
  }

  @Test
  void withoutALabelColumnEveryPairMatches() throws Exception {
    Path f = Files.writeString(dir.resolve("g.csv"), "claim_id,row_id\nq,r\n");
    assertThat(PairFiles.read(f, "claim_id", "row_id", null)).containsExactly(new LabelledPair("q", "r", true));
  }

  @Test
  void badRowsNameTheirPhysicalLine() throws Exception {
    Path f = Files.writeString(dir.resolve("g.csv"), "ltable_id,rtable_id,label\n\"1\n\",a,1\n2,b,yes\n");
    assertThatThrownBy(() -> PairFiles.read(f, "ltable_id", "rtable_id", "label"))
        .isInstanceOf(InputException.class).hasMessage(f + ":4: label must be 0 or 1, was 'yes'");
    Path short_ = Files.writeString(dir.resolve("h.csv"), "ltable_id,rtable_id\n1,a\n2\n");
    assertThatThrownBy(() -> PairFiles.read(short_, "ltable_id", "rtable_id", null))
        .isInstanceOf(InputException.class).hasMessage(short_ + ":3: expected 2 fields as in the header, found 1");
    assertThatThrownBy(() -> PairFiles.read(f, "left", "rtable_id", null))
        .isInstanceOf(InputException.class).hasMessage(f + ":1: missing column 'left' in header [ltable_id, rtable_id, label]");
  }
}
