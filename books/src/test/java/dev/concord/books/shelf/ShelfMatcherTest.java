package dev.concord.books.shelf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.books.Fixtures;
import dev.concord.books.lookup.ScoredBook;
import dev.concord.books.lookup.SpineLookup;
import dev.concord.core.progress.Progress;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ShelfMatcherTest {
  private static final SpineLookup LOOKUP = SpineLookup.build(Fixtures.catalogue(), Progress.NONE);
  private static final ShelfOptions FIXED = ShelfOptions.DEFAULT.withThreshold(OptionalDouble.of(0.5));

  private static Map<String, Optional<String>> linkedTitles(ShelfOptions options, String[][] spines) {
    ShelfResult r = new ShelfMatcher(LOOKUP, options).match(Fixtures.spines(spines), Progress.NONE);
    return r.decisions().stream().collect(Collectors.toMap(SpineDecision::spineId,
        d -> d.link().map(ScoredBook::book).map(b -> b.title() + "#" + b.id())));
  }

  @Test
  void aBookWithTwoCopiesTakesTwoSpinesOfOneShelf() {
    Map<String, Optional<String>> links = linkedTitles(FIXED, new String[][] {
        {"s1", "a", "LA SOMBRA DEL VIENTO CARLOS RUIZ ZAFON N Rui"},
        {"s1", "b", "Carlos Ruiz Zafón La sombra del viento N Rui"},
        {"s1", "c", "HISTÒRIA DE CATALUNYA PIERRE VILAR 9 (46.71) Vil"}});
    assertThat(links.get("a")).hasValueSatisfying(t -> assertThat(t).startsWith("La Sombra del viento#"));
    assertThat(links.get("b")).hasValueSatisfying(t -> assertThat(t).startsWith("La Sombra del viento#"));
    assertThat(links.get("c")).hasValueSatisfying(t -> assertThat(t).startsWith("Història de Catalunya#"));
  }

  @Test
  void aBookWithOneCopyTakesOnlyTheSpineThatShowsItBest() {
    String[][] shelf = {
        {"s1", "full", "HISTÒRIA DE CATALUNYA PIERRE VILAR 9(46.71) Vil"},
        {"s1", "label", "9(46.71) Vil"}};
    Map<String, Optional<String>> copies = linkedTitles(FIXED, shelf);
    assertThat(copies.get("full")).hasValueSatisfying(t -> assertThat(t).startsWith("Història de Catalunya#"));
    assertThat(copies.get("label")).isEmpty();
    // on its own, each spine would have taken the book
    Map<String, Optional<String>> alone = linkedTitles(FIXED.withStrategy(Strategy.ARGMAX), new String[][] {
        {"s1", "full", "HISTÒRIA DE CATALUNYA PIERRE VILAR 9(46.71) Vil"},
        {"s2", "label", "9(46.71) Vil"}});
    assertThat(alone.get("label")).hasValueSatisfying(t -> assertThat(t).startsWith("Història de Catalunya#"));
  }

  @Test
  void aCodeOnlySegmentBesideTheSpineOfItsBookIsThatSpinesLabel() {
    String[][] shelf = {
        {"s1", "spine", "HISTÒRIA DE CATALUNYA PIERRE VILAR"},
        {"s1", "label", "9(46.71) Vil"}};
    for (Strategy strategy : Strategy.values()) {
      ShelfResult r = new ShelfMatcher(LOOKUP, FIXED.withStrategy(strategy)).match(Fixtures.spines(shelf), Progress.NONE);
      SpineDecision spine = r.decisions().get(0);
      SpineDecision label = r.decisions().get(1);
      assertThat(spine.link()).as(strategy.name()).hasValueSatisfying(b -> {
        assertThat(b.book().title()).isEqualTo("Història de Catalunya");
        assertThat(b.features().tag()).isEqualTo(1.0);
      });
      assertThat(label.link()).as(strategy.name()).isEmpty();
      // what the segment itself shows is still reported
      assertThat(label.best()).hasValueSatisfying(b -> assertThat(b.book().title()).isEqualTo("Història de Catalunya"));
    }
  }

  @Test
  void theSameBookOnTwoShelvesIsLinkedOnEach() {
    Map<String, Optional<String>> links = linkedTitles(FIXED, new String[][] {
        {"s1", "x", "HISTÒRIA DE CATALUNYA PIERRE VILAR 9(46.71) Vil"},
        {"s2", "y", "HISTÒRIA DE CATALUNYA PIERRE VILAR 9(46.71) Vil"}});
    assertThat(links.get("x")).isPresent();
    assertThat(links.get("y")).isPresent();
  }

  @Test
  void nonBooksAndUncataloguedBooksAreRejected() {
    Map<String, Optional<String>> links = linkedTitles(FIXED, new String[][] {
        {"s1", "book", "Cien años de soledad GABRIEL GARCÍA MÁRQUEZ N Gar"},
        {"s1", "noise", ": -- | I"},
        {"s1", "bookend", "EXCLOS PRESTEC"},
        {"s1", "missing", "EL NOMBRE DE LA ROSA UMBERTO ECO N Eco"}});
    assertThat(links.get("book")).isPresent();
    assertThat(links.get("noise")).isEmpty();
    assertThat(links.get("bookend")).isEmpty();
    assertThat(links.get("missing")).isEmpty();
  }

  @Test
  void theThresholdChosenWithoutGoldRejectsNoiseAndKeepsClearSpines() {
    String[][] shelf = {
        {"s1", "1", "LA SOMBRA DEL VIENTO CARLOS RUIZ ZAFON N Rui"},
        {"s1", "2", "EL JUEGO DEL ÁNGEL RUIZ ZAFÓN N Rui"},
        {"s1", "3", "Cien años de soledad García Márquez N Gar"},
        {"s1", "4", "LA SOMBRA DEL VIENTO Ruiz Zafón N Rui"},
        {"s1", "7", "I 1 I :"},
        {"s1", "8", "zzq xw"},
        {"s1", "9", "EXCLOS PRESTEC"}};
    ShelfResult r = new ShelfMatcher(LOOKUP, ShelfOptions.DEFAULT).match(Fixtures.spines(shelf), Progress.NONE);
    Map<String, SpineDecision> byId = r.decisions().stream().collect(Collectors.toMap(SpineDecision::spineId, Function.identity()));
    for (String id : new String[] {"1", "2", "3", "4"}) assertThat(byId.get(id).link()).as(id).isPresent();
    for (String id : new String[] {"7", "8", "9"}) assertThat(byId.get(id).link()).as(id).isEmpty();
    assertThat(byId.get("4").link().get().book().title()).isEqualTo("La Sombra del viento");
  }

  @Test
  void linksCarryTheMethodAndTheFeatures() {
    ShelfResult r = new ShelfMatcher(LOOKUP, FIXED).match(Fixtures.spines(new String[][] {
        {"s1", "a", "MEMORIA Alan Baddeley 153 Bad"}}), Progress.NONE);
    assertThat(r.links()).hasSize(1);
    assertThat(r.links().get(0).right()).isEqualTo("8");
    assertThat(r.links().get(0).method()).isEqualTo("books/shelf-copies");
    assertThat(r.links().get(0).explanation().features()).containsKeys("tag", "title", "author", "explained");
  }

  private static ScoredBook scored(int position, String title, String author, String tag, double score) {
    dev.concord.books.catalogue.CatalogueBook b =
        new dev.concord.books.catalogue.CatalogueBook(position, "" + position, title, author, tag, "");
    return new ScoredBook(b, score, new dev.concord.books.spine.SpineFeatures(score, score, score, score));
  }

  @Test
  void aSiblingSharingTheBestBooksCodeIsNotADrawOfAMissingBook() {
    ScoredBook memoria = scored(0, "Memoria", "Baddeley, Alan", "153 Bad", 0.9);
    ScoredBook copy = scored(4, "Memoria", "Baddeley, Alan", "153 Bad", 0.9);
    ScoredBook sibling = scored(1, "Atención", "Baddeley, Alan", "153  Bad", 0.85);
    ScoredBook unrelated = scored(2, "Sueños", "Freud, Sigmund", "159 Fre", 0.3);
    assertThat(ShelfMatcher.missingBookDraw(java.util.List.of(memoria, copy, sibling, unrelated))).isEqualTo(0.3);
    // every listed book shares the code: the last listed score bounds every unlisted book's
    assertThat(ShelfMatcher.missingBookDraw(java.util.List.of(memoria, sibling))).isEqualTo(0.85);
    assertThat(ShelfMatcher.missingBookDraw(java.util.List.of(memoria))).isEqualTo(0.0);
    ScoredBook untagged = scored(3, "Guía", "", "", 0.8);
    ScoredBook otherUntagged = scored(5, "Mapa", "", "", 0.6);
    assertThat(ShelfMatcher.missingBookDraw(java.util.List.of(untagged, otherUntagged))).isEqualTo(0.6);
  }
}
