package dev.concord.matcher;

/** How rankings become links. */
public enum MatchMode {
  /** Each left and each right item is in at most one link. */
  ONE_TO_ONE,
  /** Each left item links to its best right item; right items may take many. */
  MANY_TO_ONE,
  /** Each left item links to up to k right items. */
  TOP_K
}
