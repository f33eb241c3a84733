package bibench.harness.inference;

import bibench.harness.bench.BenchJvm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Runs a set of JMH benchmarks through JMH's Runner API with parameters from the suite, the
 * allocation profiler and {@link OtherCpuProfiler} (CPU time other processes used while each
 * benchmark was measured), writing JMH's own JSON into the run's folder ({@code jmh/<name>.json}).
 * Forks start with {@link BenchJvm#args}, the one source of benchmark JVM flags.
 *
 * <p>JMH's error of a row is the 99.9% half-width over every measured iteration of every fork;
 * with n iterations it is {@code t(0.9995, n - 1) * sd / sqrt(n)}, so 10 iterations keep it below
 * 10% of the mean while iterations vary by less than about 6.5%.
 *
 * @param forks JVMs per benchmark (at least 1; 2 or more show JVM-to-JVM variation in the error)
 * @param warmups warm-up iterations (at least 3: C2 compiles the kernels in the background)
 * @param iterations measured iterations per fork
 * @param iterationMillis length of one iteration, warm-up and measured
 */
public record JmhRuns(int forks, int warmups, int iterations, int iterationMillis) {

  public JmhRuns {
    if (forks < 1 || warmups < 3 || iterations < 1 || iterationMillis < 10) {
      throw new IllegalArgumentException(
          "JMH needs at least 1 fork, 3 warm-up and 1 measured iteration of 10 ms or more");
    }
  }

  /** One fork of iterations of 1 s. */
  public JmhRuns(int warmups, int iterations) {
    this(1, warmups, iterations, 1000);
  }

  /**
   * Runs the benchmarks matching {@code include} with {@code params}, {@code threads} engine and
   * kernel threads, and returns JMH's results.
   */
  public Collection<RunResult> run(String include, Map<String, List<String>> params, int threads, Path json) {
    TimeValue time = TimeValue.milliseconds(iterationMillis);
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(include)
        .forks(forks)
        .warmupIterations(warmups)
        .warmupTime(time)
        .measurementIterations(iterations)
        .measurementTime(time)
        .addProfiler(GCProfiler.class)
        .addProfiler(OtherCpuProfiler.class)
        .resultFormat(ResultFormatType.JSON)
        .result(json.toString())
        .shouldFailOnError(true)
        .jvmArgs(BenchJvm.args(threads).toArray(String[]::new));
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
}
