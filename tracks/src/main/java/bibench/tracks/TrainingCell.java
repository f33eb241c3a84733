package bibench.tracks;

import bibench.data.TaskData;
import bibench.data.TaskMetric;
import bibench.results.ResultRow;
import bibench.train.TaskScore;
import bibench.train.TrainingOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Trains one operator on one task and architecture with one seed, by BiBench's recipe (see {@link
 * Trainings}: the FP32 model first, once; the binarized model from its weights, with Hardtanh and
 * the operator's extras at their initial values), and scores it on the test split. The
 * learning-task, neural-architecture and training-consumption tracks are made of these cells. The
 * FP32 cell also writes the task's trivial score and test-split size, which the tables' validity
 * rule and the gate's standard errors need.
 */
public final class TrainingCell implements Cell {
  private final String track;
  private final TaskPlan plan;
  private final String operatorId;
  private final long seed;
  private final String setting;

  /**
   * @param track the track the rows are filed under
   * @param plan the task, architecture and recipes
   * @param operatorId the operator to train ({@code fp32} gives the FP32 model's own row)
   * @param seed the seed
   * @param setting the setting column of the rows
   */
  public TrainingCell(String track, TaskPlan plan, String operatorId, long seed, String setting) {
    this.track = track;
    this.plan = plan;
    this.operatorId = operatorId;
    this.seed = seed;
    this.setting = setting;
  }

  @Override
  public String track() {
    return track;
  }

  @Override
  public String label() {
    return track + " " + plan.task() + "/" + plan.arch() + " " + operatorId
        + (setting.equals(plan.setting()) ? "" : " " + setting) + " seed " + seed;
  }

  @Override
  public String definition() {
    return String.join("|", "training-cell", track, plan.definition(), operatorId, Long.toString(seed), setting);
  }

  @Override
  public Optional<ModelKey> sharedModel() {
    boolean fromScratch = plan.fromScratch() && !operatorId.equals("fp32");
    return Optional.of(fromScratch ? ModelKey.binarized(plan, operatorId, seed, plan.binary()) : ModelKey.fp32(plan, seed));
  }

  @Override
  public double estimatedCost() {
    return CellCosts.training(plan, operatorId.equals("fp32") ? plan.fp32() : plan.binary());
  }

  @Override
  public List<ResultRow> run(RunContext context) {
    if (!Applicability.applies(operatorId, plan.arch())) {
      return Applicability.notApplicable(context.runId(), track, plan.task(), plan.arch(), operatorId, setting, seed);
    }
    Trainings.Setup setup = Trainings.Setup.of(context, plan);
    // Cells that measure training time must train; every other cell may reuse a cached FP32 model.
    boolean crossRunCache = !track.equals(TrainingConsumptionTrack.ID);
    TrainingOutcome outcome = Trainings.train(context, plan, setup, operatorId, seed, plan.binary(), crossRunCache);
    List<ResultRow> rows = rows(context.runId(), setup.data(), outcome);
    if (operatorId.equals("fp32")) {
      rows.addAll(taskRows(context.runId(), setup.data()));
    }
    return rows;
  }

  private List<ResultRow> rows(String runId, TaskData data, TrainingOutcome outcome) {
    List<ResultRow> rows = new ArrayList<>();
    rows.add(row(runId, "score", outcome.score().score(), "%", true));
    if (data.metric() != TaskMetric.ACCURACY) {
      rows.add(row(runId, "accuracy", outcome.score().accuracy(), "%", true));
    }
    if (data.metric() == TaskMetric.ACCURACY_F1) {
      rows.add(row(runId, "f1", outcome.score().f1(), "%", true));
    }
    if (outcome.diverged()) {
      rows.add(row(runId, "diverged_epoch", outcome.divergedAtEpoch(), "epoch", false));
    } else {
      double[] times = outcome.epochSeconds();
      int first = times.length > 1 ? 1 : 0;
      rows.add(new ResultRow(runId, track, plan.task(), plan.arch(), operatorId, setting, seed,
          "epoch_time", outcome.secondsPerEpoch(), "s", false, times.length - first, stddev(times, first)));
    }
    return rows;
  }

  /**
   * What the tables need to judge the task itself, written with the FP32 cell: the trivial score s0
   * (always answering the training split's majority class) and the number of test samples (for the
   * binomial standard error of a score).
   */
  private List<ResultRow> taskRows(String runId, TaskData data) {
    double trivial = TaskScore.majorityClass(data.metric(), data.train().labels(), data.test().labels()).score();
    return List.of(row(runId, "trivial_score", trivial, "%", true),
        row(runId, "test_samples", data.test().size(), "count", true));
  }

  private ResultRow row(String runId, String metric, double value, String unit, boolean higherIsBetter) {
    return ResultRow.single(runId, track, plan.task(), plan.arch(), operatorId, setting, seed, metric,
        value, unit, higherIsBetter);
  }

  private static double stddev(double[] values, int from) {
    int n = values.length - from;
    if (n < 2) {
      return Double.NaN;
    }
    double mean = 0;
    for (int i = from; i < values.length; i++) {
      mean += values[i] / n;
    }
    double sum = 0;
    for (int i = from; i < values.length; i++) {
      sum += (values[i] - mean) * (values[i] - mean);
    }
    return Math.sqrt(sum / (n - 1));
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "TrainingCell[%s]", label());
  }
}
