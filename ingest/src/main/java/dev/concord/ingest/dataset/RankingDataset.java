package dev.concord.ingest.dataset;

import dev.concord.core.Corpus;
import java.util.Map;
import java.util.Set;

/** Claims ranked over rows (table-text) or facts (text-text); gold maps a claim id to its gold target ids. */
public record RankingDataset(String name, Layout layout, Corpus queries, Corpus targets, Map<String, Set<String>> gold) {}
