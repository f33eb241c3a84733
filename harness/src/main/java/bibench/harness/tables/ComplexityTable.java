package bibench.harness.tables;

import bibench.harness.stats.Summary;
import bibench.results.ResultRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * BiBench's theoretical-complexity table, counted on the deployed graph: per model (input shape
 * and architecture) and operator the binary and FP parameter and MAC counts, the compression
 * ratio r_c = params of the FP32 model / (binary params / 32 + FP params), the speed-up ratio
 * r_s = MACs of the FP32 model / (binary MACs / 64 + FP MACs), and O_comp = qmean(r_c, r_s).
 */
public final class ComplexityTable {
  /** The track id of the rows this table reads. */
  public static final String TRACK = "complexity";

  private static final List<String> METRICS = List.of("params_binary", "params_lowbit", "params_fp", "storage_bits",
      "macs_binary", "macs_lowbit", "macs_fp", "macs_extra_fp", "macs_effective");

  private ComplexityTable() {}

  /** The counts of one model and operator. */
  record Counts(Map<String, Double> byMetric) {
    double get(String metric) {
      return byMetric.getOrDefault(metric, Double.NaN);
    }

    /** Parameters of the model counted at full precision: what the FP32 model has. */
    double params() {
      return zeroIfMissing("params_binary") + zeroIfMissing("params_lowbit") + zeroIfMissing("params_fp");
    }

    double macs() {
      return zeroIfMissing("macs_binary") + zeroIfMissing("macs_lowbit") + zeroIfMissing("macs_fp");
    }

    /** Effective parameters: stored bits / 32 (binary ones weigh 1/32); older runs without storage_bits. */
    double effectiveParams() {
      double bits = get("storage_bits");
      return Double.isNaN(bits) ? zeroIfMissing("params_binary") / 32 + zeroIfMissing("params_fp") : bits / 32;
    }

    /** Effective MACs: b_w b_a / 64 each (binary ones weigh 1/64); older runs without macs_effective. */
    double effectiveMacs() {
      double effective = get("macs_effective");
      return Double.isNaN(effective) ? zeroIfMissing("macs_binary") / 64 + zeroIfMissing("macs_fp") : effective;
    }

    private double zeroIfMissing(String metric) {
      double v = get(metric);
      return Double.isNaN(v) ? 0 : v;
    }
  }

  /** The table, or null when the rows have no complexity counts. */
  public static BenchTable build(Table table) {
    Map<String, Map<String, Counts>> counts = new LinkedHashMap<>();
    List<ResultRow> all = new java.util.ArrayList<>();
    for (String metric : METRICS) {
      for (ResultRow r : TableRows.select(table, TRACK, metric)) {
        all.add(r);
      }
    }
    if (all.isEmpty()) {
      return null;
    }
    for (ResultRow r : all) {
      counts.computeIfAbsent(TableRows.model(r), k -> new LinkedHashMap<>())
          .computeIfAbsent(r.operator(), k -> new Counts(new LinkedHashMap<>())).byMetric().put(r.metric(), r.value());
    }
    List<String> operators = TableRows.operators(all);
    StringColumn model = StringColumn.create("model");
    StringColumn operator = StringColumn.create("operator");
    StringColumn paramsBinary = StringColumn.create("params binary");
    StringColumn paramsFp = StringColumn.create("params FP");
    StringColumn macsBinary = StringColumn.create("MACs binary");
    StringColumn macsFp = StringColumn.create("MACs FP");
    StringColumn macsExtra = StringColumn.create("extra FP MACs");
    StringColumn paramsLow = StringColumn.create("params low-bit");
    StringColumn macsLow = StringColumn.create("MACs low-bit");
    StringColumn storage = StringColumn.create("storage");
    StringColumn rc = StringColumn.create("r_c");
    StringColumn rs = StringColumn.create("r_s");
    StringColumn overall = StringColumn.create("O_comp");
    for (Map.Entry<String, Map<String, Counts>> byModel : counts.entrySet()) {
      Counts fp = byModel.getValue().get("fp32");
      for (String op : operators) {
        Counts c = byModel.getValue().get(op);
        if (c == null) {
          continue;
        }
        double compression = fp == null ? Double.NaN : fp.params() / c.effectiveParams();
        double speedup = fp == null ? Double.NaN : fp.macs() / c.effectiveMacs();
        model.append(byModel.getKey());
        operator.append(op);
        paramsBinary.append(Format.count(c.get("params_binary")));
        paramsFp.append(Format.count(c.get("params_fp")));
        macsBinary.append(Format.count(c.get("macs_binary")));
        macsFp.append(Format.count(c.get("macs_fp")));
        macsExtra.append(Format.count(c.get("macs_extra_fp")));
        paramsLow.append(Format.count(c.get("params_lowbit")));
        macsLow.append(Format.count(c.get("macs_lowbit")));
        storage.append(Double.isNaN(c.get("storage_bits")) ? "-" : Format.count(c.get("storage_bits") / 8) + "B");
        rc.append(Format.fixed(compression, 2));
        rs.append(Format.fixed(speedup, 2));
        overall.append(Format.fixed(Summary.quadraticMean(List.of(compression, speedup)), 2));
      }
    }
    boolean lowBit = all.stream().anyMatch(r -> r.metric().equals("params_lowbit") && r.value() > 0);
    Table t = lowBit
        ? Table.create("Theoretical complexity", model, operator, paramsBinary, paramsLow, paramsFp, storage, macsBinary,
            macsLow, macsFp, macsExtra, rc, rs, overall)
        : Table.create("Theoretical complexity", model, operator, paramsBinary, paramsFp, macsBinary, macsFp, macsExtra,
            rc, rs, overall);
    List<String> notes = new java.util.ArrayList<>(List.of(
        "Counted on the deployed graph; model = input shape / architecture. MACs FP include the operator's extra FP "
            + "work at inference (shown alone as extra FP MACs). BatchNorm, activations and residual adds are not "
            + "counted (they fold or are negligible).",
        "r_c = params of FP32 / (stored bits / 32), a binary weight storing 1 bit and an FP one 32 (params binary / 32 "
            + "+ params FP); r_s = MACs of FP32 / effective MACs, a binary MAC weighing 1/64 and an FP one 1 (MACs binary "
            + "/ 64 + MACs FP); O_comp = qmean(r_c, r_s)."));
    if (lowBit) {
      notes.add("Low-bit (neither 1-bit nor FP) weights: ternary ones store 1.6 bits (five per byte, 3^5 = 243 <= 256) "
          + "and a PB-LLM salient weight 8 bits plus its column index and row offsets (with the 1-bit plane under it); a low-bit MAC weighs b_w b_a / 64 (ternary b_w = 2; 8-bit "
          + "activations b_a = 8). storage = all stored weight bytes.");
    }
    return new BenchTable(TRACK, "Theoretical complexity", t, notes);
  }
}
