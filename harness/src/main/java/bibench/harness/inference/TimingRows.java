package bibench.harness.inference;

import bibench.results.ResultRow;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one JMH measurement: {@code latency} (ms, with JMH's sample count and 99.9% error),
 * {@code macs_per_second}, {@code alloc} (B/op), {@code others_cpu} (cores other processes used
 * meanwhile; above 0.1 the row counts as measured on a busy machine) and {@code
 * fraction_of_peak} (the time at this machine's measured peaks over the measured time).
 */
final class TimingRows {
  private final String runId;
  private final String arch;

  TimingRows(String runId, String arch) {
    this.runId = runId;
    this.arch = arch;
  }

  /**
   * @param binaryMacs binary multiply-accumulates of one op
   * @param fpMacs FP32 multiply-accumulates of one op
   */
  List<ResultRow> of(String op, String setting, Measured m, double binaryMacs, double fpMacs) {
    List<ResultRow> rows = new ArrayList<>();
    rows.add(new ResultRow(runId, InferenceTrack.ID, "", arch, op, setting, -1, "latency", m.millis(), "ms", false,
        m.samples(), m.error()));
    double seconds = m.millis() / 1e3;
    rows.add(row(op, setting, "macs_per_second", (binaryMacs + fpMacs) / seconds, "MAC/s", true));
    if (!Double.isNaN(m.allocBytes())) {
      rows.add(row(op, setting, "alloc", m.allocBytes(), "B/op", false));
    }
    if (!Double.isNaN(m.othersCpu())) {
      rows.add(row(op, setting, "others_cpu", m.othersCpu(), "cores", false));
    }
    double fraction = InferencePeaks.fraction(binaryMacs, fpMacs, seconds);
    if (!Double.isNaN(fraction)) {
      rows.add(row(op, setting, "fraction_of_peak", fraction, "x", true));
    }
    return rows;
  }

  /** One single-valued row of this arch. */
  ResultRow row(String op, String setting, String metric, double value, String unit, boolean higherIsBetter) {
    return ResultRow.single(runId, InferenceTrack.ID, "", arch, op, setting, -1, metric, value, unit, higherIsBetter);
  }

  /** The speed-ups of a path over our FP32, over PyTorch, and over the faster of the two. */
  List<ResultRow> speedUps(String op, String setting, Measured m, Measured ours, Measured torch) {
    List<ResultRow> rows = new ArrayList<>();
    rows.add(row(op, setting, "speedup_vs_fp32", ours.millis() / m.millis(), "x", true));
    rows.add(row(op, setting, "speedup_vs_pytorch", torch.millis() / m.millis(), "x", true));
    rows.add(row(op, setting, "speedup_vs_best_fp32", Math.min(ours.millis(), torch.millis()) / m.millis(), "x",
        true));
    return rows;
  }
}
