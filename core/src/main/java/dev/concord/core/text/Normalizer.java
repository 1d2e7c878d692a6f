package dev.concord.core.text;

import java.util.Locale;
import java.util.regex.Pattern;

/** Unicode normalisation: NFKC, case folding and optional accent folding. */
public final class Normalizer {
  private static final Pattern COMBINING = Pattern.compile("\\p{M}+");

  private Normalizer() {}

  /** NFKC then case folding; with {@code foldAccents} also strips combining marks (NFD first). */
  public static String normalize(String s, boolean foldAccents) {
    String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return foldAccents ? foldAccents(n) : n;
  }

  public static String foldAccents(String s) {
    String d = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
    d = COMBINING.matcher(d).replaceAll("");
    // letters with no decomposition that OCR and users write without the mark
    if (d.indexOf('ß') >= 0) d = d.replace("ß", "ss");
    if (d.indexOf('ø') >= 0) d = d.replace('ø', 'o');
    if (d.indexOf('ł') >= 0) d = d.replace('ł', 'l');
    if (d.indexOf('·') >= 0) d = d.replace("·", ""); // Catalan l·l
    return d;
  }
}
