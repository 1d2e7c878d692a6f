package dev.concord.matcher.models;

import java.util.function.Supplier;

/**
 * Where scorers keep the models they train, so that a restarted service reloads a model instead of retraining
 * it (and keeps the model version its links were written with). Eval and one-off runs train every time.
 */
public interface ModelStore {
  /** The model saved under {@code key}, or {@code train}'s result, which is then saved under {@code key}. */
  <M> M loadOrTrain(ModelKey key, ModelCodec<M> codec, Supplier<M> train);

  /** A store that keeps nothing: every fit trains. */
  static ModelStore none() {
    return TrainAlways.INSTANCE;
  }

  /** The store of {@link #none()}. */
  enum TrainAlways implements ModelStore {
    INSTANCE;

    @Override
    public <M> M loadOrTrain(ModelKey key, ModelCodec<M> codec, Supplier<M> train) {
      return train.get();
    }
  }
}
