package dev.concord.api.bench;

import dev.concord.core.Corpus;
import dev.concord.core.Item;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Made-up organisations for benchmarks: a reference register of any size (name, city, state) and queries that
 * are noisy copies of some of its rows (case changes, a dropped or abbreviated word, a typo), so that most
 * queries have one true match among many near misses. Deterministic for a seed.
 */
public final class SyntheticItems {
  private static final String[] ONSETS = {"b", "c", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br",
      "cr", "dr", "gr", "pl", "st", "tr", "qu", "sh", "ch"};
  private static final String[] NUCLEI = {"a", "e", "i", "o", "u", "ai", "ou", "ea", "io"};
  private static final String[] CODAS = {"", "n", "r", "s", "x", "th", "ck", "m", "l", "nd"};
  private static final String[] SUFFIXES = {"Corporation", "Incorporated", "Limited", "Company", "Group", "Holdings",
      "International", "Industries", "Partners", "Associates", "Systems", "Labs"};
  private static final Map<String, String> ABBREVIATIONS = Map.of("Corporation", "Corp", "Incorporated", "Inc",
      "Limited", "Ltd", "Company", "Co", "International", "Intl", "Industries", "Ind", "Associates", "Assoc");
  private static final String[] STATES = {"AL", "AK", "AZ", "CA", "CO", "CT", "FL", "GA", "IL", "IN", "MA", "MI", "MN",
      "MO", "NJ", "NY", "NC", "OH", "OR", "PA", "TX", "VA", "WA", "WI"};

  private SyntheticItems() {}

  /** {@code size} distinct reference rows of corpus {@code name}, ids R0000000... */
  public static Corpus reference(String name, int size, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    String[] cities = new String[500];
    for (int i = 0; i < cities.length; i++) cities[i] = capital(word(rnd)) + (rnd.nextInt(3) == 0 ? " " + capital(word(rnd)) : "");
    List<Item> items = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      int words = 1 + rnd.nextInt(3);
      StringBuilder n = new StringBuilder();
      for (int w = 0; w < words; w++) n.append(w == 0 ? "" : " ").append(capital(word(rnd)));
      n.append(' ').append(SUFFIXES[rnd.nextInt(SUFFIXES.length)]);
      Map<String, String> f = new LinkedHashMap<>();
      f.put("name", n.toString());
      f.put("city", cities[rnd.nextInt(cities.length)]);
      f.put("state", STATES[rnd.nextInt(STATES.length)]);
      items.add(Item.row(name, String.format(Locale.ROOT, "R%07d", i), f));
    }
    return new Corpus(name, List.of("name", "city", "state"), items);
  }

  /** {@code size} queries of corpus {@code name}, each a noisy copy of a random reference row. */
  public static Corpus queries(String name, Corpus reference, int size, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Item> items = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      Item source = reference.get(rnd.nextInt(reference.size()));
      Map<String, String> f = new LinkedHashMap<>();
      f.put("name", noisy(source.field("name"), rnd));
      f.put("city", rnd.nextInt(4) == 0 ? source.field("city").toUpperCase(Locale.ROOT) : source.field("city"));
      f.put("state", source.field("state"));
      items.add(Item.row(name, String.format(Locale.ROOT, "Q%07d", i), f));
    }
    return new Corpus(name, List.of("name", "city", "state"), items);
  }

  private static String noisy(String name, SplittableRandom rnd) {
    String[] words = name.split(" ");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      boolean last = i == words.length - 1;
      if (last && rnd.nextBoolean()) w = ABBREVIATIONS.getOrDefault(w, w);
      if (last && words.length > 2 && rnd.nextInt(4) == 0) continue;
      if (!last && rnd.nextInt(5) == 0 && w.length() > 3) w = typo(w, rnd);
      out.add(w);
    }
    String s = String.join(" ", out);
    return rnd.nextInt(3) == 0 ? s.toUpperCase(Locale.ROOT) : s;
  }

  private static String typo(String w, SplittableRandom rnd) {
    int p = 1 + rnd.nextInt(w.length() - 2);
    return switch (rnd.nextInt(3)) {
      case 0 -> w.substring(0, p) + w.substring(p + 1);
      case 1 -> w.substring(0, p) + w.charAt(p + 1) + w.charAt(p) + w.substring(p + 2);
      default -> w.substring(0, p) + w.charAt(p) + w.substring(p);
    };
  }

  private static String word(SplittableRandom rnd) {
    StringBuilder sb = new StringBuilder();
    int syllables = 2 + rnd.nextInt(2);
    for (int s = 0; s < syllables; s++) {
      sb.append(ONSETS[rnd.nextInt(ONSETS.length)]).append(NUCLEI[rnd.nextInt(NUCLEI.length)]);
    }
    return sb.append(CODAS[rnd.nextInt(CODAS.length)]).toString();
  }

  private static String capital(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }
}
