package dev.concord.api.rest;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.concord.api.service.JobsFolder;
import dev.concord.api.service.ReconcileJobs;
import dev.concord.api.service.ReconcileRequest;
import dev.concord.api.service.SharedEngine;
import dev.concord.api.store.Database;
import dev.concord.api.store.Job;
import dev.concord.api.store.Json;
import dev.concord.api.store.StoredLink;
import dev.concord.books.lookup.ScoredBook;
import dev.concord.books.lookup.SpineLookup;
import dev.concord.ingest.message.ItemMessages;
import dev.concord.api.stream.LinkMessages;
import dev.concord.ingest.message.ParsedItem;
import dev.concord.core.Candidate;
import dev.concord.core.Item;
import dev.concord.core.Ranking;
import dev.concord.matcher.MatchMode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** Concord's HTTP API: lookups against the shared engine, persisted links and items, batch jobs, health, metrics. */
public final class RestServer implements AutoCloseable {
  static final String API_KEY_HEADER = "X-API-Key";
  static final int MAX_K = 100;
  static final int MAX_LINKS = 1000;
  private static final String STARTED = "concord.started";

  private final Javalin app;

  private RestServer(Javalin app) {
    this.app = app;
  }

  /**
   * @param streamState what the stream app is doing, for /health ("absent" when this process runs none)
   */
  public static RestServer start(RestSettings settings, SharedEngine engine, Database db, ReconcileJobs jobs,
                                 PrometheusMeterRegistry metrics, Supplier<String> streamState) {
    return start(settings, engine, db, jobs, metrics, streamState, Optional.empty());
  }

  /**
   * @param books a library catalogue's spine lookup for {@code POST /v1/books/lookup}; without one that endpoint
   *              answers 404
   */
  public static RestServer start(RestSettings settings, SharedEngine engine, Database db, ReconcileJobs jobs,
                                 PrometheusMeterRegistry metrics, Supplier<String> streamState, Optional<SpineLookup> books) {
    Handlers h = new Handlers(engine, db, jobs, metrics, streamState, books);
    Javalin app = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      cfg.http.maxRequestSize = settings.maxRequestBytes();
      cfg.jsonMapper(new JavalinJackson(Json.MAPPER, false));
      // matching is CPU-bound: Jetty's default of up to 250 threads only adds context switches once the cores are
      // busy, so requests beyond a few per core wait in the pool's queue instead
      QueuedThreadPool pool = new QueuedThreadPool(Math.max(16, 4 * Runtime.getRuntime().availableProcessors()), 8);
      pool.setName("concord-http");
      cfg.jetty.threadPool = pool;
    });
    app.before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
    settings.apiKey().ifPresent(key -> app.before("/v1/*", ctx -> requireKey(ctx, key)));
    app.post("/v1/match", h::match);
    app.post("/v1/books/lookup", h::bookLookup);
    app.get("/v1/links", h::links);
    app.get("/v1/items/{corpus}/{id}", h::item);
    app.post("/v1/jobs/reconcile", h::submitJob);
    app.get("/v1/jobs/{id}", h::job);
    app.get("/health", h::health);
    app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
    app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi()));
    RequestTimers timers = new RequestTimers(metrics);
    app.after(ctx -> {
      Long started = ctx.attribute(STARTED);
      if (started == null) return;
      timers.timer(ctx.method().name(), ctx.endpointHandlerPath(), ctx.statusCode())
          .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
    });
    app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
    app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: " + e));
    app.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path());
    });
    app.start(settings.host(), settings.port());
    return new RestServer(app);
  }

  public int port() { return app.port(); }

  private static void requireKey(Context ctx, String key) {
    String given = ctx.header(API_KEY_HEADER);
    boolean ok = given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), key.getBytes(StandardCharsets.UTF_8));
    if (!ok) throw new ApiException(401, given == null ? "missing " + API_KEY_HEADER + " header" : "wrong API key");
  }

  static void error(Context ctx, int status, String message) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("status", status);
    n.put("error", message);
    ctx.status(status).contentType("application/json").result(Json.bytes(n));
  }

  private static byte[] openApi() throws IOException {
    try (InputStream in = RestServer.class.getResourceAsStream("openapi.json")) {
      if (in == null) throw new IllegalStateException("openapi.json missing from the jar");
      return in.readAllBytes();
    }
  }

  @Override
  public void close() {
    app.stop();
  }

  /** The answer of {@code POST /v1/match}, serialised straight to bytes (no intermediate tree). */
  @JsonPropertyOrder({"query", "referenceCorpus", "indexSize", "modelVersion", "candidates"})
  record MatchAnswer(String query, String referenceCorpus, int indexSize, String modelVersion, List<Candidate> candidates) {}

  /** The route handlers. */
  private record Handlers(SharedEngine engine, Database db, ReconcileJobs jobs, PrometheusMeterRegistry metrics,
                          Supplier<String> streamState, Optional<SpineLookup> books) {

    /**
     * One spine's OCR text against the catalogue: its best books with the features that scored them. A single
     * spine has no shelf around it, so no shelf context or per-shelf assignment applies (that is `concord books
     * match`), and the caller decides what score to trust.
     */
    void bookLookup(Context ctx) {
      SpineLookup lookup = books.orElseThrow(() ->
          new ApiException(404, "no catalogue is loaded: start the service with --catalogue FILE.csv to look up spines"));
      JsonNode body = jsonBody(ctx);
      int k = intParam(ctx, "k", 10, 1, MAX_K);
      JsonNode text = body.get("text");
      if (!(body instanceof ObjectNode) || text == null || !text.isTextual()) {
        throw new ApiException(400, "body must be a JSON object with the spine's OCR text as a string in \"text\"");
      }
      if (text.asText().isBlank()) throw new ApiException(400, "\"text\" is blank: there is nothing to look up");
      ObjectNode out = Json.MAPPER.createObjectNode();
      out.put("text", text.asText());
      out.put("catalogue", lookup.catalogue().name());
      out.put("catalogueSize", lookup.catalogue().size());
      ArrayNode arr = out.putArray("candidates");
      for (ScoredBook s : lookup.lookup(text.asText(), k)) {
        ObjectNode c = arr.addObject();
        c.put("id", s.book().id());
        c.put("title", s.book().title());
        c.put("author", s.book().author());
        c.put("tag", s.book().tag());
        c.put("series", s.book().series());
        c.put("score", s.score());
        c.set("explanation", Json.MAPPER.valueToTree(SpineLookup.explain(s)));
      }
      json(ctx, out);
    }

    void match(Context ctx) {
      JsonNode body = jsonBody(ctx);
      int k = intParam(ctx, "k", 10, 1, MAX_K);
      if (!(body instanceof ObjectNode item)) throw new ApiException(400, "body must be a JSON object describing an item");
      if (!item.hasNonNull("corpus")) item.put("corpus", "request");
      if (!item.hasNonNull("id")) item.put("id", "request");
      ParsedItem parsed = ItemMessages.fromJson(item);
      if (parsed instanceof ParsedItem.Rejected r) throw new ApiException(400, r.reason());
      Item query = ((ParsedItem.Parsed) parsed).item();
      Ranking ranking = engine.candidates(query, k);
      ctx.contentType("application/json").result(Json.bytes(new MatchAnswer(query.id(), engine.referenceCorpus(),
          engine.referenceSize(), engine.modelVersion(), ranking.candidates())));
    }

    void links(Context ctx) {
      String left = ctx.queryParam("left"), right = ctx.queryParam("right");
      if ((left == null) == (right == null)) throw new ApiException(400, "give exactly one of the query parameters left and right");
      int limit = intParam(ctx, "limit", 100, 1, MAX_LINKS);
      String corpus = ctx.queryParam("corpus");
      List<StoredLink> found;
      if (corpus == null) {
        found = left != null ? db.links().byLeft(left, limit) : db.links().byRight(right, limit);
      } else {
        found = left != null ? db.links().byLeft(corpus, left, limit) : db.links().byRight(corpus, right, limit);
      }
      ObjectNode out = Json.MAPPER.createObjectNode();
      ArrayNode arr = out.putArray("links");
      found.forEach(l -> arr.add(LinkMessages.toJson(l)));
      json(ctx, out);
    }

    void item(Context ctx) {
      String corpus = ctx.pathParam("corpus"), id = ctx.pathParam("id");
      Item item = db.items().find(corpus, id).orElseThrow(() -> new ApiException(404, "no item " + id + " in corpus " + corpus));
      json(ctx, ItemMessages.toJson(item));
    }

    void submitJob(Context ctx) {
      JsonNode b = jsonBody(ctx);
      String left = text(b, "left").orElseThrow(() -> new ApiException(400, "missing 'left': a CSV file in the server's jobs folder"));
      String right = text(b, "right").orElseThrow(() -> new ApiException(400, "missing 'right': a CSV file in the server's jobs folder"));
      MatchMode mode;
      String m = text(b, "mode").orElse("one-to-one");
      switch (m.toLowerCase(Locale.ROOT)) {
        case "one-to-one" -> mode = MatchMode.ONE_TO_ONE;
        case "many-to-one" -> mode = MatchMode.MANY_TO_ONE;
        case "top-k" -> mode = MatchMode.TOP_K;
        default -> throw new ApiException(400, "'mode' must be one-to-one, many-to-one or top-k, was '" + m + "'");
      }
      JsonNode th = b.get("threshold");
      if (th != null && !th.isNull() && !th.isNumber()) throw new ApiException(400, "'threshold' must be a number in [0,1]");
      JsonNode kn = b.get("k");
      if (kn != null && !kn.canConvertToInt()) throw new ApiException(400, "'k' must be an integer");
      ReconcileRequest req;
      try {
        req = new ReconcileRequest(jobs.folder().resolve(left), jobs.folder().resolve(right),
            text(b, "leftCorpus").orElse(baseName(left)), text(b, "rightCorpus").orElse(baseName(right)),
            text(b, "leftId"), text(b, "rightId"), text(b, "scorer").orElse(engine.engine().config().scorer()), mode,
            kn == null ? 10 : kn.asInt(), th == null || th.isNull() ? OptionalDouble.empty() : OptionalDouble.of(th.asDouble()));
        UUID id = jobs.submit(req);
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("id", id.toString());
        out.put("state", "QUEUED");
        out.put("href", "/v1/jobs/" + id);
        ctx.status(202);
        json(ctx, out);
      } catch (JobsFolder.OutsideFolder e) {
        throw new ApiException(403, e.getMessage());
      } catch (IllegalArgumentException e) {
        throw new ApiException(400, e.getMessage());
      }
    }

    void job(Context ctx) {
      UUID id;
      try {
        id = UUID.fromString(ctx.pathParam("id"));
      } catch (IllegalArgumentException e) {
        throw new ApiException(400, "job id must be a UUID, was '" + ctx.pathParam("id") + "'");
      }
      Job j = db.jobs().find(id).orElseThrow(() -> new ApiException(404, "no job " + id));
      ObjectNode out = Json.MAPPER.createObjectNode();
      out.put("id", j.id().toString());
      out.put("kind", j.kind());
      out.put("state", j.state().name());
      out.put("progress", j.progress());
      out.set("counts", Json.MAPPER.valueToTree(j.counts()));
      out.set("parameters", Json.MAPPER.valueToTree(j.parameters()));
      out.put("createdAt", j.createdAt().toString());
      j.startedAt().ifPresent(t -> out.put("startedAt", t.toString()));
      j.finishedAt().ifPresent(t -> out.put("finishedAt", t.toString()));
      j.error().ifPresent(e -> out.put("error", e));
      json(ctx, out);
    }

    void health(Context ctx) {
      ObjectNode out = Json.MAPPER.createObjectNode();
      boolean dbUp;
      try (var c = db.dataSource().getConnection()) {
        dbUp = c.isValid(2);
      } catch (Exception e) {
        dbUp = false;
      }
      String stream = streamState.get();
      boolean streamUp = stream.equals("absent") || stream.equals("RUNNING") || stream.equals("REBALANCING");
      out.put("status", dbUp && streamUp ? "UP" : "DOWN");
      out.put("database", dbUp ? "UP" : "DOWN");
      out.put("stream", stream);
      out.put("referenceCorpus", engine.referenceCorpus());
      out.put("indexSize", engine.referenceSize());
      out.put("modelVersion", engine.modelVersion());
      ctx.status(dbUp && streamUp ? 200 : 503);
      json(ctx, out);
    }

    private static JsonNode jsonBody(Context ctx) {
      byte[] body = ctx.bodyAsBytes();
      if (body.length == 0) throw new ApiException(400, "request body is empty; expected JSON");
      try {
        return Json.MAPPER.readTree(body);
      } catch (IOException e) {
        throw new ApiException(400, "request body is not JSON: " + e.getMessage().split("\n")[0]);
      }
    }

    private static int intParam(Context ctx, String name, int dflt, int min, int max) {
      String v = ctx.queryParam(name);
      if (v == null) return dflt;
      try {
        int n = Integer.parseInt(v);
        if (n < min || n > max) throw new ApiException(400, "'" + name + "' must be in [" + min + "," + max + "], was " + n);
        return n;
      } catch (NumberFormatException e) {
        throw new ApiException(400, "'" + name + "' must be an integer, was '" + v + "'");
      }
    }

    private static Optional<String> text(JsonNode b, String key) {
      JsonNode v = b.get(key);
      if (v == null || v.isNull()) return Optional.empty();
      if (!v.isTextual() || v.asText().isBlank()) throw new ApiException(400, "'" + key + "' must be a non-blank string");
      return Optional.of(v.asText());
    }

    private static String baseName(String path) {
      String name = Path.of(path).getFileName().toString();
      int dot = name.lastIndexOf('.');
      return dot > 0 ? name.substring(0, dot) : name;
    }

    private static void json(Context ctx, JsonNode n) {
      ctx.contentType("application/json").result(Json.bytes(n));
    }
  }
}
