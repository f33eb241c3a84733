package bibench.harness.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A `bibench` command in a separate JVM, with the test JVM's class path, so a test can kill it. */
final class ChildRun {
  private final Process process;
  private final List<String> lines = new CopyOnWriteArrayList<>();

  private ChildRun(Process process) {
    this.process = process;
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null) {
          lines.add(line);
        }
      } catch (IOException e) {
        // the process was killed
      }
    });
    reader.setDaemon(true);
    reader.start();
  }

  static ChildRun start(String... args) throws IOException {
    return withTorchLogLevel("ERROR", args);
  }

  /** The same with {@code TORCH_CPP_LOG_LEVEL} set to {@code torchLogLevel}. */
  static ChildRun withTorchLogLevel(String torchLogLevel, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        ProcessHandle.current().info().command().orElse("java"),
        "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
        "--sun-misc-unsafe-memory-access=allow",
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-Dai.djl.offline=true",
        "-Dai.djl.pytorch.num_threads=1", "-Dai.djl.pytorch.num_interop_threads=1",
        "-cp", System.getProperty("java.class.path")));
    String cache = System.getProperty("DJL_CACHE_DIR");
    if (cache != null) {
      command.add(3, "-DDJL_CACHE_DIR=" + cache);
    }
    command.add("bibench.harness.Main");
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("OMP_NUM_THREADS", "1");
    builder.environment().put("TORCH_CPP_LOG_LEVEL", torchLogLevel);
    return new ChildRun(builder.start());
  }

  /** Waits until a printed line starts with {@code prefix}; false if the process ended first. */
  boolean awaitLine(String prefix, long timeoutMillis) throws InterruptedException {
    long end = System.currentTimeMillis() + timeoutMillis;
    while (System.currentTimeMillis() < end) {
      for (String line : lines) {
        if (line.startsWith(prefix)) {
          return true;
        }
      }
      if (!process.isAlive()) {
        return false;
      }
      Thread.sleep(20);
    }
    return false;
  }

  /** kill -9. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  int waitFor() throws InterruptedException {
    return process.waitFor();
  }

  List<String> lines() {
    return List.copyOf(lines);
  }
}
