package dev.concord.books.distractors;

import dev.concord.books.catalogue.Catalogue;
import dev.concord.books.catalogue.CatalogueBook;
import dev.concord.core.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Makes catalogue records that look like a real catalogue's but are not its books, to grow a closed catalogue
 * into an open-set one (the 2.3M-title catalogue of Llabrés et al., 2024 is not public). Titles are walks of
 * a word bigram model of the real titles (so Spanish, Catalan and English word sequences stay in their
 * language), with a subtitle as often as the real ones have one; authors pair a real surname with real given
 * names; the shelf code is a real classification followed by the first three letters of the author's surname
 * (or of the title's first word), as the library writes them.
 */
public final class DistractorGenerator {
  private static final String END = "";

  private final Map<String, List<String>> next = new HashMap<>();
  private final List<String> starts = new ArrayList<>();
  private final List<String> surnames = new ArrayList<>();
  private final List<String> givenNames = new ArrayList<>();
  private final List<String> classes = new ArrayList<>();
  private final List<String> series = new ArrayList<>();
  private final double subtitleShare;
  private final double noAuthorShare;
  private final double seriesShare;

  public DistractorGenerator(Catalogue real) {
    int subtitles = 0;
    int noAuthor = 0;
    int withSeries = 0;
    for (CatalogueBook b : real.books()) {
      String title = b.title().strip();
      if (title.contains(" : ")) subtitles++;
      for (String part : title.split(" : ")) learnTitle(part);
      String author = b.author().strip();
      int comma = author.indexOf(',');
      if (author.isEmpty()) {
        noAuthor++;
      } else if (comma > 0) {
        surnames.add(author.substring(0, comma).strip());
        String given = author.substring(comma + 1).replaceAll(",?\\s*\\d{3,4}-(\\d{3,4})?", "").strip();
        if (!given.isEmpty()) givenNames.add(given);
      }
      String cls = classOf(b.tag());
      if (!cls.isEmpty()) classes.add(cls);
      if (!b.series().isBlank()) {
        withSeries++;
        series.add(b.series().strip());
      }
    }
    if (starts.isEmpty() || surnames.isEmpty() || givenNames.isEmpty() || classes.isEmpty()) {
      throw new IllegalArgumentException("catalogue " + real.name() + " is too small to learn distractors from");
    }
    int n = Math.max(1, real.size());
    this.subtitleShare = (double) subtitles / n;
    this.noAuthorShare = (double) noAuthor / n;
    this.seriesShare = (double) withSeries / n;
  }

  private void learnTitle(String part) {
    String[] words = part.strip().split("\\s+");
    if (words.length == 0 || words[0].isEmpty()) return;
    starts.add(words[0]);
    for (int i = 0; i < words.length; i++) {
      String key = words[i].toLowerCase(java.util.Locale.ROOT);
      next.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i + 1 < words.length ? words[i + 1] : END);
    }
  }

  /** The tag without its trailing author code: {@code 92(Fra) Pre} gives {@code 92(Fra)}. */
  static String classOf(String tag) {
    String t = tag.strip();
    int space = t.lastIndexOf(' ');
    if (space <= 0) return t;
    String last = t.substring(space + 1);
    return last.chars().allMatch(Character::isLetter) ? t.substring(0, space).strip() : t;
  }

  /**
   * @param count         how many records
   * @param firstPosition position (and id number) of the first record, usually the real catalogue's size
   * @param seed          the same seed gives the same records
   */
  public List<CatalogueBook> generate(int count, int firstPosition, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<CatalogueBook> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String title = title(rnd);
      if (rnd.nextDouble() < subtitleShare) title = title + " : " + lowerFirst(title(rnd));
      String author = "";
      String surname = "";
      if (rnd.nextDouble() >= noAuthorShare) {
        surname = pick(surnames, rnd);
        author = surname + ", " + pick(givenNames, rnd);
      }
      String code = codeOf(surname.isEmpty() ? title : surname);
      String tag = code.isEmpty() ? pick(classes, rnd) : pick(classes, rnd) + " " + code;
      String ser = rnd.nextDouble() < seriesShare ? pick(series, rnd) : "";
      int position = firstPosition + i;
      out.add(new CatalogueBook(position, "distractor-" + position, title, author, tag, ser));
    }
    return out;
  }

  private String title(SplittableRandom rnd) {
    StringBuilder sb = new StringBuilder(pick(starts, rnd));
    String cur = sb.toString();
    for (int len = 1; len < 20; len++) {
      List<String> options = next.get(cur.toLowerCase(java.util.Locale.ROOT));
      if (options == null) break;
      String w = pick(options, rnd);
      if (w.equals(END)) break;
      sb.append(' ').append(w);
      cur = w;
    }
    return sb.toString();
  }

  /** First three letters, capitalised and without accents, as on the library's labels ({@code Pérez} gives {@code Per}). */
  static String codeOf(String name) {
    String letters = Normalizer.foldAccents(name).replaceAll("[^\\p{L}]", "");
    if (letters.isEmpty()) return "";
    String c = letters.substring(0, Math.min(3, letters.length()));
    return Character.toUpperCase(c.charAt(0)) + c.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  private static <T> T pick(List<T> list, SplittableRandom rnd) {
    return list.get(rnd.nextInt(list.size()));
  }
}
