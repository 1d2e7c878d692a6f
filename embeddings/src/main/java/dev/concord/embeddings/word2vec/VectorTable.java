package dev.concord.embeddings.word2vec;

/** A dense row-major table of float vectors, one row per node index. Rows are not copied on read: do not mutate. */
public record VectorTable(float[] data, int rows, int dimensions) {
  public VectorTable {
    if ((long) rows * dimensions != data.length) {
      throw new IllegalArgumentException("data holds " + data.length + " floats, not " + rows + " x " + dimensions);
    }
  }

  public float get(int row, int d) { return data[row * dimensions + d]; }

  /** A copy of one row. */
  public float[] row(int row) {
    float[] out = new float[dimensions];
    System.arraycopy(data, row * dimensions, out, 0, dimensions);
    return out;
  }
}
