package dev.concord.api.cli;

import dev.concord.api.links.LinkWriter;
import dev.concord.books.lookup.SpineLookup;
import dev.concord.books.shelf.ShelfMatcher;
import dev.concord.books.shelf.ShelfMethods;
import dev.concord.books.shelf.ShelfOptions;
import dev.concord.books.shelf.ShelfResult;
import dev.concord.core.Corpus;
import dev.concord.ingest.ReadOptions;
import dev.concord.ingest.ReadReport;
import dev.concord.ingest.SpineSegmentReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code concord books}: OCR'd book spines of shelf photos against a library catalogue. */
@Command(name = "books", mixinStandardHelpOptions = true,
    description = "Match OCR'd book spines to a library catalogue, shelf by shelf.",
    subcommands = {BooksCommand.Match.class, BooksBenchCommand.class})
public final class BooksCommand {

  /** {@code concord books match}. */
  @Command(name = "match", mixinStandardHelpOptions = true,
      description = "Link every spine segment to its catalogue row, or to nothing (not a book, not catalogued).")
  static final class Match implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--catalogue", required = true, description = "catalogue .csv: title, author, tag, series, isbn") Path catalogue;
    @Option(names = "--segments", required = true, description = "spine segments .csv: image_name, mask_id, ocr (segments.csv layout)") Path segments;
    @Option(names = "--out", description = "write links to this .csv or .jsonl file") Path out;
    @Option(names = "--method", defaultValue = ShelfMethods.DEFAULT, description = "concord | books-argmax | books-shelf | books-copies (default ${DEFAULT-VALUE})") String method;
    @Option(names = "--threshold", description = "least link score in [0,1]; default: chosen without labels from the scores") Double threshold;
    @Option(names = "--no-progress", description = "hide progress bars") boolean noProgress;

    @Override
    public Integer call() throws Exception {
      PrintWriter o = spec.commandLine().getOut();
      ShelfOptions options = ShelfMethods.require(method);
      if (threshold != null) options = options.withThreshold(OptionalDouble.of(threshold));
      requireFile("--segments", segments);
      ConsoleProgress progress = new ConsoleProgress(!noProgress);
      SpineLookup lookup = CatalogueFiles.lookup("--catalogue", catalogue, o, progress);
      SpineSegmentReader.Segments segs = new SpineSegmentReader().read(segments, ReadOptions.rows("segments"));
      report(segs.result().report(), o);
      Corpus spines = segs.result().corpus();
      ShelfResult result = new ShelfMatcher(lookup, options).match(spines, progress);
      o.printf(Locale.ROOT, "%d of %d spines linked (method %s, reject threshold %.3f)%n",
          result.links().size(), spines.size(), result.method(), result.threshold());
      if (out != null) {
        LinkWriter.write(out, result.links());
        o.println("links written to " + out);
      }
      o.flush();
      return 0;
    }

    private static void requireFile(String option, Path file) {
      if (!Files.isRegularFile(file)) throw new IllegalArgumentException(option + ": no such file " + file);
    }

    private void report(ReadReport r, PrintWriter o) {
      o.println(r.summary());
      r.errors().stream().limit(20).forEach(e -> spec.commandLine().getErr().println("  rejected " + e));
    }
  }
}
