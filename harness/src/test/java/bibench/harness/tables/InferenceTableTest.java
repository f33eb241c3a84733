package bibench.harness.tables;

import static bibench.harness.testing.Rows.bench;
import static bibench.harness.testing.Rows.once;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.results.ResultRow;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class InferenceTableTest {
  private static final String FP = "impl=fp32,batch=1,threads=1";
  private static final String TORCH = "impl=pytorch,batch=1,threads=1";
  private static final String BITS = "impl=bitpacked,batch=1,threads=1";

  @Test
  void latencySpeedupsStorageAndTheExtraFpPass() {
    List<ResultRow> rows = List.of(
        bench("mlp-optdigits", "fp32", FP, "latency", 2.0, "ms", false, 10, 0.02),
        bench("mlp-optdigits", "fp32", TORCH, "latency", 1.5, "ms", false, 10, 0.03),
        bench("mlp-optdigits", "bnn", BITS, "latency", 0.25, "ms", false, 10, 0.005),
        bench("mlp-optdigits", "xnor", BITS, "latency", 0.4, "ms", false, 10, 0.004),
        once("mlp-optdigits", "bnn", BITS, "speedup_vs_fp32", 8.0, "x", true),
        once("mlp-optdigits", "bnn", BITS, "speedup_vs_pytorch", 6.0, "x", true),
        once("mlp-optdigits", "bnn", BITS, "speedup_vs_best_fp32", 6.0, "x", true),
        once("mlp-optdigits", "bnn", BITS, "fraction_of_peak", 0.41, "x", true),
        once("mlp-optdigits", "fp32", FP, "fraction_of_peak", 0.8, "x", true),
        once("mlp-optdigits", "fp32", FP, "others_cpu", 0.02, "cores", false),
        once("mlp-optdigits", "xnor", BITS, "others_cpu", 0.35, "cores", false),
        once("roofline", "bnn", "", "ideal_ratio", 5.5, "x", true),
        once("roofline", "fp32", "vector_bits=256", "peak_macs_per_second", 4.5e10, "MAC/s", true),
        once("kernel-path", "bnn", "path=vector-csa,chosen=true", "path_macs_per_second", 2e11, "MAC/s", true),
        once("kernel-path", "bnn", "path=vector,chosen=false", "path_macs_per_second", 1e11, "MAC/s", true),
        once("mlp-optdigits", "xnor", BITS, "speedup_vs_fp32", 5.0, "x", true),
        once("mlp-optdigits", "bnn", "", "theoretical_speedup", 58.2, "x", true),
        once("mlp-optdigits", "xnor", "", "theoretical_speedup", 40.1, "x", true),
        once("mlp-optdigits", "fp32", "", "model_bytes", 4_000_000, "B", false),
        once("mlp-optdigits", "bnn", "", "model_bytes", 160_000, "B", false),
        once("mlp-optdigits", "xnor", "", "model_bytes", 170_000, "B", false));
    BenchTable table = InferenceTable.build(RowsTable.of(rows));
    Table cells = table.cells();
    assertEquals(List.of("model", "setting", "operator", "impl", "latency (ms)", "speed-up vs best FP32",
        "speed-up vs FP32", "speed-up vs PyTorch", "ideal (peaks)", "% of peak", "r_s (theory)", "m",
        "extra FP pass"), cells.columnNames());
    assertEquals(List.of("mlp-optdigits", "batch=1,threads=1", "fp32", "fp32", "2 ± 0.02", "-", "-", "-", "-",
        "80.0", "-", "1.00", "no"), RobustnessTableTest.row(cells, 0));
    assertEquals("pytorch", cells.getString(1, 3));
    assertEquals(List.of("mlp-optdigits", "batch=1,threads=1", "bnn", "bitpacked", "0.25 ± 0.005", "6.00", "8.00",
        "6.00", "5.50", "41.0", "58.20", "25.00", "no"), RobustnessTableTest.row(cells, 2));
    // m = 4,000,000 / 170,000 = 23.53; XNOR-Net's input scale needs an FP pass; others used 0.35 cores meanwhile
    assertEquals(List.of("mlp-optdigits", "batch=1,threads=1", "xnor", "bitpacked", "0.4 ± 0.004 †", "-", "5.00",
        "-", "5.50", "-", "40.10", "23.53", "needs extra FP pass"), RobustnessTableTest.row(cells, 3));
    List<String> notes = table.notes();
    assertTrue(notes.get(1).contains("fp32 45 G MAC/s (vector_bits=256)") && notes.get(1).contains(
        "bnn kernels: vector-csa") && !notes.get(1).contains("vector,"), notes.toString());
    assertTrue(notes.get(2).startsWith("xnor: needs extra FP pass: per-sample input scale"), notes.toString());
    assertTrue(notes.get(3).startsWith("† measured while other processes used more than 0.1"), notes.toString());
  }

  @Test
  void xnorPlusPlusNeedsAnExtraPassAndAnUnknownIdIsSaidSo() {
    assertEquals("needs extra FP pass", InferenceTable.extraPass("xnorpp"));
    assertEquals("no", InferenceTable.extraPass("react"));
    assertEquals("unknown operator", InferenceTable.extraPass("my-op"));
  }
}
