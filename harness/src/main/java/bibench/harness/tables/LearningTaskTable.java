package bibench.harness.tables;

import bibench.results.ResultRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * BiBench's learning-task tables, from the rows alone. The headline: per binarized operator its
 * rank interval, O_task = qmean over the tasks that count of A, times 100, computed per seed and
 * given as mean ± 95% CI over the seeds common to those tasks, then A and A0 per task. Then the
 * scores (with each task's trivial score s0) and each task's validity: a task counts only when
 * FP32 learned it (see {@link Validity}).
 */
public final class LearningTaskTable {
  /** The track id of the rows this table reads. */
  public static final String TRACK = "learning_task";

  private LearningTaskTable() {}

  /** The headline, scores and validity tables; empty when the rows have no learning-task scores. */
  public static List<BenchTable> build(List<ResultRow> rows) {
    RelativeScores cells = RelativeScores.of(rows, TRACK);
    if (cells.columns.isEmpty()) {
      return List.of();
    }
    List<RelativeScores.Column> counted = cells.counted();
    RelativeTable headline = new RelativeTable(cells, "O_task");
    for (String op : cells.binarized()) {
      Set<Long> seeds = RelativeScores.commonSeeds(op, counted);
      if (counted.isEmpty()) {
        headline.overall(op, Map.of(), "no task counts");
      } else if (seeds.isEmpty()) {
        headline.overall(op, Map.of(), "no seed common to every task that counts");
      } else {
        List<Map<Long, Double>> as = new ArrayList<>();
        counted.forEach(c -> as.add(RelativeScores.relative(c, op)));
        headline.overall(op, RelativeTable.qmeanPerSeed(as, seeds, 100), null);
      }
    }
    BenchTable main = headline.build(TRACK, "Learning task", List.of(
        "O_task = qmean over the tasks that count of A, times 100, per seed; then mean ± CI over the seeds every "
            + "counted task has."));
    List<String> order = headline.order();
    return List.of(main,
        TrainingCellTables.scores(TRACK + "_scores", "Learning task: scores", cells, order),
        TrainingCellTables.validity(TRACK + "_validity", "Learning task: which tasks count", cells, "O_task", "task"));
  }

  static List<String> fp32First(Iterable<String> operators) {
    List<String> ordered = new ArrayList<>();
    for (String op : operators) {
      if (op.equals("fp32")) {
        ordered.add(0, op);
      } else {
        ordered.add(op);
      }
    }
    return ordered;
  }
}
