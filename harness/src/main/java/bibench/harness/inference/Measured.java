package bibench.harness.inference;

import java.util.Collection;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * One JMH result, read: which benchmark method, its parameters, the time per op in ms with JMH's
 * error and sample count, and the bytes allocated per op.
 *
 * @param method the benchmark method's simple name
 * @param params the JMH parameters
 * @param millis mean time per op
 * @param error JMH's 99.9% error of the mean, in ms
 * @param samples measured iterations
 * @param allocBytes bytes allocated per op (gc.alloc.rate.norm), NaN when not profiled
 * @param othersCpu cores other processes used while it was measured ({@link OtherCpuProfiler}),
 *     NaN when not known
 */
record Measured(String method, Map<String, String> params, double millis, double error, int samples,
    double allocBytes, double othersCpu) {

  static Measured of(RunResult run) {
    BenchmarkParams p = run.getParams();
    Map<String, String> params = new java.util.TreeMap<>();
    for (String key : p.getParamsKeys()) {
      params.put(key, p.getParam(key));
    }
    Result<?> primary = run.getPrimaryResult();
    double scale = toMillis(primary.getScoreUnit());
    Result<?> alloc = run.getSecondaryResults().get("gc.alloc.rate.norm");
    Result<?> others = run.getSecondaryResults().get(OtherCpuProfiler.LABEL);
    String benchmark = p.getBenchmark();
    return new Measured(benchmark.substring(benchmark.lastIndexOf('.') + 1), params, primary.getScore() * scale,
        primary.getScoreError() * scale, (int) primary.getSampleCount(), alloc == null ? Double.NaN : alloc.getScore(),
        others == null ? Double.NaN : others.getScore());
  }

  /** True when other processes used more than {@link OtherCpuProfiler#NOISY_CORES} while it was measured. */
  boolean noisy() {
    return othersCpu > OtherCpuProfiler.NOISY_CORES;
  }

  static Measured find(Collection<Measured> all, String method, String param, String value) {
    for (Measured m : all) {
      if (m.method().equals(method) && (param == null || value.equals(m.params().get(param)))) {
        return m;
      }
    }
    return null;
  }

  private static double toMillis(String unit) {
    return switch (unit) {
      case "ns/op" -> 1e-6;
      case "us/op" -> 1e-3;
      case "ms/op" -> 1;
      case "s/op" -> 1e3;
      default -> throw new IllegalStateException("unexpected JMH unit " + unit);
    };
  }
}
