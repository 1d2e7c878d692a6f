package dev.concord.api.cli;

import dev.concord.api.eval.EvalReport;
import dev.concord.api.eval.EvalRow;
import dev.concord.api.eval.EvalRunner;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code concord eval}: runs the engine on benchmark folders with each layout's protocol. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Evaluate scorers on data set folders (er/<name>, table-text, text-text, books layouts).")
public final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "DIR", description = "data set folders") List<Path> dirs = new ArrayList<>();
  @Option(names = "--suite", description = "'shared' runs every data set under ../shared/data; or a folder to scan") String suite;
  @Option(names = "--scorer", description = "run only this scorer (repeatable)") List<String> scorers = new ArrayList<>();
  @Option(names = "--report", description = "write eval.md and eval.json into this folder") Path report;
  @Option(names = "--no-progress", description = "hide progress bars") boolean noProgress;

  @Override
  public Integer call() throws Exception {
    Set<Path> all = new LinkedHashSet<>(dirs);
    if (suite != null) all.addAll(EvalRunner.suite(suiteRoot(suite)));
    if (all.isEmpty()) throw new IllegalArgumentException("give data set folders or --suite shared");
    PrintWriter o = spec.commandLine().getOut();
    EvalRunner runner = new EvalRunner(scorers, new ConsoleProgress(!noProgress));
    List<EvalRow> rows = runner.run(new ArrayList<>(all), row -> {
      o.println(EvalReport.markdown(List.of(row)).lines().skip(2).findFirst().orElse(""));
      o.flush();
    });
    o.println();
    o.print(EvalReport.markdown(rows));
    if (report != null) {
      EvalReport.write(rows, report);
      o.println("report written to " + report.resolve("eval.md") + " and " + report.resolve("eval.json"));
    }
    o.flush();
    return 0;
  }

  /** {@code shared} means the benchmark data next to the project: ../shared/data from the working folder. */
  static Path suiteRoot(String suite) {
    if (!suite.equals("shared")) return Path.of(suite);
    Path p = Path.of(System.getProperty("concord.shared", "../shared/data"));
    if (!Files.isDirectory(p)) throw new IllegalArgumentException("--suite shared: " + p.toAbsolutePath().normalize() + " not found");
    return p;
  }
}
