package bibench.harness.testing;

import bibench.results.ResultRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rows of all six tracks, written exactly as docs/rows.md says, with made-up but plausible values
 * from fixed formulas (no randomness), for report, export and gate tests and for the report
 * screenshot.
 */
public final class SyntheticRun {
  /** Relative accuracy of each operator against FP32 (made up, in BiBench's order of quality). */
  private static final Map<String, Double> QUALITY = Map.of("fp32", 1.0, "bnn", 0.80, "xnor", 0.86, "dorefa", 0.83,
      "bireal", 0.88, "xnorpp", 0.87, "react", 0.90, "recu", 0.91, "fda", 0.89);
  private static final List<String> GRID = List.of("sgd-1e-1-cosine", "sgd-1e-1-step", "sgd-1e-2-cosine",
      "sgd-1e-2-step", "adam-1e-3-cosine", "adam-1e-3-step", "adam-1e-4-cosine", "adam-1e-4-step");

  private final String runId;
  private final List<String> operators;
  private final int seeds;
  private final List<String> corruptions;
  private final List<ResultRow> rows = new ArrayList<>();

  private SyntheticRun(String runId, List<String> operators, int seeds, List<String> corruptions) {
    this.runId = runId;
    this.operators = operators;
    this.seeds = seeds;
    this.corruptions = corruptions;
  }

  /** Rows of every track for {@code operators} (fp32 first), {@code seeds} seeds and the corruptions. */
  public static List<ResultRow> rows(String runId, List<String> operators, int seeds, List<String> corruptions) {
    SyntheticRun run = new SyntheticRun(runId, operators, seeds, corruptions);
    run.trainingCells("learning_task", List.of("optdigits/mlp", "fashion-mnist/cnn-small"));
    run.trainingCells("architecture", List.of("optdigits/mlp", "fashion-mnist/cnn-small", "sst2/bert-tiny"));
    run.robustness();
    run.training();
    run.complexity();
    run.inference();
    return List.copyOf(run.rows);
  }

  /** A small spread around zero, fixed by the inputs: -0.45 ... +0.45 in steps of 0.15. */
  private static double wiggle(int... parts) {
    int h = 17;
    for (int p : parts) {
      h = h * 31 + p;
    }
    return (Math.floorMod(h, 7) - 3) * 0.15;
  }

  private static double round2(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private int op(String id) {
    return operators.indexOf(id);
  }

  private void trainingCells(String track, List<String> models) {
    double[] fp = {97.8, 88.5, 91.2};
    for (int m = 0; m < models.size(); m++) {
      String[] ta = models.get(m).split("/");
      double penalty = ta[1].startsWith("bert") ? 0.9 : 1.0; // transformers suffer most
      for (String op : operators) {
        for (int s = 1; s <= seeds; s++) {
          double q = op.equals("fp32") ? 1 : QUALITY.get(op) * penalty;
          double score = round2(fp[m] * q + wiggle(m, op(op), s));
          rows.add(ResultRow.single(runId, track, ta[0], ta[1], op, "finetune", s, "score", score, "%", true));
          if (track.equals("learning_task")) {
            double time = round2(0.4 + 0.3 * m + (op.equals("fp32") ? 0 : 0.15) + 0.01 * s);
            rows.add(new ResultRow(runId, track, ta[0], ta[1], op, "finetune", s, "epoch_time", time, "s", false, 4, 0.02));
          }
        }
      }
    }
  }

  private void robustness() {
    for (String op : operators) {
      double q = QUALITY.get(op);
      for (int s = 1; s <= seeds; s++) {
        double clean = round2(88.5 * q + wiggle(9, op(op), s));
        rows.add(ResultRow.single(runId, "robustness", "fashion-mnist", "cnn-small", op, "clean", s, "score", clean, "%", true));
        for (int c = 0; c < corruptions.size(); c++) {
          // contrast barely hurts FP32 here: its gap stays under 0.5 points and is left out
          double slope = corruptions.get(c).equals("contrast") && op.equals("fp32") ? 0.05 : (1.2 + 0.4 * c) * (1.6 - q);
          for (int level = 1; level <= 5; level++) {
            double v = round2(clean - slope * level * 2 + wiggle(c, level, op(op), s) * 0.5);
            rows.add(ResultRow.single(runId, "robustness", "fashion-mnist", "cnn-small", op,
                corruptions.get(c) + "/" + level, s, "score", v, "%", true));
          }
        }
      }
    }
  }

  private void training() {
    for (String op : operators) {
      for (int g = 0; g < GRID.size(); g++) {
        double spread = op.equals("fp32") ? 1.0 : 2.5 - QUALITY.get(op);
        double score = round2(96 * QUALITY.get(op) - spread * (g % 4) * 0.8 + wiggle(g, op(op)));
        if (op.equals("dorefa") && g == 1) {
          score = Double.NaN; // one diverged grid point
        }
        rows.add(ResultRow.single(runId, "training", "optdigits", "mlp", op, GRID.get(g), 1, "score", score, "%", true));
        double time = round2((op.equals("fp32") ? 0.40 : 0.55) + 0.01 * (g % 3));
        rows.add(new ResultRow(runId, "training", "optdigits", "mlp", op, GRID.get(g), 1, "epoch_time", time, "s",
            false, 4, 0.01));
      }
    }
  }

  private void complexity() {
    for (String op : operators) {
      boolean fp = op.equals("fp32");
      long extra = op.equals("xnor") ? 180_000 : op.equals("xnorpp") ? 90_000 : 0;
      count(op, "params_binary", fp ? 0 : 268_336, "count");
      count(op, "params_fp", fp ? 272_474 : 4_138 + (op.equals("xnorpp") ? 1_200 : 0), "count");
      count(op, "macs_binary", fp ? 0 : 39_911_424, "MAC");
      count(op, "macs_fp", fp ? 40_813_056 : 901_632 + extra, "MAC");
      count(op, "macs_extra_fp", extra, "MAC");
    }
  }

  private void count(String op, String metric, double value, String unit) {
    rows.add(ResultRow.single(runId, "complexity", "32x32x3", "resnet20", op, "", -1, metric, value, unit, false));
  }

  private void inference() {
    String[] models = {"gemm-1024", "mlp-optdigits"};
    double[] fpMs = {8.4, 0.21};
    String[] runs = {"batch=1,threads=1", "batch=32,threads=2"};
    for (int m = 0; m < models.length; m++) {
      for (int r = 0; r < runs.length; r++) {
        double fpLatency = round2(fpMs[m] * (r == 0 ? 1 : 9.5) * 1000) / 1000;
        bench(models[m], "fp32", "impl=fp32," + runs[r], fpLatency);
        bench(models[m], "fp32", "impl=pytorch," + runs[r], round2(fpLatency * 0.8 * 1000) / 1000);
        for (String op : operators) {
          if (op.equals("fp32")) {
            continue;
          }
          double speedup = (m == 0 ? 14 : 3.2) * (op.equals("xnor") || op.equals("xnorpp") ? 0.7 : 1) * (r == 0 ? 1 : 1.2);
          String setting = "impl=bitpacked," + runs[r];
          bench(models[m], op, setting, round2(fpLatency / speedup * 1000) / 1000);
          once(models[m], op, setting, "speedup_vs_fp32", round2(speedup), "x", true);
          once(models[m], op, setting, "speedup_vs_pytorch", round2(speedup * 0.8), "x", true);
        }
      }
      for (String op : operators) {
        boolean fp = op.equals("fp32");
        once(models[m], op, "", "theoretical_speedup", fp ? 1 : (m == 0 ? 64 : 21.5) * (op.equals("xnor") ? 0.8 : 1), "x", true);
        once(models[m], op, "", "model_bytes", fp ? (m == 0 ? 4_194_304 : 280_000) : (m == 0 ? 131_072 : 12_400), "B", false);
      }
    }
  }

  private void bench(String model, String op, String setting, double latency) {
    rows.add(new ResultRow(runId, "inference", "", model, op, setting, -1, "latency", latency, "ms", false, 25,
        round2(latency * 0.02 * 1000) / 1000));
  }

  private void once(String model, String op, String setting, String metric, double value, String unit, boolean higher) {
    rows.add(ResultRow.single(runId, "inference", "", model, op, setting, -1, metric, value, unit, higher));
  }
}
