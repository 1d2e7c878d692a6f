package dev.concord.api.links;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.concord.core.Link;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes links as CSV (explanation as a JSON column) or JSONL, by the file's extension. */
public final class LinkWriter {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private LinkWriter() {}

  public static void write(Path file, List<Link> links) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      if (name.endsWith(".jsonl")) {
        for (Link l : links) {
          w.write(MAPPER.writeValueAsString(toJson(l)));
          w.write('\n');
        }
      } else if (name.endsWith(".csv")) {
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader("left", "right", "score", "method", "explanation").get())) {
          for (Link l : links) {
            p.printRecord(l.left(), l.right(), l.score(), l.method(), MAPPER.writeValueAsString(toJson(l).get("explanation")));
          }
        }
      } else {
        throw new IllegalArgumentException("--out must end in .csv or .jsonl: " + file);
      }
    }
  }

  public static ObjectNode toJson(Link l) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("left", l.left());
    o.put("right", l.right());
    o.put("score", l.score());
    o.put("method", l.method());
    o.set("explanation", MAPPER.valueToTree(l.explanation()));
    return o;
  }
}
