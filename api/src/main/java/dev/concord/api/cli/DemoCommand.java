package dev.concord.api.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code concord demo}: reconciles the bundled example and prints the quality of its links. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Reconcile the bundled example (40 organisations against another register) and print its quality.")
public final class DemoCommand implements Callable<Integer> {
  private static final String EXAMPLES = "/dev/concord/api/examples/";

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Path dir = Files.createTempDirectory("concord-demo");
    Path left = extract(dir, "companies-left.csv");
    Path right = extract(dir, "companies-right.csv");
    Path gold = extract(dir, "companies-gold.csv");
    Path out = Path.of("concord-demo-links.csv");
    spec.commandLine().getOut().println("Reconciling the bundled example: " + left.getFileName() + " against " + right.getFileName());
    CommandLine reconcile = new CommandLine(new ReconcileCommand());
    reconcile.setOut(spec.commandLine().getOut());
    reconcile.setErr(spec.commandLine().getErr());
    return reconcile.execute("--left", left.toString(), "--right", right.toString(), "--gold", gold.toString(),
        "--out", out.toString(), "--no-progress");
  }

  static Path extract(Path dir, String name) throws IOException {
    try (InputStream in = DemoCommand.class.getResourceAsStream(EXAMPLES + name)) {
      if (in == null) throw new IllegalStateException("bundled example missing: " + name);
      Path p = dir.resolve(name);
      Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
      p.toFile().deleteOnExit();
      return p;
    }
  }
}
