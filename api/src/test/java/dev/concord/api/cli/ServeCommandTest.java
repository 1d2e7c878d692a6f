package dev.concord.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The README's first command, twice on the same data folder: embedded Kafka and PostgreSQL start, the bundled
 * example is streamed in and linked, and the second run finds every link already stored and writes none again.
 */
class ServeCommandTest {
  @TempDir Path dataDir;

  private static final Pattern SUMMARY = Pattern.compile(
      "41 items handled by the stream app, (\\d+) links emitted to concord.links, (\\d+) links in PostgreSQL \\((\\d+) new this run\\)");

  @Test
  void serveStreamsTheExampleAndARestartKeepsEveryLinkWithoutWritingAnyTwice() {
    String first = serve();
    assertThat(first).contains("Concord is running.", "(in-process)", "(embedded)", "Against the bundled gold", "Stopped.");
    Matcher m1 = SUMMARY.matcher(first);
    assertThat(m1.find()).as(first).isTrue();
    int links = Integer.parseInt(m1.group(1));
    assertThat(links).isPositive();
    assertThat(Integer.parseInt(m1.group(2))).isEqualTo(links);
    assertThat(Integer.parseInt(m1.group(3))).isEqualTo(links);

    String second = serve();
    Matcher m2 = SUMMARY.matcher(second);
    assertThat(m2.find()).as(second).isTrue();
    assertThat(Integer.parseInt(m2.group(2))).isEqualTo(links);
    assertThat(Integer.parseInt(m2.group(3))).isZero();
  }

  private String serve() {
    StringWriter out = new StringWriter();
    CommandLine cl = new CommandLine(new ServeCommand());
    cl.setOut(new PrintWriter(out));
    int code = cl.execute("--data-dir", dataDir.toString(), "--port", "0", "--stop-after", "0", "--instance-id", "test");
    assertThat(code).as(out.toString()).isZero();
    return out.toString();
  }
}
