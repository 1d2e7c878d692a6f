package dev.concord.matcher.features;

import dev.concord.core.Corpus;
import dev.concord.core.Item;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A field both sources share, and how to compare it, inferred from the values (never from labels). */
public record FieldProfile(String name, FieldKind kind) {
  private static final double NUMERIC_SHARE = 0.8;
  private static final double SHORT_MEAN_CHARS = 60;

  /** The fields present in both schemas, typed by their values in both corpora. */
  public static List<FieldProfile> align(Corpus left, Corpus right) {
    Set<String> common = new LinkedHashSet<>(left.schema());
    common.retainAll(new LinkedHashSet<>(right.schema()));
    List<FieldProfile> out = new ArrayList<>();
    for (String f : common) out.add(new FieldProfile(f, kindOf(f, left, right)));
    return out;
  }

  private static FieldKind kindOf(String field, Corpus left, Corpus right) {
    long nonEmpty = 0;
    long numeric = 0;
    long chars = 0;
    for (Corpus c : List.of(left, right)) {
      for (Item it : c) {
        String v = it.field(field).strip();
        if (v.isEmpty()) continue;
        nonEmpty++;
        chars += v.length();
        if (!Double.isNaN(parseNumber(v))) numeric++;
      }
    }
    if (nonEmpty == 0) return FieldKind.TEXT;
    if (numeric >= NUMERIC_SHARE * nonEmpty) return FieldKind.NUMBER;
    return (double) chars / nonEmpty <= SHORT_MEAN_CHARS ? FieldKind.SHORT_TEXT : FieldKind.TEXT;
  }

  /** A number written plainly or with currency signs and thousands separators; NaN otherwise. */
  public static double parseNumber(String s) {
    String t = s.strip().toLowerCase(Locale.ROOT).replace("$", "").replace("€", "").replace("£", "").replace(",", "").strip();
    if (t.isEmpty() || t.length() > 20) return Double.NaN;
    try {
      double d = Double.parseDouble(t);
      return Double.isFinite(d) ? d : Double.NaN;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
