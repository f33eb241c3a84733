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
 * the latency JMH measured (± its 99.9% error), the measured speed-ups over our FP32 kernels and
 * over PyTorch next to the theoretical speed-up r_s, the storage ratio m = FP32 bytes / packed
 * bytes, and whether the operator needs an extra FP pass at inference (XNOR-Net's per-sample input
 * scale, XNOR++'s spatial factors), which the kernels time with that pass included.
 */
public final class InferenceTable {
  /** The track id of the rows this table reads. */
  public static final String TRACK = "inference";

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
    Map<String, Double> speedupFp = valueBySetting(table, "speedup_vs_fp32");
    Map<String, Double> speedupTorch = valueBySetting(table, "speedup_vs_pytorch");
    Map<String, Double> theoretical = valueByArch(table, "theoretical_speedup");
    Map<String, Double> bytes = valueByArch(table, "model_bytes");
    StringColumn model = StringColumn.create("model");
    StringColumn setting = StringColumn.create("setting");
    StringColumn operator = StringColumn.create("operator");
    StringColumn impl = StringColumn.create("impl");
    StringColumn latency = StringColumn.create("latency (ms)");
    StringColumn vsFp = StringColumn.create("speed-up vs FP32");
    StringColumn vsTorch = StringColumn.create("speed-up vs PyTorch");
    StringColumn rs = StringColumn.create("r_s (theory)");
    StringColumn storage = StringColumn.create("m");
    StringColumn extra = StringColumn.create("extra FP pass");
    Set<String> needingExtra = new LinkedHashSet<>();
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
      latency.append(Format.significant(r.value(), 4)
          + (Double.isNaN(r.stddev()) ? "" : " ± " + Format.significant(r.stddev(), 2)));
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
        + "path, measured in the same JMH run; r_s = the theoretical speed-up from the complexity count; m = FP32 "
        + "model bytes / packed model bytes.");
    for (String op : needingExtra) {
      notes.add(op + ": " + Operators.create(op).extraFpPass().description() + "; timed with that pass.");
    }
    Table t = Table.create("Hardware inference", model, setting, operator, impl, latency, vsFp, vsTorch, rs, storage,
        extra);
    return new BenchTable(TRACK, "Hardware inference", t, notes);
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
