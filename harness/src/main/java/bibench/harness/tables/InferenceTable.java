package bibench.harness.tables;

import bibench.BadInputException;
import bibench.operators.ExtraFpPass;
import bibench.operators.Operators;
import bibench.results.ResultRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The hardware-inference table: per timed model or kernel, setting (batch, threads) and operator,
 * the latency JMH measured (± its 99.9% error; marked † when other processes used more than 0.1 of
 * a core meanwhile), the headline speed-up over the faster FP32 of the run (ours or PyTorch's) with
 * the two separate speed-ups for reference, the ideal ratio the measured peaks allow (binary peak /
 * FP32 peak) and the fraction of its peak each row reaches, next to the theoretical speed-up r_s,
 * the storage ratio m = FP32 bytes / packed bytes, and whether the operator needs an extra FP pass
 * at inference (XNOR-Net's per-sample input scale, XNOR++'s spatial factors), which the kernels
 * time with that pass included.
 */
public final class InferenceTable {
  /** The track id of the rows this table reads. */
  public static final String TRACK = "inference";

  /** JMH error / mean from which a latency is marked as not resolved. */
  static final double UNRESOLVED_ERROR = 0.10;

  /** Other processes' CPU (cores) above which a latency is marked as measured on a busy machine. */
  static final double NOISY_CORES = 0.1;

  private InferenceTable() {}

  /** The parsed setting {@code impl=<impl>,batch=<b>,threads=<t>}: the implementation and the rest. */
  record Setting(String impl, String rest) {
    static Setting parse(String setting) {
      String impl = "";
      List<String> rest = new ArrayList<>();
      for (String part : setting.split(",")) {
        if (part.startsWith("impl=")) {
          impl = part.substring("impl=".length());
        } else if (!part.isBlank()) {
          rest.add(part);
        }
      }
      return new Setting(impl, String.join(",", rest));
    }
  }

  /** The table, or null when the rows have no inference latencies. */
  public static BenchTable build(Table table) {
    List<ResultRow> latencies = TableRows.select(table, TRACK, "latency");
    if (latencies.isEmpty()) {
      return null;
    }
    Map<String, Double> speedupBest = valueBySetting(table, "speedup_vs_best_fp32");
    Map<String, Double> fractions = valueBySetting(table, "fraction_of_peak");
    Map<String, Double> others = valueBySetting(table, "others_cpu");
    Map<String, Double> roofline = valueByArch(table, "ideal_ratio");
    double ideal = roofline.getOrDefault("roofline|bnn", Double.NaN);
    Map<String, Double> speedupFp = valueBySetting(table, "speedup_vs_fp32");
    Map<String, Double> speedupTorch = valueBySetting(table, "speedup_vs_pytorch");
    Map<String, Double> theoretical = valueByArch(table, "theoretical_speedup");
    Map<String, Double> bytes = valueByArch(table, "model_bytes");
    StringColumn model = StringColumn.create("model");
    StringColumn setting = StringColumn.create("setting");
    StringColumn operator = StringColumn.create("operator");
    StringColumn impl = StringColumn.create("impl");
    StringColumn latency = StringColumn.create("latency (ms)");
    StringColumn vsBest = StringColumn.create("speed-up vs best FP32");
    StringColumn vsFp = StringColumn.create("speed-up vs FP32");
    StringColumn vsTorch = StringColumn.create("speed-up vs PyTorch");
    StringColumn idealColumn = StringColumn.create("ideal (peaks)");
    StringColumn peak = StringColumn.create("% of peak");
    StringColumn rs = StringColumn.create("r_s (theory)");
    StringColumn storage = StringColumn.create("m");
    StringColumn extra = StringColumn.create("extra FP pass");
    Set<String> needingExtra = new LinkedHashSet<>();
    boolean noisy = false;
    boolean unresolved = false;
    Map<String, String> passes = new LinkedHashMap<>();
    for (ResultRow r : latencies) {
      Setting s = Setting.parse(r.setting());
      String key = settingKey(r);
      String archKey = r.arch() + "|" + r.operator();
      double fpBytes = bytes.getOrDefault(r.arch() + "|fp32", Double.NaN);
      model.append(r.arch());
      setting.append(s.rest());
      operator.append(r.operator());
      impl.append(s.impl());
      boolean busy = others.getOrDefault(key, 0.0) > NOISY_CORES;
      noisy |= busy;
      boolean loose = !Double.isNaN(r.stddev()) && r.stddev() >= UNRESOLVED_ERROR * r.value();
      unresolved |= loose;
      latency.append(Format.significant(r.value(), 4)
          + (Double.isNaN(r.stddev()) ? "" : " ± " + Format.significant(r.stddev(), 2)) + (busy ? " †" : "")
          + (loose ? " ‡" : ""));
      vsBest.append(Format.fixed(speedupBest.getOrDefault(key, Double.NaN), 2));
      idealColumn.append(Format.fixed(s.impl().equals("bitpacked") ? ideal : Double.NaN, 2));
      peak.append(Format.fixed(100 * fractions.getOrDefault(key, Double.NaN), 1));
      vsFp.append(Format.fixed(speedupFp.getOrDefault(key, Double.NaN), 2));
      vsTorch.append(Format.fixed(speedupTorch.getOrDefault(key, Double.NaN), 2));
      rs.append(Format.fixed(theoretical.getOrDefault(archKey, Double.NaN), 2));
      storage.append(Format.fixed(fpBytes / bytes.getOrDefault(archKey, Double.NaN), 2));
      String pass = passes.computeIfAbsent(r.operator(), InferenceTable::extraPass);
      extra.append(pass);
      if (pass.equals("needs extra FP pass")) {
        needingExtra.add(r.operator());
      }
    }
    List<String> notes = new ArrayList<>();
    notes.add("latency = ms per call, ± JMH's 99.9% error; speed-up = latency of the FP32 path / latency of this "
        + "path, measured in the same JMH run; best FP32 = the faster of our FP32 kernels and PyTorch in that run; "
        + "ideal = binary peak / FP32 peak measured on this CPU; % of peak = the time at the measured peaks / the "
        + "measured time; r_s = the theoretical speed-up from the complexity count; m = FP32 model bytes / packed "
        + "model bytes.");
    String peaks = peakNote(table);
    if (!peaks.isEmpty()) {
      notes.add(peaks);
    }
    for (String op : needingExtra) {
      notes.add(op + ": " + Operators.create(op).extraFpPass().description() + "; timed with that pass.");
    }
    if (noisy) {
      notes.add("† measured while other processes used more than " + NOISY_CORES + " of a core: not a clean "
          + "measurement.");
    }
    if (unresolved) {
      notes.add("‡ JMH's 99.9% error is " + Math.round(100 * UNRESOLVED_ERROR) + "% of the mean or more: not resolved "
          + "at this run length (more forks and iterations, as standard and paper run, or a quieter machine); its "
          + "speed-ups are as uncertain.");
    }
    Table t = Table.create("Hardware inference", model, setting, operator, impl, latency, vsBest, vsFp, vsTorch,
        idealColumn, peak, rs, storage, extra);
    return new BenchTable(TRACK, "Hardware inference", t, notes);
  }

  /** Peaks and kernel paths of the run, from the roofline and kernel-path rows; empty without them. */
  private static String peakNote(Table table) {
    StringBuilder note = new StringBuilder();
    for (ResultRow r : TableRows.select(table, TRACK, "peak_macs_per_second")) {
      note.append(note.length() == 0 ? "peaks measured by the probe: " : ", ").append(r.operator()).append(' ')
          .append(Format.significant(r.value() / 1e9, 4)).append(" G MAC/s (").append(r.setting()).append(')');
    }
    for (ResultRow r : TableRows.select(table, TRACK, "path_macs_per_second")) {
      if (r.setting().endsWith("chosen=true")) {
        note.append(note.length() == 0 ? "" : "; ").append(r.operator()).append(" kernels: ")
            .append(r.setting().split(",")[0].replace("path=", ""));
      }
    }
    return note.toString();
  }

  /** "needs extra FP pass", "no", or "unknown operator" for an id no plug-in has. */
  static String extraPass(String operator) {
    try {
      return Operators.create(operator).extraFpPass() == ExtraFpPass.NONE ? "no" : "needs extra FP pass";
    } catch (BadInputException e) {
      return "unknown operator";
    }
  }

  private static String settingKey(ResultRow r) {
    return r.arch() + "|" + r.operator() + "|" + r.setting();
  }

  private static Map<String, Double> valueBySetting(Table table, String metric) {
    Map<String, Double> values = new LinkedHashMap<>();
    for (ResultRow r : TableRows.select(table, TRACK, metric)) {
      values.put(settingKey(r), r.value());
    }
    return values;
  }

  /** The value of a per-model metric, whatever the setting (the first one found). */
  private static Map<String, Double> valueByArch(Table table, String metric) {
    Map<String, Double> values = new LinkedHashMap<>();
    for (ResultRow r : TableRows.select(table, TRACK, metric)) {
      values.putIfAbsent(r.arch() + "|" + r.operator(), r.value());
    }
    return values;
  }
}
