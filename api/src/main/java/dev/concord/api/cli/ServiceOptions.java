package dev.concord.api.cli;

import dev.concord.api.rest.RestSettings;
import dev.concord.api.service.BundledExample;
import dev.concord.api.service.ServiceSettings;
import dev.concord.api.stream.Topics;
import dev.concord.core.Corpus;
import dev.concord.ingest.ReadOptions;
import dev.concord.ingest.ReadResult;
import dev.concord.ingest.Readers;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import picocli.CommandLine.Option;

/** The options `concord serve` and `concord stream` share: where things run and what the engine knows. */
final class ServiceOptions {
  @Option(names = "--data-dir", defaultValue = "concord-data",
      description = "folder of the embedded Kafka and PostgreSQL data and the stream state (default ${DEFAULT-VALUE})")
  Path dataDir;
  @Option(names = "--jobs-dir",
      description = "the only folder whose CSV files REST batch jobs may read (default: the 'jobs' folder of --data-dir)")
  Path jobsDir;
  @Option(names = "--kafka", description = "bootstrap servers of a Kafka cluster (default: an in-process broker)") String kafka;
  @Option(names = "--db", description = "JDBC URL of a PostgreSQL database, e.g. jdbc:postgresql://host/db?user=u (default: embedded)")
  String db;
  @Option(names = "--reference", description = "reference items (.csv); default: the bundled example's register") Path reference;
  @Option(names = "--reference-corpus", description = "corpus name of the reference items (default: the file name)") String referenceCorpus;
  @Option(names = "--reference-id", description = "id column of the reference file (default: 'id', else the line number)") String referenceId;
  @Option(names = "--queries", description = "a sample of query items (.csv) to fit on and to choose the threshold from") Path queries;
  @Option(names = "--queries-corpus", description = "corpus name of the query sample (default: the file name)") String queriesCorpus;
  @Option(names = "--queries-id", description = "id column of the query sample") String queriesId;
  @Option(names = "--scorer", defaultValue = "lexical", description = "scorer to fit (default ${DEFAULT-VALUE})") String scorer;
  @Option(names = "--k", defaultValue = "10", description = "candidates ranked per item (default ${DEFAULT-VALUE})") int k;
  @Option(names = "--links-per-item", defaultValue = "1", description = "links kept per streamed item (default ${DEFAULT-VALUE})") int linksPerItem;
  @Option(names = "--threshold", description = "minimum link score in [0,1] (default: chosen from the query sample)") Double threshold;
  @Option(names = "--items-topic", defaultValue = "concord.items.in", description = "input topic (default ${DEFAULT-VALUE})") String itemsTopic;
  @Option(names = "--links-topic", defaultValue = "concord.links", description = "output topic (default ${DEFAULT-VALUE})") String linksTopic;
  @Option(names = "--dead-letter-topic", defaultValue = "concord.dead-letter", description = "rejected input (default ${DEFAULT-VALUE})")
  String deadLetterTopic;
  @Option(names = "--application-id", defaultValue = "concord", description = "Kafka Streams application id (default ${DEFAULT-VALUE})")
  String applicationId;
  @Option(names = "--instance-id", description = "this instance's stable name in the group (default: the host name)") String instanceId;
  @Option(names = "--partitions", defaultValue = "2", description = "partitions of topics created here (default ${DEFAULT-VALUE})") int partitions;
  @Option(names = "--threads", defaultValue = "2", description = "stream threads (default ${DEFAULT-VALUE})") int threads;
  @Option(names = "--stop-after", description = "stop by itself after this many seconds (default: run until Ctrl-C)") Long stopAfter;

  ServiceSettings settings(Optional<RestSettings> rest) {
    Path data = dataDir.toAbsolutePath();
    return new ServiceSettings(data, jobsDir == null ? data.resolve("jobs") : jobsDir.toAbsolutePath(), Optional.ofNullable(kafka), Optional.ofNullable(db), scorer, k, linksPerItem,
        threshold == null ? OptionalDouble.empty() : OptionalDouble.of(threshold),
        new Topics(itemsTopic, linksTopic, deadLetterTopic), applicationId, instanceId(), partitions, threads, rest);
  }

  boolean usesBundledExample() { return reference == null; }

  Corpus referenceCorpus(BundledExample example, PrintWriter out) throws IOException {
    return reference == null ? example.register() : read(reference, referenceCorpus, referenceId, out);
  }

  Corpus querySample(BundledExample example, PrintWriter out) throws IOException {
    if (queries != null) return read(queries, queriesCorpus, queriesId, out);
    return reference == null ? example.organisations() : new Corpus("queries", List.of(), List.of());
  }

  private static Corpus read(Path file, String corpus, String idColumn, PrintWriter out) throws IOException {
    String name = corpus != null ? corpus : baseName(file);
    ReadResult res = Readers.forFile(file).read(file, ReadOptions.rows(name).withIdColumn(idColumn));
    out.println(res.report().summary());
    res.report().errors().stream().limit(20).forEach(e -> out.println("  rejected " + e));
    return res.corpus();
  }

  private static String baseName(Path file) {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  private String instanceId() {
    if (instanceId != null) return instanceId;
    try {
      return applicationId + "-" + InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return applicationId + "-1";
    }
  }
}
