package bibench.results;

import java.util.Objects;

/**
 * One measurement, in the long ("tidy") format every BiBench-J run writes: one row per number.
 * Wide tables are views built from these rows; nothing is computed twice.
 *
 * <p>A per-seed accuracy has {@code n = 1} and no {@code stddev} ({@code NaN}); a JMH score
 * carries JMH's sample count and error.
 *
 * @param runId the run this row belongs to
 * @param track the track id, such as {@code learning_task}
 * @param task the task (data set) id, such as {@code optdigits}; empty when not applicable
 * @param arch the architecture id, such as {@code mlp}; empty when not applicable
 * @param operator the operator id, such as {@code bnn} or {@code fp32}
 * @param setting anything else that identifies the cell, such as {@code adam-1e-3-cosine};
 *     empty when the cell has one setting
 * @param seed the seed of the measurement, or -1 when it aggregates several
 * @param metric the metric name, such as {@code accuracy}
 * @param value the measured value ({@code NaN} for a diverged cell)
 * @param unit the unit, such as {@code %} or {@code ms}
 * @param higherIsBetter the metric's direction
 * @param n number of samples behind {@code value}
 * @param stddev spread of those samples, {@code NaN} when {@code n = 1}
 */
public record ResultRow(
    String runId,
    String track,
    String task,
    String arch,
    String operator,
    String setting,
    long seed,
    String metric,
    double value,
    String unit,
    boolean higherIsBetter,
    int n,
    double stddev) {

  public ResultRow {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(track, "track");
    task = task == null ? "" : task;
    arch = arch == null ? "" : arch;
    Objects.requireNonNull(operator, "operator");
    setting = setting == null ? "" : setting;
    Objects.requireNonNull(metric, "metric");
    unit = unit == null ? "" : unit;
  }

  /** A single-seed measurement. */
  public static ResultRow single(
      String runId, String track, String task, String arch, String operator, String setting,
      long seed, String metric, double value, String unit, boolean higherIsBetter) {
    return new ResultRow(
        runId, track, task, arch, operator, setting, seed, metric, value, unit, higherIsBetter, 1,
        Double.NaN);
  }

  /** The identity of the measurement without its value: what two runs compare on. */
  public String key() {
    return String.join("|", track, task, arch, operator, setting, Long.toString(seed), metric);
  }
}
