package bibench.harness.cli;

import bibench.harness.workers.CellScheduler;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a run starts its worker processes: the same Java, the same JVM flags (the Vector API module,
 * heap, system properties) with one engine thread each, the same class path, and the hidden {@code
 * worker} command with the run's folder and the options that decide its cells. The environment
 * (LD_PRELOAD of jemalloc, MALLOC_CONF) is inherited; OpenMP gets one thread.
 */
final class WorkerLaunch {
  private WorkerLaunch() {}

  /** The workers of a run in {@code runDir}: {@code count} processes, or this process alone for 1. */
  static CellScheduler.Workers workers(int count, Path runDir, RunOptions options) {
    if (count <= 1) {
      return CellScheduler.Workers.IN_PROCESS;
    }
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString()));
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (!arg.startsWith("-Dai.djl.pytorch.num_threads=") && !arg.startsWith("-agentlib")
          && !arg.startsWith("-javaagent") && !arg.startsWith("-Xdebug")) {
        command.add(arg);
      }
    }
    command.add("-Dai.djl.pytorch.num_threads=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("bibench.harness.Main");
    command.add("worker");
    command.add("--run-dir");
    command.add(runDir.toAbsolutePath().toString());
    command.addAll(options.planArguments());
    return new CellScheduler.Workers(count, command, Map.of("OMP_NUM_THREADS", "1"));
  }
}
