package bibench.harness.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A {@code bibench} command in its own JVM (the test's class path), with chosen environment
 * variables, its stdout and stderr kept apart: for what cannot be done in-process (a locale, a
 * cache folder, a process that must really exit).
 *
 * @param code the exit code
 * @param out what it printed on stdout
 * @param err what it printed on stderr
 */
record CliProcess(int code, String out, String err) {

  /** Runs {@code bibench args...} with {@code env} added to (or, for null values, removed from) the environment. */
  static CliProcess run(Map<String, String> env, Path workDir, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        ProcessHandle.current().info().command().orElse("java"),
        "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
        "--sun-misc-unsafe-memory-access=allow",
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-Dai.djl.offline=true",
        "-Dai.djl.pytorch.num_threads=1", "-Dai.djl.pytorch.num_interop_threads=1",
        "-cp", System.getProperty("java.class.path")));
    String cache = System.getProperty("DJL_CACHE_DIR");
    if (cache != null) {
      command.add(1, "-DDJL_CACHE_DIR=" + cache);
    }
    command.add("bibench.harness.Main");
    command.addAll(List.of(args));
    Path out = Files.createTempFile("bibench-out", ".txt");
    Path err = Files.createTempFile("bibench-err", ".txt");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile());
      builder.environment().put("OMP_NUM_THREADS", "1");
      builder.environment().put("TORCH_CPP_LOG_LEVEL", "ERROR");
      env.forEach((k, v) -> {
        if (v == null) {
          builder.environment().remove(k);
        } else {
          builder.environment().put(k, v);
        }
      });
      Process p = builder.start();
      if (!p.waitFor(10, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IllegalStateException("bibench did not finish in 10 minutes: " + List.of(args));
      }
      return new CliProcess(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** The message: the first stderr line that is BiBench-J's (the JVM and PyTorch warn first). */
  String message() {
    return err.lines().filter(l -> l.startsWith("error: ") || l.startsWith("internal error"))
        .findFirst().orElse(err.strip());
  }

  /** True when stderr holds a Java stack trace. */
  boolean hasStackTrace() {
    return err.contains("\tat ") || err.contains("Exception in thread");
  }
}
