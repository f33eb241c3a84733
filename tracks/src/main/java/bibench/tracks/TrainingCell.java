package bibench.tracks;

import bibench.data.TaskData;
import bibench.data.TaskMetric;
import bibench.models.Architecture;
import bibench.models.Architectures;
import bibench.models.ModelSpec;
import bibench.operators.BinaryOperator;
import bibench.operators.Operators;
import bibench.results.ResultRow;
import bibench.train.ModelTrainer;
import bibench.train.TrainingJob;
import bibench.train.TrainingOutcome;
import bibench.train.TrainingRecipe;
import bibench.train.WeightSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Trains one operator on one task and architecture with one seed, by BiBench's recipe: the FP32
 * model of the same task, architecture and seed is trained first (once, through the {@link
 * CheckpointStore}); the binarized model starts from its weights, with Hardtanh activations and the
 * operator's extras at their initial values, and is trained further. The learning-task and
 * neural-architecture tracks are both made of these cells.
 */
public final class TrainingCell implements Cell {
  private final String track;
  private final TaskPlan plan;
  private final String operatorId;
  private final long seed;

  /**
   * @param track the track the rows are filed under
   * @param plan the task, architecture and recipes
   * @param operatorId the operator to train ({@code fp32} gives the FP32 model's own row)
   * @param seed the seed
   */
  public TrainingCell(String track, TaskPlan plan, String operatorId, long seed) {
    this.track = track;
    this.plan = plan;
    this.operatorId = operatorId;
    this.seed = seed;
  }

  @Override
  public String track() {
    return track;
  }

  @Override
  public String label() {
    return track + " " + plan.task() + "/" + plan.arch() + " " + operatorId + " seed " + seed;
  }

  @Override
  public String definition() {
    return String.join("|", "training-cell", track, plan.definition(), operatorId, Long.toString(seed));
  }

  private String fp32Definition() {
    return String.join("|", "fp32", plan.task(), plan.arch(), "w" + plan.width(), "train" + plan.maxTrain(),
        "test" + plan.maxTest(), plan.fp32().toString(), Long.toString(seed));
  }

  @Override
  public List<ResultRow> run(RunContext context) {
    TaskData data = context.data().load(plan.task(), plan.maxTrain(), plan.maxTest());
    Architecture architecture = Architectures.byId(plan.arch());
    ModelSpec spec = new ModelSpec(data.train().sampleShape(), data.classes(), data.vocabularySize(), plan.width());
    BinaryOperator operator = Operators.create(operatorId);
    boolean needsFp32 = !operator.binary() || !plan.fromScratch();
    TrainingOutcome fp32 = null;
    if (needsFp32) {
      fp32 = context.checkpoints().getOrTrain(fp32Definition(), () -> {
        context.progress().note("  training the FP32 model of " + plan.task() + "/" + plan.arch() + " seed " + seed);
        return train(architecture, Operators.create("fp32"), spec, data, plan.fp32(), null);
      });
    }
    TrainingOutcome outcome;
    if (!operator.binary()) {
      outcome = fp32;
    } else if (!plan.fromScratch() && fp32.weights() == null) {
      outcome = fp32; // the FP32 start diverged: so does this cell, at the FP32 model's epoch
    } else {
      outcome = train(architecture, operator, spec, data, plan.binary(), plan.fromScratch() ? null : fp32.weights());
    }
    return rows(context.runId(), data, outcome);
  }

  private TrainingOutcome train(Architecture architecture, BinaryOperator operator, ModelSpec spec, TaskData data,
      TrainingRecipe recipe, WeightSnapshot start) {
    return ModelTrainer.train(new TrainingJob(architecture.build(operator, spec), operator, data, recipe, seed, start, null));
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
      rows.add(new ResultRow(runId, track, plan.task(), plan.arch(), operatorId, plan.setting(), seed,
          "epoch_time", outcome.secondsPerEpoch(), "s", false, times.length - first, stddev(times, first)));
    }
    return rows;
  }

  private ResultRow row(String runId, String metric, double value, String unit, boolean higherIsBetter) {
    return ResultRow.single(runId, track, plan.task(), plan.arch(), operatorId, plan.setting(), seed, metric,
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
