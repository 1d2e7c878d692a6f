package dev.concord.api.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.core.Explanation;
import dev.concord.core.Item;
import dev.concord.core.Link;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every PostgreSQL behind Concord must do; subclasses say which server. */
abstract class StoreContract {
  /** A migrated database, shared by the tests of one class. */
  abstract Database database();

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  private StoredLink link(String left, String right, double score, String version) {
    Explanation why = new Explanation(Map.of("cosine", score), Map.of("cosine", score), List.of("acme"));
    return new StoredLink("q-" + run, "ref-" + run, new Link(left + run, right + run, score, "lexical/" + version, why),
        "lexical/" + version);
  }

  @Test
  void linksAreWrittenOncePerModelVersion() {
    LinkRepository links = database().links();
    List<StoredLink> batch = List.of(link("L1", "R1", 0.9, "v1"), link("L2", "R2", 0.4, "v1"), link("L1", "R1", 0.9, "v1"));
    assertThat(links.upsert(batch)).isEqualTo(2);
    assertThat(links.upsert(batch)).isZero();
    assertThat(links.upsert(List.of(link("L1", "R1", 0.8, "v2")))).isEqualTo(1);
    List<StoredLink> ofL1 = links.byLeft("L1" + run, 10);
    assertThat(ofL1).hasSize(2);
    assertThat(ofL1.get(0).link().score()).isEqualTo(0.9);
    assertThat(ofL1.get(0).link().explanation().matchedTokens()).containsExactly("acme");
    assertThat(ofL1.get(0).leftCorpus()).isEqualTo("q-" + run);
    assertThat(links.byLeft("q-" + run, "L1" + run, 10)).hasSize(2);
    assertThat(links.byLeft("elsewhere", "L1" + run, 10)).isEmpty();
    assertThat(links.byRight("ref-" + run, "R1" + run, 10)).hasSize(2);
    assertThat(links.byRight("R2" + run, 10)).singleElement().satisfies(l -> assertThat(l.link().left()).isEqualTo("L2" + run));
  }

  @Test
  void itemsAreStoredAndReplacedOnlyWhenChanged() {
    ItemRepository items = database().items();
    Item a = Item.row("c-" + run, "1", Map.of("name", "Acme Corp", "city", "Springfield"));
    Item b = Item.text("c-" + run, "2", "a text about Globex");
    assertThat(items.upsert(List.of(a, b))).isEqualTo(2);
    assertThat(items.upsert(List.of(a, b))).isZero();
    Item a2 = Item.row("c-" + run, "1", Map.of("name", "ACME Corporation"));
    assertThat(items.upsert(List.of(a2))).isEqualTo(1);
    assertThat(items.find("c-" + run, "1")).contains(a2);
    assertThat(items.find("c-" + run, "2")).contains(b);
    assertThat(items.find("c-" + run, "3")).isEmpty();
    assertThat(items.corpus("c-" + run)).containsExactly(a2, b);
  }

  @Test
  void jobsRecordTheirLife() {
    JobRepository jobs = database().jobs();
    UUID id = jobs.create("reconcile", Map.of("left", "a.csv"));
    assertThat(jobs.find(id)).hasValueSatisfying(j -> assertThat(j.state()).isEqualTo(JobState.QUEUED));
    jobs.running(id);
    jobs.progress(id, 0.5, Map.of("items", 10L));
    assertThat(jobs.find(id).orElseThrow().counts()).containsEntry("items", 10L);
    jobs.succeeded(id, Map.of("items", 20L, "links", 5L));
    Job done = jobs.find(id).orElseThrow();
    assertThat(done.state()).isEqualTo(JobState.SUCCEEDED);
    assertThat(done.progress()).isEqualTo(1.0);
    assertThat(done.finishedAt()).isPresent();
    assertThat(done.parameters()).containsEntry("left", "a.csv");
    assertThat(jobs.find(UUID.randomUUID())).isEmpty();
  }
}
