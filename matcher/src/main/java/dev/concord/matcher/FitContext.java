package dev.concord.matcher;

import dev.concord.core.progress.Progress;
import dev.concord.matcher.models.ModelStore;
import java.util.Objects;

/**
 * What a scorer may use while fitting: a progress sink, a seed for anything random, and a store for the
 * models it trains (a service reloads them on restart; eval trains every time).
 */
public record FitContext(Progress progress, long seed, ModelStore models) {
  public static final FitContext DEFAULT = new FitContext(Progress.NONE, 42L);

  public FitContext {
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(models, "models");
  }

  public FitContext(Progress progress, long seed) {
    this(progress, seed, ModelStore.none());
  }

  /** This context, keeping trained models in {@code store}. */
  public FitContext withModels(ModelStore store) {
    return new FitContext(progress, seed, store);
  }
}
