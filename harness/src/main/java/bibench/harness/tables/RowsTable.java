package bibench.harness.tables;

import bibench.results.ResultRow;
import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The tidy rows as a Tablesaw table, the one input every BiBench table is built from. */
public final class RowsTable {
  private RowsTable() {}

  /** One Tablesaw row per result row, with the columns of results.csv. */
  public static Table of(List<ResultRow> rows) {
    StringColumn run = StringColumn.create("run_id");
    StringColumn track = StringColumn.create("track");
    StringColumn task = StringColumn.create("task");
    StringColumn arch = StringColumn.create("arch");
    StringColumn op = StringColumn.create("operator");
    StringColumn setting = StringColumn.create("setting");
    LongColumn seed = LongColumn.create("seed");
    StringColumn metric = StringColumn.create("metric");
    DoubleColumn value = DoubleColumn.create("value");
    StringColumn unit = StringColumn.create("unit");
    BooleanColumn higher = BooleanColumn.create("higher_is_better");
    IntColumn n = IntColumn.create("n");
    DoubleColumn stddev = DoubleColumn.create("stddev");
    for (ResultRow r : rows) {
      run.append(r.runId());
      track.append(r.track());
      task.append(r.task());
      arch.append(r.arch());
      op.append(r.operator());
      setting.append(r.setting());
      seed.append(r.seed());
      metric.append(r.metric());
      value.append(r.value());
      unit.append(r.unit());
      higher.append(r.higherIsBetter());
      n.append(r.n());
      stddev.append(r.stddev());
    }
    return Table.create("results", run, track, task, arch, op, setting, seed, metric, value, unit, higher, n, stddev);
  }

  /** The rows of one track and metric. */
  public static Table select(Table rows, String track, String metric) {
    return rows.where(rows.stringColumn("track").isEqualTo(track).and(rows.stringColumn("metric").isEqualTo(metric)));
  }
}
