package dev.concord.api.rest;

import java.util.Objects;
import java.util.Optional;

/**
 * How the REST server listens.
 *
 * @param host            address to bind
 * @param port            port (0: any free port)
 * @param maxRequestBytes largest request body accepted
 * @param apiKey          when present, every /v1 request must carry it in the X-API-Key header
 */
public record RestSettings(String host, int port, long maxRequestBytes, Optional<String> apiKey) {
  public static final long DEFAULT_MAX_REQUEST_BYTES = 1 << 20;

  public RestSettings {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be in [0,65535], was " + port);
    if (maxRequestBytes < 1) throw new IllegalArgumentException("maxRequestBytes must be >= 1");
    apiKey = apiKey.filter(k -> !k.isBlank());
  }
}
