package dev.concord.api.cli;

import dev.concord.api.service.BundledExample;
import dev.concord.api.service.LinkageService;
import dev.concord.core.Corpus;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code concord stream}: the stream app and its PostgreSQL sink only, no REST. */
@Command(name = "stream", mixinStandardHelpOptions = true,
    description = "Run the stream app only: link items from the items topic, write links to the links topic and PostgreSQL.")
public final class StreamCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ServiceOptions service;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    BundledExample example = BundledExample.load();
    Corpus reference = service.referenceCorpus(example, out);
    Corpus sample = service.querySample(example, out);
    LinkageService svc = LinkageService.start(service.settings(Optional.empty()), reference, sample);
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      svc.close();
      stopped.countDown();
    }, "concord-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    var s = svc.settings();
    out.printf(Locale.ROOT, "Linking %s -> %s (rejected input -> %s) on %s; links also go to %s.%n", s.topics().items(),
        s.topics().links(), s.topics().deadLetter(), svc.infrastructure().bootstrapServers(), svc.infrastructure().database().url());
    out.printf(Locale.ROOT, "%d reference items of corpus '%s', %s, links at score >= %.3f. %s%n", svc.engine().referenceSize(),
        svc.engine().referenceCorpus(), svc.engine().modelVersion(), svc.policy().threshold(),
        service.stopAfter == null ? "Press Ctrl-C to stop." : "Stopping by itself in " + service.stopAfter + " s.");
    out.flush();
    if (service.stopAfter == null) {
      stopped.await();
    } else if (!stopped.await(service.stopAfter, TimeUnit.SECONDS)) {
      Runtime.getRuntime().removeShutdownHook(hook);
      svc.close();
    }
    return 0;
  }
}
