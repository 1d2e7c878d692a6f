package dev.concord.ingest.dataset;

import dev.concord.ingest.CsvRows;
import dev.concord.ingest.InputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads gold and split files: id pairs with an optional label column. Any bad row fails the read. */
public final class PairFiles {
  private PairFiles() {}

  /** Reads {@code left,right[,label]} rows by the given column names; label absent means every pair matches. */
  public static List<LabelledPair> read(Path file, String leftCol, String rightCol, String labelCol) throws IOException {
    CsvRows.Table table = CsvRows.read(file);
    List<String> header = table.header();
    for (String c : List.of(leftCol, rightCol)) {
      if (!header.contains(c)) throw new InputException(file, 1, "missing column '" + c + "' in header " + header);
    }
    int left = header.indexOf(leftCol);
    int right = header.indexOf(rightCol);
    int label = labelCol == null ? -1 : header.indexOf(labelCol);
    List<LabelledPair> out = new ArrayList<>();
    for (CsvRows.Row row : table.rows()) {
      String l = row.values().get(left).strip();
      String r = row.values().get(right).strip();
      if (l.isEmpty() || r.isEmpty()) throw new InputException(file, row.line(), "empty id");
      boolean match = true;
      if (label >= 0) {
        String v = row.values().get(label).strip();
        if (!v.equals("0") && !v.equals("1")) {
          throw new InputException(file, row.line(), "label must be 0 or 1, was '" + v + "'");
        }
        match = v.equals("1");
      }
      out.add(new LabelledPair(l, r, match));
    }
    return out;
  }

  /** Groups matching pairs by left id: left id to the set of right ids. */
  public static Map<String, Set<String>> goldByLeft(List<LabelledPair> pairs) {
    Map<String, Set<String>> gold = new LinkedHashMap<>();
    for (LabelledPair p : pairs) {
      if (p.match()) gold.computeIfAbsent(p.left(), k -> new LinkedHashSet<>()).add(p.right());
    }
    return gold;
  }
}
