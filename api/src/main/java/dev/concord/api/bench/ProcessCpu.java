package dev.concord.api.bench;

import java.lang.management.ManagementFactory;

/** CPU time of the whole process (all threads, GC included): on a shared machine, a steadier cost than wall time. */
public final class ProcessCpu {
  private ProcessCpu() {}

  public static long nanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
