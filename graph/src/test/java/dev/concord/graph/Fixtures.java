package dev.concord.graph;

import dev.concord.core.Corpus;
import dev.concord.core.Item;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A hand-made table and claims, small enough to check every edge by hand. */
public final class Fixtures {
  private Fixtures() {}

  public static Corpus rows() {
    return new Corpus("rows", List.of("country", "january"), List.of(
        row("r1", "afghanistan", "0"),
        row("r2", "albania", "7"),
        row("r3", "algeria", "1007")));
  }

  public static Corpus claims() {
    return new Corpus("claims", List.of(), List.of(
        Item.text("claims", "c1", "there are 0 cases in afghanistan in january"),
        Item.text("claims", "c2", "albania had 7 cases in january"),
        Item.text("claims", "c3", "algeria reports many cases")));
  }

  static Item row(String id, String country, String january) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("country", country);
    f.put("january", january);
    return Item.row("rows", id, f);
  }
}
