package bibench.harness.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.results.ResultRow;
import bibench.tracks.CheckpointStore;
import bibench.tracks.RunContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inference cells run real (short) JMH benchmarks in forked JVMs and turn JMH's results into
 * rows: no timing is asserted, only that every expected row is there, positive, and consistent.
 */
class InferenceCellsTest {
  @TempDir Path dir;

  private RunContext context() {
    return new RunContext("r", (task, train, test, points) -> {
      throw new AssertionError("timing cells load no data");
    }, new CheckpointStore(null), null, dir);
  }

  private static Map<String, ResultRow> byKey(List<ResultRow> rows) {
    return rows.stream().collect(Collectors.toMap(r -> r.arch() + "|" + r.operator() + "|" + r.setting() + "|"
        + r.metric(), r -> r));
  }

  @Test
  void aGemmKernelCellWritesLatencyThroughputAllocationAndSpeedUps() {
    List<ResultRow> rows = new KernelInferenceCell(KernelInferenceCell.Family.GEMM, List.of("64x64x64"),
        new JmhRuns(3, 1)).run(context());
    Map<String, ResultRow> r = byKey(rows);
    for (String impl : List.of("bnn|impl=bitpacked", "bitnet158-a1|impl=bitpacked", "pbllm|impl=bitpacked",
        "bitnet158|impl=bitpacked", "fp32|impl=fp32", "fp32|impl=pytorch")) {
      ResultRow latency = r.get("gemm-64x64x64|" + impl + ",batch=1,threads=1|latency");
      assertTrue(latency != null && latency.value() > 0 && latency.n() == 1, impl + " latency: " + latency);
      assertTrue(r.get("gemm-64x64x64|" + impl + ",batch=1,threads=1|macs_per_second").value() > 0);
    }
    double binary = r.get("gemm-64x64x64|bnn|impl=bitpacked,batch=1,threads=1|latency").value();
    double fp32 = r.get("gemm-64x64x64|fp32|impl=fp32,batch=1,threads=1|latency").value();
    double torch = r.get("gemm-64x64x64|fp32|impl=pytorch,batch=1,threads=1|latency").value();
    assertEquals(fp32 / binary, r.get("gemm-64x64x64|bnn|impl=bitpacked,batch=1,threads=1|speedup_vs_fp32").value(),
        1e-9);
    assertEquals(Math.min(fp32, torch) / binary,
        r.get("gemm-64x64x64|bnn|impl=bitpacked,batch=1,threads=1|speedup_vs_best_fp32").value(), 1e-9);
    double ternary = r.get("gemm-64x64x64|bitnet158-a1|impl=bitpacked,batch=1,threads=1|latency").value();
    assertEquals(fp32 / ternary,
        r.get("gemm-64x64x64|bitnet158-a1|impl=bitpacked,batch=1,threads=1|speedup_vs_fp32").value(), 1e-9);
    for (String impl : List.of("bnn|impl=bitpacked", "fp32|impl=fp32", "fp32|impl=pytorch")) {
      double fraction = r.get("gemm-64x64x64|" + impl + ",batch=1,threads=1|fraction_of_peak").value();
      assertTrue(fraction > 0 && fraction < 1.5, impl + " fraction of peak " + fraction);
      if (Files.isReadable(Path.of("/proc/stat"))) {
        assertTrue(r.get("gemm-64x64x64|" + impl + ",batch=1,threads=1|others_cpu").value() >= 0);
      }
    }
    assertTrue(Files.exists(dir.resolve("jmh").resolve("gemm-kernels.json")), "JMH's JSON is kept");
  }

  @Test
  void theRooflineCellWritesPeaksTheIdealRatioAndTheKernelPaths() {
    RooflineCell cell = new RooflineCell();
    assertTrue(cell.needsQuietMachine());
    Map<String, ResultRow> r = byKey(cell.run(context()));
    ResultRow fp32 = r.values().stream().filter(x -> x.arch().equals("roofline") && x.operator().equals("fp32")
        && x.metric().equals("peak_macs_per_second")).findFirst().orElseThrow();
    ResultRow binary = r.values().stream().filter(x -> x.arch().equals("roofline") && x.operator().equals("bnn")
        && x.metric().equals("peak_macs_per_second")).findFirst().orElseThrow();
    assertTrue(fp32.value() > 1e8 && binary.value() > fp32.value(), fp32 + " " + binary);
    assertEquals(binary.value() / fp32.value(), r.get("roofline|bnn||ideal_ratio").value(), 1e-9);
    long chosen = r.values().stream().filter(x -> x.arch().equals("kernel-path") && x.setting().endsWith("chosen=true"))
        .count();
    assertEquals(2, chosen, "one chosen path for binary and one for FP32 kernels");
  }

  @Test
  void aModelCellTimesEveryOperatorAndPyTorchAndAddsTheoryAndBytes() {
    InferencePlan plan = new InferencePlan("mlp", new int[] {1, 8, 8}, 10, List.of(1), List.of(1));
    List<ResultRow> rows = new ModelInferenceCell(plan, 1, 1, List.of("fp32", "bnn"), new JmhRuns(3, 1)).run(context());
    Map<String, ResultRow> r = byKey(rows);
    assertTrue(r.get("mlp|bnn|impl=bitpacked,batch=1,threads=1|latency").value() > 0);
    assertTrue(r.get("mlp|fp32|impl=fp32,batch=1,threads=1|latency").value() > 0);
    assertTrue(r.get("mlp|fp32|impl=pytorch,batch=1,threads=1|latency").value() > 0);
    assertEquals(1.0, r.get("mlp|fp32|impl=fp32,batch=1,threads=1|speedup_vs_fp32").value(), 1e-12);
    assertTrue(r.get("mlp|bnn|impl=bitpacked,batch=1,threads=1|speedup_vs_best_fp32").value() > 0);
    assertTrue(r.get("mlp|bnn||theoretical_speedup").value() > 1);
    double fpBytes = r.get("mlp|fp32||model_bytes").value();
    double binaryBytes = r.get("mlp|bnn||model_bytes").value();
    assertTrue(binaryBytes > 0 && fpBytes / binaryBytes > 3, binaryBytes + " vs " + fpBytes);
  }
}
