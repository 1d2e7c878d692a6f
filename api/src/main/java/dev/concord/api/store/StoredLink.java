package dev.concord.api.store;

import dev.concord.core.Link;
import java.util.Objects;

/**
 * A link as persisted: the engine's {@link Link} plus the corpora of both sides and the model version that
 * makes it unique.
 *
 * @param leftCorpus   corpus of the query item
 * @param rightCorpus  corpus of the reference item
 * @param link         the link (left id, right id, score, method, explanation)
 * @param modelVersion scorer and model version (the engine's {@code method()})
 */
public record StoredLink(String leftCorpus, String rightCorpus, Link link, String modelVersion) {
  public StoredLink {
    Objects.requireNonNull(leftCorpus, "leftCorpus");
    Objects.requireNonNull(rightCorpus, "rightCorpus");
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(modelVersion, "modelVersion");
  }

  /** The scorer's name: the method up to its first '/', which separates name from model version. */
  public String methodName() {
    int slash = link.method().indexOf('/');
    return slash < 0 ? link.method() : link.method().substring(0, slash);
  }
}
