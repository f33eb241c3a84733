package bibench.harness.tables;

import bibench.results.ResultRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The deployment check of the hardware-inference track: for each trained model converted to the
 * 1-bit kernels, the share of test samples whose arg-max matches the DJL model's, the largest logit
 * difference, and the storage ratio m = FP32 bytes / deployed bytes.
 */
final class DeploymentCheckTable {
  private DeploymentCheckTable() {}

  /** The table, or null when the rows hold no deployment check. */
  static BenchTable build(Table table) {
    List<ResultRow> agreement = TableRows.select(table, InferenceTable.TRACK, "agreement");
    List<ResultRow> unsupported = TableRows.select(table, InferenceTable.TRACK, "unsupported");
    if (agreement.isEmpty() && unsupported.isEmpty()) {
      return null;
    }
    Map<String, Double> error = byCell(TableRows.select(table, InferenceTable.TRACK, "max_logit_error"));
    Map<String, Double> bytes = byCell(TableRows.select(table, InferenceTable.TRACK, "model_bytes"));
    Map<String, Double> fp32Bytes = byCell(TableRows.select(table, InferenceTable.TRACK, "fp32_model_bytes"));
    StringColumn model = StringColumn.create("model");
    StringColumn operator = StringColumn.create("operator");
    StringColumn seed = StringColumn.create("seed");
    StringColumn agree = StringColumn.create("arg-max agreement (%)");
    StringColumn maxError = StringColumn.create("max logit error");
    StringColumn size = StringColumn.create("deployed KiB");
    StringColumn ratio = StringColumn.create("m");
    for (ResultRow r : agreement) {
      String key = key(r);
      model.append(TableRows.model(r));
      operator.append(r.operator());
      seed.append(Long.toString(r.seed()));
      agree.append(Double.isNaN(r.value()) ? "diverged" : Format.fixed(r.value(), 2));
      maxError.append(Format.significant(error.getOrDefault(key, Double.NaN), 2));
      size.append(Format.fixed(bytes.getOrDefault(key, Double.NaN) / 1024, 1));
      ratio.append(Format.fixed(fp32Bytes.getOrDefault(key, Double.NaN) / bytes.getOrDefault(key, Double.NaN), 2));
    }
    for (ResultRow r : unsupported) {
      model.append(TableRows.model(r));
      operator.append(r.operator());
      seed.append(Long.toString(r.seed()));
      agree.append("unsupported");
      maxError.append("-");
      size.append("-");
      ratio.append("-");
    }
    Table t = Table.create("Deployment check", model, operator, seed, agree, maxError, size, ratio);
    List<String> notes = new java.util.ArrayList<>(List.of(
        "Each trained model converted to the packed kernels (XNOR/popcount; ternary x binary; binary plus a sparse "
            + "correction for PB-LLM; fp32: our FP32 kernels) and run beside the DJL model over the whole test split; "
            + "agreement = samples with the same arg-max.",
        "m = FP32 model bytes / deployed bytes (packed weights plus the FP parameters the deployed model keeps)."));
    if (!unsupported.isEmpty()) {
      notes.add("unsupported: no packed kernel serves that operator's layers yet (such as BitNet b1.58's per-token "
          + "8-bit activations in convolutions); it is neither checked nor timed, and says so here instead of "
          + "dropping out.");
    }
    return new BenchTable("deployment_check", "Deployment check", t, notes);
  }

  private static String key(ResultRow r) {
    return r.task() + "|" + r.arch() + "|" + r.operator() + "|" + r.seed();
  }

  private static Map<String, Double> byCell(List<ResultRow> rows) {
    Map<String, Double> values = new LinkedHashMap<>();
    for (ResultRow r : rows) {
      values.put(key(r), r.value());
    }
    return values;
  }
}
