package dev.concord.api.rest;

/** A request Concord refuses, with the HTTP status and the message the client sees. */
public final class ApiException extends RuntimeException {
  private final int status;

  public ApiException(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() { return status; }
}
