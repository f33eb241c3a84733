package bibench.harness.bench;

import bibench.operators.deploy.KernelTuning;
import bibench.operators.deploy.Roofline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the kernel benchmarks of this package through JMH's Runner API with the GC profiler (bytes
 * allocated per op) and writes JMH's JSON, then prints a summary in multiply-accumulates per second.
 *
 * <p>Command line: {@code KernelBenchmarks [include-regex] [json-out] [--quick]}; defaults: every
 * benchmark of this package, {@code target/bibench/kernels.json}, full length. Forks get {@link
 * BenchJvm#args} for one thread; launch with {@code OMP_NUM_THREADS=1} in the environment too.
 */
public final class KernelBenchmarks {
  /** Regex that selects every benchmark of this package. */
  public static final String ALL = "bibench\\.harness\\.bench\\..*";

  private KernelBenchmarks() {}

  /**
   * JMH options for a named subset.
   *
   * @param includeRegex benchmarks to run (JMH include regex, e.g. {@code GemmBenchmark})
   * @param jsonOut where JMH writes its JSON result
   * @param quick 3 x 1 s warm-up and 3 x 1 s measurement instead of the classes' 4 + 5
   */
  public static Options options(String includeRegex, Path jsonOut, boolean quick) {
    ChainedOptionsBuilder b =
        new OptionsBuilder()
            .include(includeRegex)
            .addProfiler(GCProfiler.class)
            .resultFormat(ResultFormatType.JSON)
            .result(jsonOut.toString())
            .shouldFailOnError(true);
    if (quick) {
      b.warmupIterations(3)
          .warmupTime(TimeValue.seconds(1))
          .measurementIterations(3)
          .measurementTime(TimeValue.seconds(1));
    }
    b.jvmArgs(BenchJvm.args(1).toArray(String[]::new));
    return b.build();
  }

  /** Runs the subset and returns JMH's results (the JSON is written too). */
  public static Collection<RunResult> run(String includeRegex, Path jsonOut, boolean quick)
      throws RunnerException, java.io.IOException {
    if (jsonOut.getParent() != null) {
      Files.createDirectories(jsonOut.getParent());
    }
    return new Runner(options(includeRegex, jsonOut, quick)).run();
  }

  /**
   * Multiply-accumulates one op of a benchmark does, from its class and parameters: {@code shape}
   * for the GEMM benchmarks, {@code layer} for the convolution ones; 0 if unknown.
   */
  public static long macsPerOp(String benchmark, Map<String, String> params) {
    if (params.containsKey("shape")) {
      return GemmShape.parse(params.get("shape")).macs();
    }
    if (params.containsKey("layer")) {
      return ConvCase.parse(params.get("layer")).macs();
    }
    return 0;
  }

  /** A text table: benchmark, parameters, time per op, G MAC/s, bytes allocated per op. */
  public static String summary(Collection<RunResult> results) {
    return summary(results, null);
  }

  /**
   * The same table with each row's fraction of its peak (binary, ternary and partial benchmarks
   * of the binary peak, the others of the FP32 peak) when {@code peaks} is given.
   */
  public static String summary(Collection<RunResult> results, Roofline.Peaks peaks) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
        "%-44s %-26s %12s %9s %10s %8s %7s%n", "benchmark", "params", "us/op", "+-", "GMAC/s",
        "B/op", "%peak"));
    for (RunResult rr : results) {
      var p = rr.getParams();
      Map<String, String> params = new java.util.TreeMap<>();
      for (String key : p.getParamsKeys()) {
        params.put(key, p.getParam(key));
      }
      Result<?> primary = rr.getPrimaryResult();
      double us = primary.getScore();
      long macs = macsPerOp(p.getBenchmark(), params);
      Result<?> alloc = rr.getSecondaryResults().get("gc.alloc.rate.norm");
      String name = p.getBenchmark().replace("bibench.harness.bench.", "");
      double rate = macs / (us * 1e-6);
      String peak = "-";
      if (peaks != null && macs > 0) {
        String method = name.substring(name.lastIndexOf('.') + 1);
        boolean binary = method.startsWith("binary") || method.startsWith("ternary") || method.startsWith("partial");
        // int8 x ternary (int8TernaryGemm) counts at the FP32 peak, as the inference track does
        peak = String.format(Locale.ROOT, "%.1f",
            100 * rate / (binary ? peaks.binaryMacsPerSecond() : peaks.fp32MacsPerSecond()));
      }
      sb.append(String.format(Locale.ROOT, "%-44s %-26s %12.2f %9.2f %10.1f %8s %7s%n", name,
          String.join(",", params.values()), us, primary.getScoreError(), rate / 1e9,
          alloc == null ? "-" : String.format("%.0f", alloc.getScore()), peak));
    }
    return sb.toString();
  }

  /** Entry point; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    boolean quick = false;
    String include = ALL;
    Path json = Path.of("target/bibench/kernels.json");
    int positional = 0;
    for (String a : args) {
      if (a.equals("--quick")) {
        quick = true;
      } else if (positional++ == 0) {
        include = a;
      } else {
        json = Path.of(a);
      }
    }
    if (!"1".equals(System.getenv("OMP_NUM_THREADS"))) {
      System.err.println("note: OMP_NUM_THREADS is not 1; PyTorch may use more threads");
    }
    Roofline.Peaks peaks = Roofline.measure();
    System.out.printf(Locale.ROOT, "kernels: %s%npeaks: FP32 %.1f G MAC/s, binary %.1f G MAC/s (%s),"
        + " ideal ratio %.2f; methods %s%n", KernelTuning.current().describe(),
        peaks.fp32MacsPerSecond() / 1e9, peaks.binaryMacsPerSecond() / 1e9, peaks.binaryMethod(),
        peaks.idealRatio(), peaks.binaryMethods());
    Collection<RunResult> results = run(include, json, quick);
    System.out.println();
    System.out.print(summary(results, peaks));
    System.out.println("JMH JSON: " + json.toAbsolutePath());
  }
}
