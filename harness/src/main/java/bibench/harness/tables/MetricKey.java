package bibench.harness.tables;

import bibench.results.ResultRow;
import java.util.ArrayList;
import java.util.List;

/**
 * What a measurement is, without its seed or run: track, task, architecture, operator, setting and
 * metric. Rows of several seeds with one key are repeated measurements of one metric; two runs are
 * compared key by key.
 *
 * @param track the track id
 * @param task the task, or ""
 * @param arch the architecture or timed model, or ""
 * @param operator the operator id
 * @param setting the setting, or ""
 * @param metric the metric name
 */
public record MetricKey(String track, String task, String arch, String operator, String setting, String metric) {

  /** The key of a row. */
  public static MetricKey of(ResultRow r) {
    return new MetricKey(r.track(), r.task(), r.arch(), r.operator(), r.setting(), r.metric());
  }

  /**
   * A readable, stable name: the non-empty fields joined by spaces, such as {@code learning_task
   * optdigits/mlp bnn finetune score}.
   */
  public String name() {
    List<String> parts = new ArrayList<>();
    parts.add(track);
    String model = task.isEmpty() ? arch : arch.isEmpty() ? task : task + "/" + arch;
    for (String part : List.of(model, operator, setting, metric)) {
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    return String.join(" ", parts);
  }
}
