package dev.concord.core.text;

import com.ibm.icu.text.Normalizer2;

/**
 * Unicode normalisation for matching: NFKC with full Unicode case folding, and optional accent folding.
 *
 * <p>ICU's NFKC_Casefold is used rather than {@code toLowerCase}: it folds {@code ß} and {@code ẞ} alike to
 * {@code ss} and Greek final sigma to sigma, and it drops default-ignorable characters (soft hyphens, zero-width
 * spaces) that would otherwise split an OCR'd or web-scraped word in two.
 */
public final class Normalizer {
  private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private Normalizer() {}

  /**
   * NFKC plus case folding; with {@code foldAccents} also accent folding. The result is a fixed point:
   * normalising it again changes nothing.
   */
  public static String normalize(String s, boolean foldAccents) {
    String n = NFKC_CASEFOLD.normalize(s);
    // folding can leave characters that NFKC_Casefold maps further (it recomposes, but does not case-fold),
    // so the result goes through it once more to stay a fixed point
    return foldAccents ? NFKC_CASEFOLD.normalize(foldAccents(n)) : n;
  }

  /**
   * Removes diacritics: nonspacing marks after canonical decomposition ({@code é} to {@code e}, {@code ç} to
   * {@code c}, {@code ñ} to {@code n}), and maps the few Latin letters that carry their mark without a
   * decomposition. Only marks on Latin, Greek and Cyrillic letters (or on no letter) are accents; in other
   * scripts marks are parts of letters (the Devanagari virama) and stay.
   */
  public static String foldAccents(String s) {
    if (isAscii(s)) return s;
    String d = NFD.normalize(s);
    StringBuilder out = new StringBuilder(d.length());
    boolean accentable = true;
    for (int i = 0; i < d.length(); ) {
      int cp = d.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.getType(cp) == Character.NON_SPACING_MARK) {
        if (!accentable) out.appendCodePoint(cp);
        continue;
      }
      if (Character.getType(cp) != Character.COMBINING_SPACING_MARK) accentable = takesAccents(cp);
      switch (cp) {
        case 'ø' -> out.append('o');
        case 'Ø' -> out.append('O');
        case 'ł' -> out.append('l');
        case 'Ł' -> out.append('L');
        case 'đ' -> out.append('d');
        case 'Đ' -> out.append('D');
        case 'ħ' -> out.append('h');
        case 'ı' -> out.append('i');
        case 'æ' -> out.append("ae");
        case 'Æ' -> out.append("AE");
        case 'œ' -> out.append("oe");
        case 'Œ' -> out.append("OE");
        default -> out.appendCodePoint(cp);
      }
    }
    // NFD also split what is not an accent (Hangul syllables into jamo): compose it back
    return NFC.normalize(out);
  }

  private static boolean takesAccents(int cp) {
    return switch (Character.UnicodeScript.of(cp)) {
      case LATIN, GREEK, CYRILLIC, COMMON, INHERITED -> true;
      default -> false;
    };
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) return false;
    }
    return true;
  }
}
