package bibench.harness.inference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs a set of JMH benchmarks through JMH's Runner API with parameters from the suite, with the
 * allocation profiler, writing JMH's own JSON into the run's folder ({@code jmh/<name>.json}).
 *
 * @param warmups warm-up iterations of 1 s (at least 3: C2 compiles the kernels in the background)
 * @param iterations measured iterations of 1 s
 */
public record JmhRuns(int warmups, int iterations) {

  public JmhRuns {
    if (warmups < 3 || iterations < 1) {
      throw new IllegalArgumentException("JMH needs at least 3 warm-up and 1 measured iteration");
    }
  }

  /**
   * Runs the benchmarks matching {@code include} with {@code params}, {@code threads} engine and
   * kernel threads, and returns JMH's results.
   */
  public Collection<RunResult> run(String include, Map<String, List<String>> params, int threads, Path json) {
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(include)
        .forks(1)
        .warmupIterations(warmups)
        .warmupTime(TimeValue.seconds(1))
        .measurementIterations(iterations)
        .measurementTime(TimeValue.seconds(1))
        .addProfiler(GCProfiler.class)
        .resultFormat(ResultFormatType.JSON)
        .result(json.toString())
        .shouldFailOnError(true)
        .jvmArgs(jvmArgs(threads).toArray(String[]::new));
    params.forEach((name, values) -> options.param(name, values.toArray(String[]::new)));
    try {
      Files.createDirectories(json.getParent());
      return new Runner(options.build()).run();
    } catch (RunnerException e) {
      throw new IllegalStateException("JMH failed on " + include + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The forked JVM's flags: the Vector API, native access, quiet logs, the thread counts. */
  static List<String> jvmArgs(int threads) {
    List<String> args = new ArrayList<>(List.of("--add-modules", "jdk.incubator.vector",
        "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-Xmx4g",
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
        "-Dorg.slf4j.simpleLogger.log.ai.djl.util.cuda.CudaUtils=error", "-Dai.djl.offline=true",
        "-Dai.djl.pytorch.num_threads=" + threads, "-Dai.djl.pytorch.num_interop_threads=1"));
    String cache = System.getProperty("DJL_CACHE_DIR", System.getenv("DJL_CACHE_DIR"));
    if (cache != null) {
      args.add("-DDJL_CACHE_DIR=" + cache);
    }
    String kernels = System.getProperty("bibench.kernels");
    if (kernels != null) {
      args.add("-Dbibench.kernels=" + kernels);
    }
    return args;
  }
}
