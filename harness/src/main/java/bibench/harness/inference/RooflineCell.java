package bibench.harness.inference;

import bibench.operators.deploy.KernelPath;
import bibench.operators.deploy.KernelSelection;
import bibench.operators.deploy.KernelTuning;
import bibench.operators.deploy.Roofline;
import bibench.results.ResultRow;
import bibench.tracks.Cell;
import bibench.tracks.RunContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Track 6's measured ceilings, before the kernels are timed: this JVM's FP32 and binary peaks on
 * this CPU ({@link Roofline}) and the kernel paths the benchmarks use, with the rate each candidate
 * reached when they were chosen ({@link KernelTuning}). Rows under arch {@code roofline}: {@code
 * peak_macs_per_second} for fp32 and bnn (setting {@code method=...}), {@code
 * method_macs_per_second} for every binary method, {@code ideal_ratio} (binary peak / FP32 peak);
 * under arch {@code kernel-path}: {@code path_macs_per_second} per kind and candidate (setting
 * {@code path=...,chosen=true|false}).
 */
final class RooflineCell implements Cell {
  @Override
  public String track() {
    return InferenceTrack.ID;
  }

  @Override
  public String label() {
    return InferenceTrack.ID + " roofline and kernel paths";
  }

  @Override
  public String definition() {
    return "roofline|peaks|kernel-paths";
  }

  @Override
  public boolean needsQuietMachine() {
    return true;
  }

  @Override
  public List<ResultRow> run(RunContext context) {
    List<ResultRow> rows = new ArrayList<>();
    Roofline.Peaks p = InferencePeaks.get();
    if (p == null) {
      return rows;
    }
    TimingRows roofline = new TimingRows(context.runId(), "roofline");
    String bits = "vector_bits=" + p.vectorBits();
    rows.add(roofline.row("fp32", bits, "peak_macs_per_second", p.fp32MacsPerSecond(), "MAC/s", true));
    rows.add(roofline.row("bnn", "method=" + p.binaryMethod() + "," + bits, "peak_macs_per_second",
        p.binaryMacsPerSecond(), "MAC/s", true));
    for (Map.Entry<String, Double> m : p.binaryMethods().entrySet()) {
      rows.add(roofline.row("bnn", "method=" + m.getKey() + "," + bits, "method_macs_per_second", m.getValue(),
          "MAC/s", true));
    }
    rows.add(roofline.row("bnn", "", "ideal_ratio", p.idealRatio(), "x", true));
    KernelTuning.Choice choice = KernelTuning.current();
    TimingRows paths = new TimingRows(context.runId(), "kernel-path");
    addPaths(rows, paths, "bnn", choice.binaryRates(), KernelSelection.resolveBinary());
    addPaths(rows, paths, "fp32", choice.fp32Rates(), KernelSelection.resolveFloat());
    return rows;
  }

  private static void addPaths(List<ResultRow> rows, TimingRows paths, String op, Map<KernelPath, Double> rates,
      KernelPath used) {
    for (KernelPath path : KernelPath.values()) {
      Double rate = rates.get(path);
      if (rate != null) {
        String setting = String.format(Locale.ROOT, "path=%s,chosen=%b", path.id(), path == used);
        rows.add(paths.row(op, setting, "path_macs_per_second", rate, "MAC/s", true));
      }
    }
  }
}
