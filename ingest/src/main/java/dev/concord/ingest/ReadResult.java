package dev.concord.ingest;

import dev.concord.core.Corpus;

/** The accepted items of a file, and the report of what was read and rejected. */
public record ReadResult(Corpus corpus, ReadReport report) {}
