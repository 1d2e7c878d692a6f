package dev.concord.api.cli;

import dev.concord.ingest.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code concord} command line. */
@Command(name = "concord", mixinStandardHelpOptions = true, version = "concord 0.1.0",
    description = "Finds the records, texts and book spines that refer to the same entity.",
    subcommands = {DemoCommand.class, ReconcileCommand.class, EvalCommand.class, ServeCommand.class, StreamCommand.class,
        BooksCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class ConcordCli {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String... args) {
    CommandLine cl = new CommandLine(new ConcordCli());
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      if (ex instanceof InputException || ex instanceof IllegalArgumentException) {
        cmd.getErr().println("error: " + ex.getMessage());
        return 2;
      }
      throw ex;
    });
    return cl.execute(args);
  }
}
