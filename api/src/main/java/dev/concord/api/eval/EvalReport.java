package dev.concord.api.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Renders eval rows as a Markdown table and as the JSON array the issue specifies. */
public final class EvalReport {
  /** Metric columns in the order the table shows them; rows lacking one show a blank. */
  private static final List<String> COLUMNS = List.of("P", "R", "F1", "top1", "MRR@1", "MRR@5", "Hits@1", "Hits@5",
      "Hits@20", "MAP@5", "blocking_recall@10", "blocking_recall@50", "fit_seconds", "fit_cpu_seconds");

  private EvalReport() {}

  public static String markdown(List<EvalRow> rows) {
    Set<String> cols = new LinkedHashSet<>();
    for (String c : COLUMNS) if (rows.stream().anyMatch(r -> r.metrics().containsKey(c))) cols.add(c);
    StringBuilder sb = new StringBuilder("| dataset | layout | scorer |");
    cols.forEach(c -> sb.append(' ').append(c).append(" |"));
    sb.append(" seconds | peak heap MB |\n|---|---|---|");
    cols.forEach(c -> sb.append("---|"));
    sb.append("---|---|\n");
    for (EvalRow r : rows) sb.append(markdownRow(r, cols)).append('\n');
    return sb.toString();
  }

  static String markdownRow(EvalRow r, Set<String> cols) {
    StringBuilder sb = new StringBuilder("| ").append(r.dataset()).append(" | ").append(r.layout()).append(" | ")
        .append(r.scorer()).append(" |");
    for (String c : cols) {
      Double v = r.metrics().get(c);
      sb.append(' ').append(v == null ? "" : String.format(Locale.ROOT, "%.3f", v)).append(" |");
    }
    sb.append(String.format(Locale.ROOT, " %.1f | %d |", r.seconds(), r.peakHeapMb()));
    return sb.toString();
  }

  public static String json(List<EvalRow> rows) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ArrayNode arr = mapper.createArrayNode();
    for (EvalRow r : rows) {
      ObjectNode o = arr.addObject();
      o.put("dataset", r.dataset());
      o.put("layout", r.layout());
      o.put("scorer", r.scorer());
      ObjectNode m = o.putObject("metrics");
      r.metrics().forEach(m::put);
      o.put("seconds", r.seconds());
      o.put("peak_heap_mb", r.peakHeapMb());
    }
    return mapper.writeValueAsString(arr);
  }

  public static void write(List<EvalRow> rows, Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("eval.md"), markdown(rows), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("eval.json"), json(rows), StandardCharsets.UTF_8);
  }
}
