package dev.concord.embeddings.word2vec;

/** A dense row-major table of float vectors, one row per node index. Rows are not copied on read: do not mutate. */
public record VectorTable(float[] data, int rows, int dimensions) {
  public VectorTable {
    if ((long) rows * dimensions != data.length) {
      throw new IllegalArgumentException("data holds " + data.length + " floats, not " + rows + " x " + dimensions);
    }
  }

  public float get(int row, int d) { return data[row * dimensions + d]; }

  /** {@code v} scaled to unit length; a zero vector is returned as it is. */
  public static float[] unit(float[] v) {
    double norm = 0;
    for (float x : v) norm += (double) x * x;
    if (norm == 0) return v;
    float inv = (float) (1 / Math.sqrt(norm));
    float[] out = new float[v.length];
    for (int k = 0; k < v.length; k++) out[k] = v[k] * inv;
    return out;
  }

  /** A copy of one row. */
  public float[] row(int row) {
    float[] out = new float[dimensions];
    System.arraycopy(data, row * dimensions, out, 0, dimensions);
    return out;
  }
}
