package dev.concord.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.concord.core.Item;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

class ReaderPropertyTest {
  private static Path dir;

  @BeforeContainer
  static void makeDir() throws IOException {
    dir = Files.createTempDirectory("concord-ingest-props");
  }

  @AfterContainer
  static void removeDir() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) Files.delete(p);
    }
    Files.delete(dir);
  }

  /** A table: values[row][column]; column 0 is the id. */
  record Table(List<List<String>> rows, int columns, boolean crlf, boolean bom) {}

  @Provide
  Arbitrary<String> values() {
    Arbitrary<String> tricky = Arbitraries.strings()
        .withChars("ab ,\"\r\n\t;'éñ€\u00A0")
        .withChars('\uD83D')  // paired below
        .ofMaxLength(12)
        .map(s -> s.replace("\uD83D", "\uD83D\uDE00"));
    Arbitrary<String> plain = Arbitraries.strings().alpha().numeric().ofMaxLength(8);
    return Arbitraries.oneOf(tricky, plain, Arbitraries.just(""));
  }

  @Provide
  Arbitrary<Table> tables() {
    return Arbitraries.integers().between(1, 4).flatMap(fields -> Combinators.combine(
            values().list().ofSize(fields).list().ofMaxSize(25),
            Arbitraries.of(true, false), Arbitraries.of(true, false))
        .as((rows, crlf, bom) -> {
          List<List<String>> withIds = new ArrayList<>();
          for (int i = 0; i < rows.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add("r" + i);
            row.addAll(rows.get(i));
            withIds.add(row);
          }
          return new Table(withIds, fields + 1, crlf, bom);
        }));
  }

  private static List<String> header(int columns) {
    List<String> h = new ArrayList<>(List.of("id"));
    for (int c = 1; c < columns; c++) h.add("f" + c);
    return h;
  }

  /** The CSV text, and the character offset where each record starts. */
  private static String csv(Table t, List<Integer> starts) {
    CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator(t.crlf() ? "\r\n" : "\n").get();
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      printer.printRecord(header(t.columns()));
      for (List<String> row : t.rows()) {
        printer.flush();
        starts.add(out.getBuffer().length());
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return (t.bom() ? "\uFEFF" : "") + out;
  }

  private static Path file(String name, byte[] bytes) {
    try {
      return Files.write(dir.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Property(tries = 200)
  void csvWrittenByCommonsCsvReadsBackEqual(@ForAll("tables") Table t) throws Exception {
    Path f = file("round.csv", csv(t, new ArrayList<>()).getBytes(StandardCharsets.UTF_8));
    ReadResult r = new CsvItemReader().read(f, ReadOptions.rows("c").withMaxErrors(0));
    List<String> h = header(t.columns());
    assertThat(r.corpus().schema()).isEqualTo(h.subList(1, h.size()));
    assertThat(r.corpus().size()).isEqualTo(t.rows().size());
    for (int i = 0; i < t.rows().size(); i++) {
      Item item = r.corpus().get(i);
      List<String> row = t.rows().get(i);
      assertThat(item.id()).isEqualTo(row.get(0));
      assertThat(List.copyOf(item.fields().values())).isEqualTo(row.subList(1, row.size()));
    }
    assertThat(r.report().read()).isEqualTo(t.rows().size());
  }

  @Property(tries = 200)
  void aRejectedRecordIsReportedOnThePhysicalLineItStartsOn(@ForAll("tables") Table t, @ForAll @IntRange(max = 100) int pick) throws Exception {
    if (t.rows().isEmpty()) return;
    int bad = pick % t.rows().size();
    List<String> broken = new ArrayList<>(t.rows().get(bad));
    broken.add("one field too many");
    List<List<String>> rows = new ArrayList<>(t.rows());
    rows.set(bad, broken);
    List<Integer> starts = new ArrayList<>();
    String text = csv(new Table(rows, t.columns(), t.crlf(), false), starts);
    Path f = file("lines.csv", text.getBytes(StandardCharsets.UTF_8));
    ReadResult r = new CsvItemReader().read(f, ReadOptions.rows("c"));
    assertThat(r.report().errors()).singleElement()
        .satisfies(e -> assertThat(e.line()).isEqualTo(physicalLineAt(text, starts.get(bad))));
    assertThat(r.corpus().size()).isEqualTo(rows.size() - 1);
  }

  private static long physicalLineAt(String text, int offset) {
    long line = 1;
    for (int i = 0; i < offset; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && text.charAt(i + 1) != '\n')) line++;
    }
    return line;
  }

  @Provide
  Arbitrary<byte[]> garbage() {
    Arbitrary<Byte> anyByte = Arbitraries.bytes();
    Arbitrary<Byte> csvish = Arbitraries.of((byte) '"', (byte) ',', (byte) '\n', (byte) '\r', (byte) '\t', (byte) '{',
        (byte) '}', (byte) ':', (byte) '[', (byte) 'a', (byte) 'i', (byte) 'd', (byte) ' ', (byte) 0xC3, (byte) 0xA9,
        (byte) 0xFF, (byte) 0xFE, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0);
    Arbitrary<byte[]> random = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, anyByte), net.jqwik.api.Tuple.of(3, csvish)).list().ofMaxSize(300)
        .map(ReaderPropertyTest::toBytes);
    Arbitrary<byte[]> headed = random.map(b -> TestFiles.concat(
        "id,image_name,mask_id,ocr\n".getBytes(StandardCharsets.UTF_8), b));
    Arbitrary<byte[]> shelves = random.map(b -> TestFiles.concat(
        "{\"shelf\": \"p\", \"segments\": [{\"mask_id\": 1, \"ocr\": \"x".getBytes(StandardCharsets.UTF_8), b));
    return Arbitraries.oneOf(random, headed, shelves);
  }

  private static byte[] toBytes(List<Byte> list) {
    byte[] b = new byte[list.size()];
    for (int i = 0; i < b.length; i++) b[i] = list.get(i);
    return b;
  }

  @Property(tries = 150)
  void garbageGivesAnInputExceptionOrAConsistentResult(@ForAll("garbage") byte[] bytes,
      @ForAll @IntRange(min = -1, max = 3) int maxErrors) throws Exception {
    Map<String, ItemReader> readers = new LinkedHashMap<>();
    readers.put("g.csv", new CsvItemReader());
    readers.put("g.tsv", CsvItemReader.tsv());
    readers.put("g.jsonl", new JsonlItemReader());
    readers.put("g.txt", new PlainTextItemReader());
    ReadOptions options = ReadOptions.rows("c").withMaxErrors(maxErrors);
    for (Map.Entry<String, ItemReader> e : readers.entrySet()) {
      Path f = file(e.getKey(), bytes);
      checkOutcome(f, maxErrors, () -> e.getValue().read(f, options).report());
    }
    for (String name : List.of("s.csv", "s.jsonl")) {
      Path f = file(name, bytes);
      checkOutcome(f, maxErrors, () -> new SpineSegmentReader().read(f, options).result().report());
    }
  }

  interface Read {
    ReadReport run() throws Exception;
  }

  private static void checkOutcome(Path f, int maxErrors, Read read) throws Exception {
    ReadReport report;
    try {
      report = read.run();
    } catch (InputException e) {
      assertThat(e.getMessage()).contains(f.toString());
      assertThat(e.errors()).isNotEmpty().allSatisfy(err -> assertThat(err.file()).isEqualTo(f));
      if (e.errors().size() > 1) assertThat(e.errors()).hasSize(maxErrors + 1);
      return;
    }
    assertThat(report.read()).isEqualTo(report.accepted() + report.rejected() + report.skipped());
    assertThat(report.errors()).hasSize((int) report.rejected());
    if (maxErrors >= 0) assertThat(report.rejected()).isLessThanOrEqualTo(maxErrors);
    assertThat(report.errors()).allSatisfy(err -> assertThat(err.line()).isPositive());
  }

  @Provide
  Arbitrary<List<Map<String, String>>> jsonRecords() {
    Arbitrary<String> keys = Arbitraries.strings().withChars("abcxyz_é \"\\").ofMinLength(1).ofMaxLength(5)
        .filter(k -> !k.equals("id") && !k.equals("text") && !k.equals("fields") && !k.equals("kind"));
    return Arbitraries.maps(keys, values()).ofMinSize(1).ofMaxSize(4).map(LinkedHashMap::new)
        .map(m -> (Map<String, String>) m).list().ofMaxSize(20);
  }

  @Property(tries = 150)
  void jsonLinesWrittenByJacksonReadBackEqual(@ForAll("jsonRecords") List<Map<String, String>> records) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < records.size(); i++) {
      ObjectNode obj = mapper.createObjectNode();
      obj.put("id", "j" + i);
      records.get(i).forEach(obj::put);
      text.append(mapper.writeValueAsString(obj)).append(i % 2 == 0 ? "\n" : "\r\n");
    }
    Path f = file("round.jsonl", text.toString().getBytes(StandardCharsets.UTF_8));
    ReadResult r = new JsonlItemReader().read(f, ReadOptions.rows("c").withMaxErrors(0));
    assertThat(r.corpus().size()).isEqualTo(records.size());
    for (int i = 0; i < records.size(); i++) {
      assertThat(r.corpus().get(i).id()).isEqualTo("j" + i);
      assertThat(r.corpus().get(i).fields()).containsExactlyEntriesOf(records.get(i));
    }
  }
}
