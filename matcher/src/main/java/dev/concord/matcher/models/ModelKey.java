package dev.concord.matcher.models;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Names a trained model by what produced it: the kind of model (with the trainer's revision, so a changed
 * trainer does not reuse old files) and a fingerprint of its training inputs.
 */
public record ModelKey(String kind, String fingerprint) {
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]+");

  public ModelKey {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(fingerprint, "fingerprint");
    if (!SAFE.matcher(kind).matches() || !SAFE.matcher(fingerprint).matches()) {
      throw new IllegalArgumentException("model key parts must be [A-Za-z0-9._-]+: " + kind + ", " + fingerprint);
    }
  }

  /** The file name the model is kept under. */
  public String fileName() {
    return kind + "-" + fingerprint + ".model";
  }
}
