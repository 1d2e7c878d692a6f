package dev.concord.books.lookup;

import dev.concord.books.candidates.CandidateIndex;
import dev.concord.books.candidates.CharNgramIndex;
import dev.concord.books.candidates.TagIndex;
import dev.concord.books.catalogue.Catalogue;
import dev.concord.books.catalogue.CatalogueBook;
import dev.concord.books.spine.BookText;
import dev.concord.books.spine.SpineFeatures;
import dev.concord.books.spine.SpineSimilarity;
import dev.concord.books.spine.SpineText;
import dev.concord.books.spine.SpineView;
import dev.concord.books.spine.WordWeights;
import dev.concord.core.Candidate;
import dev.concord.core.Explanation;
import dev.concord.core.Item;
import dev.concord.core.Ranking;
import dev.concord.core.progress.Progress;
import it.unimi.dsi.fastutil.ints.IntLinkedOpenHashSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Ranks catalogue books for one spine's OCR text: candidates from a character n-gram index and from shelf codes
 * found on the spine, then each candidate scored on its shelf code, title, author and how much of the spine
 * it accounts for ({@link SpineFeatures}). This is the single-spine lookup the REST service answers with.
 */
public final class SpineLookup {
  /** Candidates taken from each index before the close comparison. */
  public static final int CANDIDATES_PER_INDEX = 30;

  private final Catalogue catalogue;
  private final CandidateIndex ngrams;
  private final CandidateIndex tags;
  private final SpineSimilarity similarity;

  private SpineLookup(Catalogue catalogue, CandidateIndex ngrams, CandidateIndex tags, SpineSimilarity similarity) {
    this.catalogue = catalogue;
    this.ngrams = ngrams;
    this.tags = tags;
    this.similarity = similarity;
  }

  /**
   * Books prepared in parallel per block, then added to the indexes in position order: the build uses every core
   * and is deterministic, and only one block of prepared books is held at a time.
   */
  static final int BUILD_BLOCK = 1 << 15;

  public static SpineLookup build(Catalogue catalogue, Progress progress) {
    int n = catalogue.size();
    progress.start("spine lookup index", n);
    WordWeights weights = new WordWeights();
    CharNgramIndex.Builder ngrams = new CharNgramIndex.Builder(n);
    TagIndex.Builder tags = new TagIndex.Builder();
    for (int from = 0; from < n; from += BUILD_BLOCK) {
      List<PreparedBook> block = IntStream.range(from, Math.min(n, from + BUILD_BLOCK)).parallel()
          .mapToObj(i -> PreparedBook.of(catalogue.get(i))).toList();
      for (PreparedBook p : block) {
        weights.add(p.words());
        ngrams.add(p.grams());
        tags.add(p.compactTag());
      }
      progress.step(block.size());
    }
    CandidateIndex ngramIndex = ngrams.build();
    CandidateIndex tagIndex = tags.build();
    progress.done();
    return new SpineLookup(catalogue, ngramIndex, tagIndex, new SpineSimilarity(weights));
  }

  /** What the indexes keep of one book: its distinct words (series included), its grams, its shelf code. */
  private record PreparedBook(Set<String> words, long[] grams, String compactTag) {
    static PreparedBook of(CatalogueBook b) {
      List<String> text = SpineText.of(b.title() + " " + b.author() + " " + b.tag()).words();
      Set<String> words = new HashSet<>(text);
      words.addAll(SpineText.of(b.series()).words());
      return new PreparedBook(words, CharNgramIndex.grams(text), SpineText.of(b.tag()).compact());
    }
  }

  public Catalogue catalogue() { return catalogue; }

  /** Catalogue books for a spine's text, best first, at most {@code k}. Thread-safe. */
  public List<ScoredBook> lookup(String spineText, int k) {
    SpineView spine = SpineView.of(spineText);
    if (spine.text().isEmpty()) return List.of();
    IntLinkedOpenHashSet rows = new IntLinkedOpenHashSet();
    for (int r : ngrams.candidates(spine, Math.max(k, CANDIDATES_PER_INDEX))) rows.add(r);
    for (int r : tags.candidates(spine, Math.max(k, CANDIDATES_PER_INDEX))) rows.add(r);
    List<ScoredBook> scored = new ArrayList<>(rows.size());
    for (int r : rows) {
      CatalogueBook book = catalogue.get(r);
      SpineFeatures f = similarity.features(spine, BookText.of(book));
      scored.add(new ScoredBook(book, f.score(), f));
    }
    scored.sort(Comparator.comparingDouble(ScoredBook::score).reversed()
        .thenComparingInt(s -> s.book().position()));
    return scored.size() > k ? List.copyOf(scored.subList(0, k)) : scored;
  }

  /** The same lookup as a core {@link Ranking} of catalogue row ids, with explanations. */
  public Ranking rank(Item spine, int k) {
    List<Candidate> out = new ArrayList<>();
    for (ScoredBook s : lookup(spine.text().isBlank() ? spine.content() : spine.text(), k)) {
      out.add(new Candidate(s.book().id(), s.score(), explain(s)));
    }
    return new Ranking(spine.id(), out);
  }

  /** The features behind a scored book, its shelf agreement when known, and its shelf code. */
  public static Explanation explain(ScoredBook s) {
    Map<String, Double> features = new LinkedHashMap<>(s.features().values());
    s.shelfAgreement().ifPresent(a -> features.put("shelf_agreement", a));
    return new Explanation(features, s.features().contributions(), List.of(s.book().tag()));
  }
}
