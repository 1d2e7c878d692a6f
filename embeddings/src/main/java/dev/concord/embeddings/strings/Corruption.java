package dev.concord.embeddings.strings;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * A realistic way one name turns into another that still means the same entity: the alias variation LinkOrgs
 * (Libgober &amp; Jerzak, PSRM 2025) learns from real alias pairs, made here from the data itself. Each constant
 * either changes its input in the way it names or, when the input offers nothing to change (no confusable
 * characters, a single word), returns it unchanged; {@link #applies(String)} says which.
 */
public enum Corruption {
  /** One OCR confusion: rn/m, 0/O, l/1, cl/d, vv/w, 5/S, 8/B, e/c in either direction. */
  OCR_CONFUSION {
    @Override
    public boolean applies(String s) {
      for (String[] p : OCR_PAIRS) if (s.contains(p[0]) || s.contains(p[1])) return true;
      return false;
    }

    @Override
    public String apply(String s, Random rnd) {
      List<int[]> sites = new ArrayList<>();
      for (int p = 0; p < OCR_PAIRS.length; p++) {
        for (int side = 0; side < 2; side++) {
          String from = OCR_PAIRS[p][side];
          for (int i = s.indexOf(from); i >= 0; i = s.indexOf(from, i + 1)) sites.add(new int[] {p, side, i});
        }
      }
      if (sites.isEmpty()) return s;
      int[] site = sites.get(rnd.nextInt(sites.size()));
      String from = OCR_PAIRS[site[0]][site[1]];
      String to = OCR_PAIRS[site[0]][1 - site[1]];
      return s.substring(0, site[2]) + to + s.substring(site[2] + from.length());
    }
  },
  /** One word left out. */
  DROPPED_TOKEN {
    @Override
    public boolean applies(String s) { return tokens(s).size() >= 2; }

    @Override
    public String apply(String s, Random rnd) {
      List<String> t = tokens(s);
      if (t.size() < 2) return s;
      t.remove(rnd.nextInt(t.size()));
      return String.join(" ", t);
    }
  },
  /** Two neighbouring, different words swapped. */
  SWAPPED_TOKENS {
    @Override
    public boolean applies(String s) {
      List<String> t = tokens(s);
      for (int i = 0; i + 1 < t.size(); i++) if (!t.get(i).equals(t.get(i + 1))) return true;
      return false;
    }

    @Override
    public String apply(String s, Random rnd) {
      List<String> t = tokens(s);
      List<Integer> sites = new ArrayList<>();
      for (int i = 0; i + 1 < t.size(); i++) if (!t.get(i).equals(t.get(i + 1))) sites.add(i);
      if (sites.isEmpty()) return s;
      int i = sites.get(rnd.nextInt(sites.size()));
      String a = t.get(i);
      t.set(i, t.get(i + 1));
      t.set(i + 1, a);
      return String.join(" ", t);
    }
  },
  /** One word of five or more letters cut to its first two to four letters and a full stop ("international" to "int."). */
  ABBREVIATION {
    @Override
    public boolean applies(String s) { return tokens(s).stream().anyMatch(Corruption::abbreviable); }

    @Override
    public String apply(String s, Random rnd) {
      List<String> t = tokens(s);
      List<Integer> sites = new ArrayList<>();
      for (int i = 0; i < t.size(); i++) if (abbreviable(t.get(i))) sites.add(i);
      if (sites.isEmpty()) return s;
      int i = sites.get(rnd.nextInt(sites.size()));
      t.set(i, t.get(i).substring(0, 2 + rnd.nextInt(3)) + ".");
      return String.join(" ", t);
    }
  },
  /** Every word but the last of a multi-word name reduced to its initial ("walter benjamin" to "w. benjamin"). */
  INITIALS {
    @Override
    public boolean applies(String s) {
      List<String> t = tokens(s);
      return t.size() >= 2 && t.subList(0, t.size() - 1).stream().anyMatch(w -> w.length() > 1 && Character.isLetter(w.charAt(0)));
    }

    @Override
    public String apply(String s, Random rnd) {
      if (!applies(s)) return s;
      List<String> t = tokens(s);
      for (int i = 0; i + 1 < t.size(); i++) {
        String w = t.get(i);
        if (w.length() > 1 && Character.isLetter(w.charAt(0))) t.set(i, w.charAt(0) + ".");
      }
      return String.join(" ", t);
    }
  },
  /** The string cut after 50% to 85% of its characters, as fixed-width fields and narrow spines do. */
  TRUNCATION {
    @Override
    public boolean applies(String s) { return s.strip().length() >= 6; }

    @Override
    public String apply(String s, Random rnd) {
      String t = s.strip();
      if (t.length() < 6) return s;
      int keep = (int) Math.round(t.length() * (0.5 + 0.35 * rnd.nextDouble()));
      return t.substring(0, Math.max(3, Math.min(t.length() - 1, keep))).strip();
    }
  },
  /** Every diacritic dropped ("Enseñar" to "Ensenar"). */
  ACCENT_LOSS {
    @Override
    public boolean applies(String s) { return !stripAccents(s).equals(s); }

    @Override
    public String apply(String s, Random rnd) { return stripAccents(s); }
  },
  /** A legal-form suffix added, removed or swapped for another ("acme inc" to "acme ltd"). */
  LEGAL_SUFFIX {
    @Override
    public boolean applies(String s) { return !s.isBlank(); }

    @Override
    public String apply(String s, Random rnd) {
      List<String> t = tokens(s);
      if (t.isEmpty()) return s;
      String last = t.get(t.size() - 1).toLowerCase(java.util.Locale.ROOT);
      if (LEGAL_SUFFIXES.contains(last)) {
        t.remove(t.size() - 1);
        if (rnd.nextBoolean() && !t.isEmpty()) return String.join(" ", t);
        String other;
        do other = LEGAL_SUFFIXES.get(rnd.nextInt(LEGAL_SUFFIXES.size())); while (other.equals(last));
        t.add(other);
        return String.join(" ", t);
      }
      t.add(LEGAL_SUFFIXES.get(rnd.nextInt(LEGAL_SUFFIXES.size())));
      return String.join(" ", t);
    }
  };

  static final String[][] OCR_PAIRS = {{"rn", "m"}, {"0", "O"}, {"0", "o"}, {"l", "1"}, {"I", "1"}, {"cl", "d"},
      {"vv", "w"}, {"5", "S"}, {"8", "B"}, {"e", "c"}};
  static final List<String> LEGAL_SUFFIXES = List.of("inc", "inc.", "ltd", "ltd.", "llc", "corp", "corp.", "co.",
      "gmbh", "ag", "s.a.", "sa", "s.l.", "plc", "bv", "nv", "s.p.a.", "pty ltd", "limited", "corporation");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** Whether this corruption can change the string. */
  public abstract boolean applies(String s);

  /** The corrupted string; the input itself when {@link #applies(String)} is false. */
  public abstract String apply(String s, Random rnd);

  static List<String> tokens(String s) {
    String t = s.strip();
    return t.isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(SPACE.split(t)));
  }

  static boolean abbreviable(String w) {
    int letters = 0;
    for (int i = 0; i < w.length(); i++) if (Character.isLetter(w.charAt(i))) letters++;
    return letters >= 5 && letters == w.length();
  }

  static String stripAccents(String s) {
    return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
  }
}
