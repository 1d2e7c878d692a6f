package dev.concord.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.api.TestServices;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `concord reconcile --db` stores its links, and a second run stores none twice. */
class ReconcileToDatabaseTest {
  @TempDir Path dir;

  @Test
  void linksAreStoredOnce() throws Exception {
    Path left = copy("companies-left.csv"), right = copy("companies-right.csv");
    String url = TestServices.database().url();
    String first = run("--left", left.toString(), "--right", right.toString(), "--db", url, "--no-progress");
    // the number of links is the matcher's business; storing each of them exactly once is this test's
    java.util.regex.Matcher made = java.util.regex.Pattern.compile("(\\d+) links \\(").matcher(first);
    assertThat(made.find()).isTrue();
    int links = Integer.parseInt(made.group(1));
    assertThat(links).isGreaterThan(30);
    assertThat(first).contains("links stored in " + url + ": " + links + " new, 0 already there");
    assertThat(run("--left", left.toString(), "--right", right.toString(), "--db", url, "--no-progress"))
        .contains(": 0 new, " + links + " already there");
    assertThat(TestServices.database().links().byLeft("left", "L001", 10)).singleElement()
        .satisfies(l -> assertThat(l.link().right()).isEqualTo("R027"));
  }

  private String run(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cl = new CommandLine(new ReconcileCommand());
    cl.setOut(new PrintWriter(out));
    assertThat(cl.execute(args)).isZero();
    return out.toString();
  }

  private Path copy(String name) throws Exception {
    Path p = dir.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("/dev/concord/api/examples/" + name)) {
      Files.copy(in, p);
    }
    return p;
  }
}
