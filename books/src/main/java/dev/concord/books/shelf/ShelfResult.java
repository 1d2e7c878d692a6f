package dev.concord.books.shelf;

import dev.concord.books.lookup.SpineLookup;
import dev.concord.core.Link;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every spine's decision, in input order, the reject threshold used and the method that decided, as written
 * into links.
 */
public record ShelfResult(List<SpineDecision> decisions, double threshold, String method) {
  public ShelfResult {
    decisions = List.copyOf(decisions);
    Objects.requireNonNull(method, "method");
  }

  /** One link per spine that was given a book: spine id to catalogue row id. */
  public List<Link> links() {
    List<Link> out = new ArrayList<>();
    for (SpineDecision d : decisions) {
      d.link().ifPresent(b -> out.add(new Link(d.spineId(), b.book().id(), b.score(), method, SpineLookup.explain(b))));
    }
    return out;
  }
}
