package dev.concord.api.service;

import dev.concord.core.Corpus;
import dev.concord.core.Item;
import dev.concord.core.Ranking;
import dev.concord.matcher.MatchEngine;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The one {@link MatchEngine} that the stream app, REST and jobs share. A fitted scorer ranks concurrently but
 * must not rank while a reference item is added, so lookups share a read lock and additions take the write lock.
 * It remembers the reference ids so that an item re-sent (a replayed topic, a restart) is not indexed twice.
 */
public final class SharedEngine {
  private final MatchEngine engine;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Set<String> referenceIds = ConcurrentHashMap.newKeySet();

  public SharedEngine(MatchEngine engine, Corpus reference) {
    if (!reference.name().equals(engine.referenceCorpus())) {
      throw new IllegalArgumentException("engine was fitted on " + engine.referenceCorpus() + ", not " + reference.name());
    }
    this.engine = engine;
    reference.forEach(i -> referenceIds.add(i.id()));
  }

  public Ranking candidates(Item item, int k) {
    lock.readLock().lock();
    try {
      return engine.candidates(item, k);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The top k scoring at least {@code minScore}: cheaper when only candidates above a threshold are used. */
  public Ranking candidates(Item item, int k, double minScore) {
    lock.readLock().lock();
    try {
      return engine.candidates(item, k, minScore);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Adds a reference item unless one with its id is indexed already; returns whether it was added. */
  public boolean addReference(Item item) {
    if (!item.corpus().equals(engine.referenceCorpus())) {
      throw new IllegalArgumentException("item " + item.id() + " is of corpus " + item.corpus()
          + ", the reference corpus is " + engine.referenceCorpus());
    }
    lock.writeLock().lock();
    try {
      if (!referenceIds.add(item.id())) return false;
      engine.addReference(item);
      return true;
    } finally {
      lock.writeLock().unlock();
    }
  }

  public String referenceCorpus() { return engine.referenceCorpus(); }

  /** Scorer and model version, as written into links. */
  public String modelVersion() { return engine.method(); }

  /** How many reference items are indexed. */
  public int referenceSize() { return referenceIds.size(); }

  public MatchEngine engine() { return engine; }
}
