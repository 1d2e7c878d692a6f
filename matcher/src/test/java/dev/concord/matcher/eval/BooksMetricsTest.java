package dev.concord.matcher.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.concord.matcher.eval.BooksMetrics.Book;
import dev.concord.matcher.eval.BooksMetrics.Gold;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BooksMetricsTest {
  @Test
  void copiesAreInterchangeableAndNonBooksCountAsFalsePositives() {
    Map<String, Gold> gold = Map.of(
        "s1", new Gold("Title A", "Author A", true, true),   // linked to a copy of A: TP
        "s2", new Gold("Title B", "Author B", true, true),   // linked to C: FP and FN
        "s3", new Gold("Title D", "Author D", true, true),   // not linked: FN
        "s4", new Gold("", "", false, true),                 // not a book, linked: FP
        "s5", new Gold("", "", false, true),                 // not a book, rejected: fine
        "s6", new Gold("", "", false, false));               // merged segment: not judged
    Map<String, Book> links = Map.of("s1", new Book("Title A ", "Author A"), "s2", new Book("Title C", "Author C"),
        "s4", new Book("Title A", "Author A"), "s6", new Book("X", "Y"));
    Map<String, Book> top1 = Map.of("s1", new Book("Title A", "Author A"), "s2", new Book("Title C", "Author C"),
        "s3", new Book("Title D", "Author D"));
    BooksMetrics m = BooksMetrics.of(links, top1, gold);
    assertThat(m.truePositives()).isEqualTo(1);
    assertThat(m.falsePositives()).isEqualTo(2);
    assertThat(m.falseNegatives()).isEqualTo(2);
    assertThat(m.precision()).isCloseTo(1 / 3.0, offset(1e-12));
    assertThat(m.recall()).isCloseTo(1 / 3.0, offset(1e-12));
    assertThat(m.top1Accuracy()).isCloseTo(2 / 3.0, offset(1e-12));
    assertThat(m.judged()).isEqualTo(5);
  }
}
