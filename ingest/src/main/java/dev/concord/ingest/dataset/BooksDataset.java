package dev.concord.ingest.dataset;

import dev.concord.core.Corpus;
import java.util.Map;

/** Spine segments (SPINE items, their shelf photo in field {@code shelf}) against a catalogue, with gold. */
public record BooksDataset(String name, Corpus catalogue, Corpus segments, Map<String, SpineGold> gold) {}
