package dev.concord.matcher.lexical;

import dev.concord.core.Corpus;
import dev.concord.core.Item;
import dev.concord.core.text.TextAnalyzer;
import dev.concord.matcher.FitContext;
import dev.concord.matcher.FittedScorer;
import dev.concord.matcher.Scorer;

/**
 * The foundation's baseline: TF-IDF cosine over word tokens and over character 3-grams, averaged,
 * from an inverted index over the reference corpus.
 */
public final class LexicalScorer implements Scorer {
  public static final String NAME = "lexical";

  @Override
  public String name() { return NAME; }

  @Override
  public FittedScorer fit(Corpus reference, Corpus queries, FitContext context) {
    LexicalIndex index = new LexicalIndex(new TextAnalyzer(), reference.size());
    context.progress().start("lexical index", reference.size());
    for (Item item : reference) {
      index.add(item);
      context.progress().step(1);
    }
    index.freeze();
    context.progress().done();
    return index;
  }

}
