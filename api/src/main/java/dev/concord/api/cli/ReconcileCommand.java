package dev.concord.api.cli;

import dev.concord.api.links.LinkWriter;
import dev.concord.api.service.ReconciliationWriter;
import dev.concord.api.store.Database;
import dev.concord.core.Corpus;
import dev.concord.core.Link;
import dev.concord.ingest.ReadOptions;
import dev.concord.ingest.ReadResult;
import dev.concord.ingest.Readers;
import dev.concord.ingest.dataset.LabelledPair;
import dev.concord.ingest.dataset.PairFiles;
import dev.concord.matcher.EngineConfig;
import dev.concord.matcher.FitContext;
import dev.concord.matcher.MatchEngine;
import dev.concord.matcher.MatchMode;
import dev.concord.matcher.eval.LinkMetrics;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code concord reconcile}: links two sources and, given gold, prints the quality of the links. */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
    description = "Link the items of LEFT to the items of RIGHT and write the links.")
public final class ReconcileCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--left", required = true, description = "left source (queries): .csv, .tsv, .jsonl or .txt (one item per line)") Path left;
  @Option(names = "--right", required = true, description = "right source (reference): .csv, .tsv, .jsonl or .txt") Path right;
  @Option(names = "--left-id", description = "id column (JSON key) of the left source (default: 'id', else the line number)") String leftId;
  @Option(names = "--right-id", description = "id column of the right source") String rightId;
  @Option(names = "--left-text", description = "column of the left source holding free text") String leftText;
  @Option(names = "--right-text", description = "column of the right source holding free text") String rightText;
  @Option(names = "--gold", description = "gold pairs (.csv: left id, right id[, label]); prints precision, recall, F1") Path gold;
  @Option(names = "--mode", defaultValue = "one-to-one", description = "one-to-one | many-to-one | top-k (default ${DEFAULT-VALUE})") String mode;
  @Option(names = "--k", defaultValue = "10", description = "candidates per item (links per item in top-k mode)") int k;
  @Option(names = "--threshold", description = "minimum link score in [0,1]; default: chosen from the score distribution") Double threshold;
  @Option(names = "--scorer", defaultValue = "concord",
      description = "scorer to use (default ${DEFAULT-VALUE}: self-trained on both sources; lexical for the plain TF-IDF baseline)") String scorer;
  @Option(names = "--out", description = "write links to this .csv or .jsonl file") Path out;
  @Option(names = "--encoding", description = "input charset (default: UTF-8, latin-1 fallback)") Charset encoding;
  @Option(names = "--max-errors", defaultValue = "-1", description = "give up after this many rejected records (default: never)") long maxErrors;
  @Option(names = "--no-progress", description = "hide progress bars") boolean noProgress;
  @Option(names = "--db", description = "also store the items and links in this PostgreSQL (jdbc:postgresql://host/db?user=u)") String db;

  @Override
  public Integer call() throws Exception {
    PrintWriter o = spec.commandLine().getOut();
    ConsoleProgress progress = new ConsoleProgress(!noProgress);
    Corpus l = read(left, "left", leftId, leftText, o);
    Corpus r = read(right, "right", rightId, rightText, o);
    EngineConfig cfg = new EngineConfig(scorer, parseMode(mode), k,
        threshold == null ? OptionalDouble.empty() : OptionalDouble.of(threshold));
    MatchEngine engine = MatchEngine.fit(cfg, r, l, new FitContext(progress, 42));
    MatchEngine.Reconciliation rec = engine.reconcile(l, progress);
    List<Link> links = rec.links();
    o.printf(Locale.ROOT, "%d links (%s, threshold %.3f, method %s)%n", links.size(), mode, rec.threshold(), engine.method());
    if (out != null) {
      LinkWriter.write(out, links);
      o.println("links written to " + out);
    }
    if (db != null) {
      try (Database database = Database.open(db)) {
        int fresh = ReconciliationWriter.write(database, l, r, links, engine.method());
        o.printf(Locale.ROOT, "links stored in %s: %d new, %d already there%n", db, fresh, links.size() - fresh);
      }
    }
    if (gold != null) {
      List<LabelledPair> g = PairFiles.read(gold, "ltable_id", "rtable_id", "label");
      LinkMetrics m = LinkMetrics.of(links.stream().map(x -> new LinkMetrics.IdPair(x.left(), x.right())).toList(),
          g.stream().filter(LabelledPair::match).map(p -> new LinkMetrics.IdPair(p.left(), p.right())).toList());
      o.printf(Locale.ROOT, "precision %.3f  recall %.3f  F1 %.3f  (%d correct of %d links, %d gold)%n",
          m.precision(), m.recall(), m.f1(), m.truePositives(), m.predicted(), m.gold());
    }
    o.flush();
    return 0;
  }

  private Corpus read(Path file, String corpus, String id, String text, PrintWriter o) throws Exception {
    ReadOptions opts = ReadOptions.rows(corpus).withIdColumn(id).withEncoding(encoding).withMaxErrors(maxErrors);
    if (text != null) opts = opts.withTextColumn(text);
    ReadResult res = Readers.forFile(file).read(file, opts);
    o.println(res.report().summary());
    res.report().errors().stream().limit(20).forEach(e -> spec.commandLine().getErr().println("  rejected " + e));
    if (res.report().errors().size() > 20) {
      spec.commandLine().getErr().println("  ... and " + (res.report().errors().size() - 20) + " more rejected records");
    }
    return res.corpus();
  }

  static MatchMode parseMode(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "one-to-one" -> MatchMode.ONE_TO_ONE;
      case "many-to-one" -> MatchMode.MANY_TO_ONE;
      case "top-k" -> MatchMode.TOP_K;
      default -> throw new IllegalArgumentException("--mode must be one-to-one, many-to-one or top-k, was '" + s + "'");
    };
  }
}
