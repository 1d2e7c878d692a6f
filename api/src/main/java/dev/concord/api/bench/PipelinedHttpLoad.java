package dev.concord.api.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A load generator that costs the machine almost nothing: the HTTP requests are serialised once, sent on a fixed
 * set of keep-alive connections (round robin, pipelined when a connection is still busy: HTTP/1.1 answers in
 * order) and each connection has one thread that reads status lines and skips bodies. On a machine where the
 * generator shares the cores with the server, the JDK HttpClient (selector thread, futures, header maps per
 * request) took a visible share of the CPU that the measured server needed.
 */
final class PipelinedHttpLoad implements Closeable {
  private final List<Connection> connections = new ArrayList<>();
  private final List<byte[]> requests;
  private long next;

  /** @param bodies JSON bodies, each becomes one pre-serialised {@code POST} to {@code uri} */
  PipelinedHttpLoad(URI uri, Optional<String> apiKey, List<byte[]> bodies, int connections) throws IOException {
    String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    this.requests = bodies.stream().map(b -> request(uri, target, apiKey, b)).toList();
    for (int i = 0; i < connections; i++) this.connections.add(new Connection(uri.getHost(), uri.getPort(), i));
  }

  private static byte[] request(URI uri, String target, Optional<String> apiKey, byte[] body) {
    String head = String.format(Locale.ROOT, "POST %s HTTP/1.1\r\nHost: %s:%d\r\nContent-Type: application/json\r\nContent-Length: %d\r\n%s\r\n",
        target, uri.getHost(), uri.getPort(), body.length, apiKey.map(k -> "X-API-Key: " + k + "\r\n").orElse(""));
    ByteArrayOutputStream out = new ByteArrayOutputStream(head.length() + body.length);
    out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(body);
    return out.toByteArray();
  }

  /**
   * Sends the next request now; {@code done} gets the latency from {@code dueNanos} and whether the answer was a
   * 200. Called from one thread.
   */
  void send(long dueNanos, Outcome done) {
    long i = next++;
    Connection c = connections.get((int) (i % connections.size()));
    c.send(requests.get((int) (i % requests.size())), new Pending(dueNanos, done));
  }

  /** Requests sent and not answered yet. */
  long outstanding() {
    return connections.stream().mapToLong(c -> c.pending.size()).sum();
  }

  @Override
  public void close() throws IOException {
    for (Connection c : connections) c.close();
  }

  interface Outcome {
    void completed(long latencyNanos, boolean ok);
  }

  private record Pending(long dueNanos, Outcome outcome) {}

  private static final class Connection implements Closeable {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final ConcurrentLinkedQueue<Pending> pending = new ConcurrentLinkedQueue<>();
    private final Thread reader;

    Connection(String host, int port, int n) throws IOException {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress(host, port), 5000);
      out = socket.getOutputStream();
      in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
      reader = new Thread(this::read, "bench-http-reader-" + n);
      reader.setDaemon(true);
      reader.start();
    }

    void send(byte[] request, Pending p) {
      pending.add(p);
      try {
        out.write(request);
      } catch (IOException e) {
        failAll();
      }
    }

    private void read() {
      try {
        while (true) {
          int status = readResponse(in);
          Pending p = pending.poll();
          if (p != null) p.outcome().completed(System.nanoTime() - p.dueNanos(), status == 200);
        }
      } catch (IOException e) {
        failAll();
      }
    }

    private void failAll() {
      for (Pending p; (p = pending.poll()) != null; ) {
        p.outcome().completed(System.nanoTime() - p.dueNanos(), false);
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  /** Reads one HTTP/1.1 response (Content-Length or chunked body), returns its status code. */
  static int readResponse(InputStream in) throws IOException {
    String status = line(in);
    int sp = status.indexOf(' ');
    if (!status.startsWith("HTTP/1.1 ") || sp < 0 || status.length() < sp + 4) throw new IOException("not an HTTP/1.1 status line: " + status);
    int code = Integer.parseInt(status.substring(sp + 1, sp + 4));
    long length = -1;
    boolean chunked = false;
    for (String h; !(h = line(in)).isEmpty(); ) {
      int colon = h.indexOf(':');
      if (colon < 0) continue;
      String name = h.substring(0, colon).trim();
      String value = h.substring(colon + 1).trim();
      if (name.equalsIgnoreCase("Content-Length")) length = Long.parseLong(value);
      else if (name.equalsIgnoreCase("Transfer-Encoding") && value.toLowerCase(Locale.ROOT).contains("chunked")) chunked = true;
    }
    if (chunked) {
      for (long size; (size = Long.parseLong(line(in).split(";", 2)[0].trim(), 16)) > 0; ) {
        skip(in, size);
        line(in);
      }
      while (!line(in).isEmpty()) { } // trailers
    } else if (length > 0) {
      skip(in, length);
    }
    return code;
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder b = new StringBuilder(64);
    for (int c; (c = in.read()) != '\n'; ) {
      if (c < 0) throw new EOFException("connection closed");
      if (c != '\r') b.append((char) c);
    }
    return b.toString();
  }

  private static void skip(InputStream in, long n) throws IOException {
    while (n > 0) {
      long s = in.skip(n);
      if (s <= 0) {
        if (in.read() < 0) throw new EOFException("connection closed in a body");
        s = 1;
      }
      n -= s;
    }
  }
}
