package dev.concord.embeddings.features;

/**
 * A text as a bag of hashed features: distinct bucket numbers and their counts.
 *
 * @param buckets distinct bucket numbers
 * @param counts  occurrences of each bucket, same length as {@code buckets}
 */
public record HashedFeatures(int[] buckets, float[] counts) {
  public HashedFeatures {
    if (buckets.length != counts.length) throw new IllegalArgumentException("buckets and counts differ in length");
  }

  public int size() { return buckets.length; }

  public boolean isEmpty() { return buckets.length == 0; }
}
