package bibench.harness.gate;

import static bibench.harness.testing.Rows.bench;
import static bibench.harness.testing.Rows.count;
import static bibench.harness.testing.Rows.epochTime;
import static bibench.harness.testing.Rows.once;
import static bibench.harness.testing.Rows.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.harness.testing.RunFolders;
import bibench.results.ResultRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate on metrics other than scores: counts, kernels, ratios, allocations, data properties. */
class GateTest {
  private static final String CPU = "AMD EPYC 7B13 64-Core Processor";
  private static final String BITS = "impl=bitpacked,batch=1,threads=1";

  @TempDir Path dir;

  private static List<ResultRow> seeds(String op, double... values) {
    List<ResultRow> rows = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      rows.add(score("learning_task", "optdigits", "mlp", op, "finetune", i + 1, values[i]));
    }
    return rows;
  }

  private static List<ResultRow> typicalRun(double latency) {
    List<ResultRow> rows = new ArrayList<>(seeds("bnn", 90, 91, 92));
    rows.addAll(seeds("fp32", 97, 97.5, 98));
    rows.add(epochTime("learning_task", "optdigits", "mlp", "bnn", "finetune", 1, 0.5));
    rows.add(count("32x32x3", "resnet20", "bnn", "params_binary", 268_000));
    rows.add(bench("gemm-1024", "bnn", BITS, "latency", latency, "ms", false, 10, 0.01));
    return rows;
  }

  private GateReport compare(List<ResultRow> baseline, String baselineCpu, List<ResultRow> run, String runCpu) {
    Map<String, String> other = new java.util.LinkedHashMap<>(RunFolders.provenance("run", runCpu));
    if (!runCpu.equals(baselineCpu)) {
      other.put("cpu_family", "6");
      other.put("cpu_model_number", "106");
    }
    Path b = RunFolders.write(dir.resolve("baseline"), baseline, RunFolders.provenance("base", baselineCpu));
    Path r = RunFolders.write(dir.resolve("run"), run, other);
    return Gate.compare(r, b);
  }

  private static Verdict verdictOf(GateReport report, String metricName) {
    return report.verdicts().stream().filter(v -> v.key().name().equals(metricName)).findFirst().orElseThrow().verdict();
  }

  @Test
  void identicalRowsAreAllWithinNoise() {
    GateReport report = compare(typicalRun(1.0), CPU, typicalRun(1.0), CPU);
    assertEquals(5, report.verdicts().size()); // bnn and fp32 scores, epoch_time, params, latency
    report.verdicts().forEach(v -> assertEquals(Verdict.WITHIN_NOISE, v.verdict(), v.toString()));
    assertEquals(false, report.failed());
    assertTrue(report.render().contains("PASS: 5 WITHIN_NOISE"), report.render());
  }

  @Test
  void aSlowerKernelRegressesOnTheSameMachineAndIsNotComparedOnAnother() {
    String latency = "inference gemm-1024 bnn " + BITS + " latency";
    GateReport same = compare(typicalRun(1.0), CPU, typicalRun(2.5), CPU);
    assertEquals(Verdict.REGRESSED, verdictOf(same, latency));
    assertEquals(Verdict.WITHIN_NOISE, verdictOf(compare(typicalRun(1.0), CPU, typicalRun(1.015), CPU), latency));
    // 1.9x slower is outside JMH's tiny error bars but inside the run-to-run floor of a shared machine
    GateReport slower = compare(typicalRun(1.0), CPU, typicalRun(1.9), CPU);
    assertEquals(Verdict.WITHIN_NOISE, verdictOf(slower, latency));
    assertTrue(slower.render().contains("but a factor 1.90 is within the run-to-run floor of 2.00 for machine-dependent values"),
        slower.render());
    assertEquals(Verdict.REGRESSED, verdictOf(compare(typicalRun(1.0), CPU, typicalRun(2.1), CPU), latency));
    GateReport other = compare(typicalRun(1.0), CPU, typicalRun(2.5), "Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz");
    assertEquals(Verdict.NOT_COMPARED, verdictOf(other, latency));
    assertEquals(Verdict.NOT_COMPARED, verdictOf(other, "learning_task optdigits/mlp bnn finetune epoch_time"));
    assertEquals(false, other.failed());
    assertTrue(other.render().contains("(cpu.model_name '" + CPU + "' vs 'Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz', "
        + "cpu.family '25' vs '6', cpu.model '1' vs '106')"), other.render());
    // machine-independent metrics are still compared
    assertEquals(Verdict.WITHIN_NOISE, verdictOf(other, "complexity 32x32x3/resnet20 bnn params_binary"));
  }

  @Test
  void theDeploymentChecksFloatRoundingIsJudgedLikeAMachineMetric() {
    java.util.function.DoubleFunction<List<ResultRow>> check = error -> List.of(ResultRow.single("r", "inference",
        "fashion-mnist", "cnn-small", "fp32", "impl=bitpacked,check", 1, "max_logit_error", error, "", false));
    String name = "inference fashion-mnist/cnn-small fp32 impl=bitpacked,check max_logit_error";
    // 9.5e-7 -> 1.19e-6 is another summation order, not a regression (a smoke gate once failed on it)
    assertEquals(Verdict.WITHIN_NOISE, verdictOf(compare(check.apply(9.537e-7), CPU, check.apply(1.192e-6), CPU), name));
    assertEquals(Verdict.REGRESSED, verdictOf(compare(check.apply(9.537e-7), CPU, check.apply(5e-3), CPU), name));
    assertEquals(Verdict.NOT_COMPARED, verdictOf(compare(check.apply(9.537e-7), CPU, check.apply(1.192e-6),
        "Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz"), name));
  }

  @Test
  void measuredRatiosAndAllocationsHaveTheirOwnRunToRunFloors() {
    String speedup = "inference gemm-1024 bnn " + BITS + " speedup_vs_fp32";
    String alloc = "inference gemm-1024 bnn " + BITS + " alloc";
    java.util.function.BiFunction<Double, Double, List<ResultRow>> rows = (ratio, bytes) -> List.of(
        once("gemm-1024", "bnn", BITS, "speedup_vs_fp32", ratio, "x", true),
        once("gemm-1024", "bnn", BITS, "alloc", bytes, "B/op", false));
    // two identical runs measured 24.4x and 20.4x: a factor 1.2, inside the floor of 1.5
    GateReport noise = compare(rows.apply(24.4, 4.0), CPU, rows.apply(20.4, 90.0), CPU);
    assertEquals(Verdict.WITHIN_NOISE, verdictOf(noise, speedup));
    assertEquals(Verdict.WITHIN_NOISE, verdictOf(noise, alloc)); // +86 B/op is JMH's bookkeeping
    // the scalar kernels measured 1.6x against PyTorch instead of 43x; a kernel that allocates 4 KB per call
    GateReport slower = compare(rows.apply(24.4, 4.0), CPU, rows.apply(1.6, 4096.0), CPU);
    assertEquals(Verdict.REGRESSED, verdictOf(slower, speedup));
    assertEquals(Verdict.REGRESSED, verdictOf(slower, alloc));
    assertEquals(Verdict.REGRESSED, verdictOf(compare(rows.apply(24.4, 4.0), CPU, rows.apply(15.0, 4.0), CPU), speedup));
  }

  @Test
  void newAndMissingMetricsAndExactCounts() {
    List<ResultRow> baseline = new ArrayList<>(seeds("bnn", 90));
    baseline.add(count("32x32x3", "resnet20", "bnn", "params_binary", 268_000));
    List<ResultRow> run = new ArrayList<>(seeds("xnor", 88));
    run.add(count("32x32x3", "resnet20", "bnn", "params_binary", 268_001));
    GateReport report = compare(baseline, CPU, run, CPU);
    assertEquals(List.of(Verdict.REGRESSED, Verdict.MISSING, Verdict.NEW),
        report.verdicts().stream().map(MetricVerdict::verdict).toList());
    assertEquals("exact count", report.verdicts().get(0).reason());
    assertTrue(report.summary().startsWith("FAIL: 1 REGRESSED, 1 MISSING, 1 NEW"), report.summary());
  }

  @Test
  void otherDataIsChangedNotRegressed() {
    List<ResultRow> baseline = new ArrayList<>(seeds("fp32", 97, 97.5, 98));
    baseline.add(ResultRow.single("r", "learning_task", "optdigits", "mlp", "fp32", "finetune", 1, "test_samples", 1000,
        "count", true));
    List<ResultRow> run = new ArrayList<>(seeds("fp32", 97, 97.5, 98));
    run.add(ResultRow.single("r", "learning_task", "optdigits", "mlp", "fp32", "finetune", 1, "test_samples", 240,
        "count", true));
    GateReport report = compare(baseline, CPU, run, CPU);
    assertEquals(Verdict.CHANGED, verdictOf(report, "learning_task optdigits/mlp fp32 finetune test_samples"));
    assertEquals(false, report.failed());
  }

  @Test
  void welchDegreesOfFreedom() {
    // equal variances and sizes: df = 2 (n - 1)
    assertEquals(4.0, NoiseBand.welchDf(1.0 / 3, 3, 1.0 / 3, 3), 1e-12);
    // one side without variance: the other side's n - 1
    assertEquals(2.0, NoiseBand.welchDf(0, 3, 0.5, 3), 1e-12);
  }
}
