package dev.concord.core.text;

/**
 * How text is analysed.
 *
 * @param foldAccents      strip diacritics (é to e, ç to c); useful for Spanish and Catalan OCR, which often loses them
 * @param removeStopWords  drop English, Spanish and Catalan stop words from word tokens
 * @param maxWordNgram     longest word n-gram produced by {@link TextAnalyzer#wordNgrams}
 * @param charNgram        length of character n-grams
 */
public record AnalyzerOptions(boolean foldAccents, boolean removeStopWords, int maxWordNgram, int charNgram) {
  public static final AnalyzerOptions DEFAULT = new AnalyzerOptions(true, true, 1, 3);

  public AnalyzerOptions {
    if (maxWordNgram < 1 || maxWordNgram > 3) throw new IllegalArgumentException("maxWordNgram must be 1..3");
    if (charNgram < 1) throw new IllegalArgumentException("charNgram must be >= 1");
  }

  public AnalyzerOptions withMaxWordNgram(int n) {
    return new AnalyzerOptions(foldAccents, removeStopWords, n, charNgram);
  }
}
