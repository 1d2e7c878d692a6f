package dev.concord.graph;

/** The kinds of node in the heterogeneous matching graph of TDmatch/EmbDI. */
public enum NodeKind {
  /** A row, text or spine of one of the corpora being matched. */
  ITEM,
  /** A column of a table. */
  ATTRIBUTE,
  /** A word n-gram, a number, an attribute-value pair or a derived (bucket) token. */
  TOKEN
}
