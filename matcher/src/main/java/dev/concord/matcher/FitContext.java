package dev.concord.matcher;

import dev.concord.core.progress.Progress;

/** What a scorer may use while fitting: a progress sink and a seed for anything random. */
public record FitContext(Progress progress, long seed) {
  public static final FitContext DEFAULT = new FitContext(Progress.NONE, 42L);
}
