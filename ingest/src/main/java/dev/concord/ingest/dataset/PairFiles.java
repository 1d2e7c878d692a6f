package dev.concord.ingest.dataset;

import dev.concord.ingest.InputException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads gold and split files: id pairs with an optional label column. */
public final class PairFiles {
  private PairFiles() {}

  /** Reads {@code left,right[,label]} rows by the given column names; label absent means every pair matches. */
  public static List<LabelledPair> read(Path file, String leftCol, String rightCol, String labelCol) throws IOException {
    List<LabelledPair> out = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
         CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      Map<String, Integer> header = p.getHeaderMap();
      for (String c : List.of(leftCol, rightCol)) {
        if (!header.containsKey(c)) throw new InputException(file, 1, "missing column '" + c + "' in header " + header.keySet());
      }
      boolean labelled = labelCol != null && header.containsKey(labelCol);
      for (CSVRecord rec : p) {
        long line = rec.getRecordNumber() + 1;
        if (rec.size() != header.size()) {
          throw new InputException(file, line, "expected " + header.size() + " fields, found " + rec.size());
        }
        String l = rec.get(leftCol).strip();
        String rt = rec.get(rightCol).strip();
        if (l.isEmpty() || rt.isEmpty()) throw new InputException(file, line, "empty id");
        boolean match = true;
        if (labelled) {
          String v = rec.get(labelCol).strip();
          if (!v.equals("0") && !v.equals("1")) throw new InputException(file, line, "label must be 0 or 1, was '" + v + "'");
          match = v.equals("1");
        }
        out.add(new LabelledPair(l, rt, match));
      }
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
