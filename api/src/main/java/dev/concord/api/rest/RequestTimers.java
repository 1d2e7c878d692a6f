package dev.concord.api.rest;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The request timers of the HTTP API, one per method, route and status. Looked up by a plain string key:
 * building and registering a tagged meter id on every request (sorting tags, hashing the id) cost more than
 * recording the time.
 */
final class RequestTimers {
  private final MeterRegistry registry;
  private final ConcurrentMap<String, Timer> timers = new ConcurrentHashMap<>();

  RequestTimers(MeterRegistry registry) {
    this.registry = registry;
  }

  Timer timer(String method, String route, int status) {
    String r = route.isEmpty() ? "unmatched" : route;
    return timers.computeIfAbsent(method + ' ' + r + ' ' + status, key -> Timer.builder("concord.http.requests")
        .tag("method", method).tag("route", r).tag("status", Integer.toString(status)).register(registry));
  }
}
