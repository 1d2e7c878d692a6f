package dev.concord.api.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concord.api.TopicReader;
import dev.concord.api.rest.RestServer;
import dev.concord.api.rest.RestSettings;
import dev.concord.api.store.Database;
import dev.concord.api.store.Json;
import dev.concord.api.store.StoredLink;
import dev.concord.books.catalogue.Catalogue;
import dev.concord.books.catalogue.CatalogueBook;
import dev.concord.books.lookup.SpineLookup;
import dev.concord.core.progress.Progress;
import dev.concord.ingest.message.ItemMessages;
import dev.concord.api.stream.LinkPolicy;
import dev.concord.api.stream.PostgresSink;
import dev.concord.api.stream.StreamApp;
import dev.concord.api.stream.StreamSettings;
import dev.concord.api.stream.Topics;
import dev.concord.core.Corpus;
import dev.concord.core.Item;
import dev.concord.core.Link;
import dev.concord.matcher.EngineConfig;
import dev.concord.matcher.FitContext;
import dev.concord.matcher.MatchEngine;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole service against a real broker and a real PostgreSQL: items in, links out and persisted, dead
 * letters, REST lookups of what was persisted, restart without double writes. Subclasses say which servers.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServiceScenarios {
  abstract Database database();

  abstract String bootstrapServers();

  private static final String KEY = "s3cret";
  final String RUN = UUID.randomUUID().toString().substring(0, 8);
  final Topics TOPICS = new Topics("items-" + RUN, "links-" + RUN, "dead-" + RUN);
  static final LinkPolicy POLICY = new LinkPolicy(5, 1, 0.3);
  Path dir;
  JobsFolder jobsFolder;
  Database db;
  String bootstrap;
  SharedEngine engine;
  Corpus queries;
  PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  StreamApp app;
  PostgresSink sink;
  RestServer rest;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final Catalogue CATALOGUE = Catalogue.of("library", List.of(
      new CatalogueBook(0, "b0", "Desembalo mi biblioteca : el arte de coleccionar", "Benjamin, Walter, 1892-1940", "09 Ben", ""),
      new CatalogueBook(1, "b1", "El desajuste del mundo", "Maalouf, Amin", "008 Maa", "Biblioteca de autor"),
      new CatalogueBook(2, "b2", "Los mundos de Goya : 1746-1828", "Sureda, Joan", "75(Goy) Sur", ""),
      new CatalogueBook(3, "b3", "Goya", "Gudiol, Josep, 1904-1985", "75(Goy) Gud", "")));

  @BeforeAll
  void start() throws java.io.IOException {
    dir = Files.createTempDirectory("concord-service-test");
    jobsFolder = JobsFolder.at(dir.resolve("jobs"));
    db = database();
    bootstrap = bootstrapServers();
    BundledExample ex = BundledExample.load();
    Corpus reference = rename(ex.register(), "register-" + RUN);
    queries = rename(ex.organisations(), "organisations-" + RUN);
    engine = new SharedEngine(MatchEngine.fit(EngineConfig.DEFAULT, reference, queries, FitContext.DEFAULT), reference);
    app = startApp();
    sink = PostgresSink.start(bootstrap, "concord-it-sink-" + RUN, TOPICS, db, metrics);
    rest = RestServer.start(new RestSettings("127.0.0.1", 0, 4096, Optional.of(KEY)), engine, db, new ReconcileJobs(db, jobsFolder),
        metrics, () -> app.state().name(), Optional.of(SpineLookup.build(CATALOGUE, Progress.NONE)));
  }

  StreamApp startApp() {
    return StreamApp.start(new StreamSettings(bootstrap, "concord-it-" + RUN, TOPICS, 2, 1, dir.resolve("state"), "it"), engine,
        POLICY, metrics, Duration.ofSeconds(60));
  }

  @AfterAll
  void stop() {
    if (rest != null) rest.close();
    if (app != null) app.close();
    if (sink != null) sink.close();
  }

  /** The sink persists behind the stream: wait (bounded) until PostgreSQL holds exactly the expected links. */
  void awaitPersisted(Set<String> expected) throws InterruptedException {
    for (int i = 0; i < 300 && !persistedPairs().equals(expected); i++) Thread.sleep(100);
    assertThat(persistedPairs()).isEqualTo(expected);
  }

  static Corpus rename(Corpus c, String name) {
    return new Corpus(name, c.schema(), c.items().stream().map(i -> new Item(i.id(), name, i.kind(), i.fields(), i.text())).toList());
  }

  /** What the engine itself says the links are: the stream must agree. */
  Set<String> expectedLinks() {
    Set<String> out = new HashSet<>();
    for (Item q : queries) {
      for (Link l : POLICY.links(engine.candidates(q, POLICY.k()), engine.modelVersion())) out.add(l.left() + "->" + l.right());
    }
    return out;
  }

  void produce(boolean withGarbage) {
    try (KafkaProducer<byte[], byte[]> p = new KafkaProducer<>(StreamApp.producerConfig(bootstrap))) {
      int i = 0;
      for (Item q : queries) {
        p.send(new ProducerRecord<>(TOPICS.items(), q.id().getBytes(StandardCharsets.UTF_8), ItemMessages.toBytes(q)));
        if (withGarbage && i++ == 10) {
          p.send(new ProducerRecord<>(TOPICS.items(), "bad".getBytes(StandardCharsets.UTF_8), "<item>nope</item>".getBytes(StandardCharsets.UTF_8)));
        }
      }
    }
  }

  static Set<String> linkPairs(List<ConsumerRecord<byte[], byte[]>> records) throws Exception {
    Set<String> out = new HashSet<>();
    for (ConsumerRecord<byte[], byte[]> r : records) {
      JsonNode n = Json.MAPPER.readTree(r.value());
      out.add(n.get("left").asText() + "->" + n.get("right").asText());
    }
    return out;
  }

  Set<String> persistedPairs() {
    Set<String> out = new HashSet<>();
    for (Item q : queries) for (StoredLink l : db.links().byLeft(queries.name(), q.id(), 10)) {
      out.add(l.link().left() + "->" + l.link().right());
    }
    return out;
  }

  @Test
  @Order(1)
  void itemsInComeOutAsLinksOnTheTopicAndAsRowsInPostgres_malformedOnesAsDeadLetters() throws Exception {
    Set<String> expected = expectedLinks();
    assertThat(expected).hasSizeGreaterThan(10);
    produce(true);
    try (TopicReader links = new TopicReader(bootstrap, TOPICS.links()); TopicReader dead = new TopicReader(bootstrap, TOPICS.deadLetter())) {
      assertThat(linkPairs(links.readUntil(r -> r.size() >= expected.size(), Duration.ofSeconds(60)))).isEqualTo(expected);
      List<ConsumerRecord<byte[], byte[]>> rejected = dead.readUntil(r -> !r.isEmpty(), Duration.ofSeconds(30));
      assertThat(rejected).hasSize(1);
      assertThat(new String(rejected.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("<item>nope</item>");
      assertThat(new String(rejected.get(0).headers().lastHeader("concord.reason").value(), StandardCharsets.UTF_8)).startsWith("not JSON");
    }
    awaitPersisted(expected);
    assertThat(db.items().find(queries.name(), queries.get(0).id())).contains(queries.get(0));
  }

  @Test
  @Order(2)
  void restReturnsWhatWasPersisted() throws Exception {
    Item q = queries.byId("L001").orElseThrow();
    List<StoredLink> stored = db.links().byLeft(queries.name(), q.id(), 10);
    assertThat(stored).isNotEmpty();
    HttpResponse<String> r = get("/v1/links?left=" + q.id() + "&corpus=" + queries.name(), KEY);
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode links = Json.MAPPER.readTree(r.body()).get("links");
    Set<String> viaRest = new HashSet<>();
    links.forEach(l -> viaRest.add(l.get("leftCorpus").asText() + ":" + l.get("right").asText() + "@" + l.get("score").asDouble()));
    Set<String> inDb = new HashSet<>();
    stored.forEach(l -> inDb.add(l.leftCorpus() + ":" + l.link().right() + "@" + l.link().score()));
    assertThat(viaRest).isEqualTo(inDb);

    JsonNode item = Json.MAPPER.readTree(get("/v1/items/" + queries.name() + "/" + q.id(), KEY).body());
    assertThat(item.get("fields").get("name").asText()).isEqualTo(q.field("name"));
    assertThat(get("/v1/items/" + queries.name() + "/nope", KEY).statusCode()).isEqualTo(404);

    HttpResponse<String> m = post("/v1/match?k=3", "{\"fields\":{\"name\":\"Globex International\",\"city\":\"Cypress Creek\"}}", KEY);
    assertThat(m.statusCode()).isEqualTo(200);
    JsonNode match = Json.MAPPER.readTree(m.body());
    assertThat(match.get("candidates")).hasSize(3);
    assertThat(match.get("candidates").get(0).get("id").asText()).isEqualTo("R027");
    assertThat(match.get("indexSize").asInt()).isEqualTo(40);
  }

  @Test
  @Order(3)
  void restRefusesBadRequestsWithJsonErrors() throws Exception {
    HttpResponse<String> noKey = get("/v1/links?left=L001", null);
    assertThat(noKey.statusCode()).isEqualTo(401);
    assertThat(Json.MAPPER.readTree(noKey.body()).get("error").asText()).contains("X-API-Key");
    assertThat(get("/v1/links?left=L001", "wrong").statusCode()).isEqualTo(401);
    HttpResponse<String> both = get("/v1/links?left=a&right=b", KEY);
    assertThat(both.statusCode()).isEqualTo(400);
    assertThat(Json.MAPPER.readTree(both.body()).get("error").asText()).contains("exactly one");
    HttpResponse<String> notJson = post("/v1/match", "name=acme", KEY);
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(Json.MAPPER.readTree(notJson.body()).get("error").asText()).startsWith("request body is not JSON");
    assertThat(post("/v1/match", "{\"fields\":{}}", KEY).statusCode()).isEqualTo(400);
    HttpResponse<String> tooBig = post("/v1/match", "{\"text\":\"" + "x".repeat(5000) + "\"}", KEY);
    assertThat(tooBig.statusCode()).isEqualTo(413);
    assertThat(Json.MAPPER.readTree(tooBig.body()).has("error")).isTrue();
    assertThat(get("/v1/jobs/not-a-uuid", KEY).statusCode()).isEqualTo(400);
    assertThat(get("/v1/nothing", KEY).statusCode()).isEqualTo(404);
    assertThat(Json.MAPPER.readTree(get("/v1/nothing", KEY).body()).has("error")).isTrue();
  }

  @Test
  @Order(3)
  void aSpinesOcrTextIsLookedUpInTheCatalogue() throws Exception {
    HttpResponse<String> r = post("/v1/books/lookup?k=2", "{\"text\":\"Joan Sureda Los MUNDOS DE GOYA 75(Goy) Sur\"}", KEY);
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = Json.MAPPER.readTree(r.body());
    assertThat(body.get("catalogueSize").asInt()).isEqualTo(4);
    JsonNode best = body.get("candidates").get(0);
    assertThat(best.get("id").asText()).isEqualTo("b2");
    assertThat(best.get("author").asText()).isEqualTo("Sureda, Joan");
    assertThat(best.get("score").asDouble()).isGreaterThan(body.get("candidates").get(1).get("score").asDouble());
    assertThat(best.get("explanation").get("features").size()).isPositive();
    assertThat(post("/v1/books/lookup", "{\"text\":\"  \"}", KEY).statusCode()).isEqualTo(400);
    HttpResponse<String> noText = post("/v1/books/lookup", "{\"ocr\":\"Maalouf\"}", KEY);
    assertThat(noText.statusCode()).isEqualTo(400);
    assertThat(Json.MAPPER.readTree(noText.body()).get("error").asText()).contains("\"text\"");
    assertThat(post("/v1/books/lookup", "{\"text\":\"Maalouf\"}", null).statusCode()).isEqualTo(401);
    try (ReconcileJobs jobs = new ReconcileJobs(db, jobsFolder);
         RestServer noBooks = RestServer.start(new RestSettings("127.0.0.1", 0, 4096, Optional.empty()), engine, db, jobs,
             metrics, () -> "absent")) {
      HttpResponse<String> none = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + noBooks.port() + "/v1/books/lookup"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Maalouf\"}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(none.statusCode()).isEqualTo(404);
      assertThat(Json.MAPPER.readTree(none.body()).get("error").asText()).contains("--catalogue");
    }
  }

  @Test
  @Order(4)
  void healthMetricsAndOpenApiNeedNoKey() throws Exception {
    HttpResponse<String> h = get("/health", null);
    assertThat(h.statusCode()).isEqualTo(200);
    assertThat(Json.MAPPER.readTree(h.body()).get("database").asText()).isEqualTo("UP");
    assertThat(get("/metrics", null).body()).contains("concord_stream_items_total").contains("concord_http_requests");
    JsonNode api = Json.MAPPER.readTree(get("/openapi.json", null).body());
    assertThat(api.get("paths").has("/v1/match")).isTrue();
    assertThat(api.get("paths").has("/v1/books/lookup")).isTrue();
  }

  @Test
  @Order(5)
  void aReconcileJobRunsOnTheServerAndPersistsItsLinks() throws Exception {
    Path left = copy("companies-left.csv"), right = copy("companies-right.csv");
    String body = "{\"left\":\"" + left + "\",\"right\":\"" + right + "\",\"leftCorpus\":\"jl-" + RUN + "\",\"rightCorpus\":\"jr-" + RUN + "\"}";
    HttpResponse<String> submitted = post("/v1/jobs/reconcile", body, KEY);
    assertThat(submitted.statusCode()).isEqualTo(202);
    String href = Json.MAPPER.readTree(submitted.body()).get("href").asText();
    JsonNode job = null;
    for (int i = 0; i < 300; i++) {
      job = Json.MAPPER.readTree(get(href, KEY).body());
      if (job.get("state").asText().matches("SUCCEEDED|FAILED")) break;
      Thread.sleep(100);
    }
    assertThat(job.get("state").asText()).isEqualTo("SUCCEEDED");
    assertThat(job.get("counts").get("leftItems").asLong()).isEqualTo(40);
    assertThat(job.get("counts").get("links").asLong()).isEqualTo(job.get("counts").get("newLinks").asLong()).isPositive();
    assertThat(db.links().byLeft("jl-" + RUN, "L001", 10)).singleElement()
        .satisfies(l -> assertThat(l.link().right()).isEqualTo("R027"));
    HttpResponse<String> missing = post("/v1/jobs/reconcile", "{\"left\":\"no-such.csv\",\"right\":\"" + right + "\"}", KEY);
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("no-such.csv");
    HttpResponse<String> outside = post("/v1/jobs/reconcile", "{\"left\":\"/etc/passwd\",\"right\":\"" + right + "\"}", KEY);
    assertThat(outside.statusCode()).isEqualTo(403);
    assertThat(outside.body()).contains("/etc/passwd").contains("outside the jobs folder");
  }

  @Test
  @Order(6)
  void aRestartedAppKeepsEveryLinkAndWritesNoneTwice() throws Exception {
    long before = db.links().count();
    Set<String> persisted = persistedPairs();
    app.close();
    sink.close();
    app = startApp();
    sink = PostgresSink.start(bootstrap, "concord-it-sink-" + RUN, TOPICS, db, metrics);
    produce(false);
    try (TopicReader links = new TopicReader(bootstrap, TOPICS.links())) {
      int first = expectedLinks().size();
      assertThat(links.readUntil(r -> r.size() >= 2 * first, Duration.ofSeconds(60))).hasSize(2 * first);
    }
    double stored = metrics.counter("concord.sink.links.stored").count();
    for (int i = 0; i < 100 && sinkBehind(); i++) Thread.sleep(100);
    assertThat(metrics.counter("concord.sink.links.stored").count()).isEqualTo(stored);
    assertThat(db.links().count()).isEqualTo(before);
    assertThat(persistedPairs()).isEqualTo(persisted);
  }

  /** Whether the sink's group still has links to read (its committed offsets are behind the topic's end). */
  private boolean sinkBehind() throws Exception {
    try (var admin = org.apache.kafka.clients.admin.Admin.create(java.util.Map.of("bootstrap.servers", bootstrap))) {
      var committed = admin.listConsumerGroupOffsets("concord-it-sink-" + RUN).partitionsToOffsetAndMetadata().get();
      var ends = admin.listOffsets(committed.keySet().stream().collect(java.util.stream.Collectors.toMap(tp -> tp,
          tp -> org.apache.kafka.clients.admin.OffsetSpec.latest()))).all().get();
      return committed.isEmpty() || committed.entrySet().stream().anyMatch(e -> e.getValue().offset() < ends.get(e.getKey()).offset());
    }
  }

  /** The example file in the jobs folder, where a REST job may read it. */
  private Path copy(String name) throws Exception {
    Path p = jobsFolder.root().resolve(name);
    try (InputStream in = ServiceScenarios.class.getResourceAsStream("/dev/concord/api/examples/" + name)) {
      Files.copy(in, p);
    }
    return p;
  }

  private HttpResponse<String> get(String path, String key) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + rest.port() + path)).GET();
    if (key != null) b.header("X-API-Key", key);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String body, String key) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + rest.port() + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    if (key != null) b.header("X-API-Key", key);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
