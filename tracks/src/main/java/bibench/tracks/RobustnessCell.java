package bibench.tracks;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import bibench.data.Split;
import bibench.data.TaskMetric;
import bibench.data.corrupt.Corruption;
import bibench.results.ResultRow;
import bibench.train.Evaluation;
import bibench.train.TaskScore;
import bibench.train.TrainingOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * Track 3 for one operator, task and seed: the model trained on clean data by BiBench's recipe
 * (shared with the learning-task track when the plan is the same) is scored on the clean test
 * split and on every corruption at every severity. The FP32 cell also counts, per corruption and
 * severity, the test samples the corruption changed at all.
 */
final class RobustnessCell implements Cell {
  private final TaskPlan plan;
  private final String operatorId;
  private final long seed;
  private final List<Corruption> corruptions;
  private final List<Integer> severities;
  private final CorruptedSets sets;

  RobustnessCell(TaskPlan plan, String operatorId, long seed, List<Corruption> corruptions, List<Integer> severities,
      CorruptedSets sets) {
    this.plan = plan;
    this.operatorId = operatorId;
    this.seed = seed;
    this.corruptions = List.copyOf(corruptions);
    this.severities = List.copyOf(severities);
    this.sets = sets;
  }

  @Override
  public String track() {
    return RobustnessTrack.ID;
  }

  @Override
  public String label() {
    return RobustnessTrack.ID + " " + plan.task() + "/" + plan.arch() + " " + operatorId + " seed " + seed;
  }

  @Override
  public String definition() {
    List<String> ids = corruptions.stream().map(Corruption::id).toList();
    return String.join("|", "robustness-cell", plan.definition(), operatorId, Long.toString(seed),
        ids.toString(), severities.toString(), "noise" + CorruptedSets.NOISE_SEED);
  }

  @Override
  public java.util.Optional<ModelKey> sharedModel() {
    return java.util.Optional.of(plan.fromScratch() && !operatorId.equals("fp32")
        ? ModelKey.binarized(plan, operatorId, seed, plan.binary()) : ModelKey.fp32(plan, seed));
  }

  @Override
  public double estimatedCost() {
    return CellCosts.scoring(plan, 1 + corruptions.size() * severities.size());
  }

  @Override
  public List<ResultRow> run(RunContext context) {
    if (!Applicability.applies(operatorId, plan.arch())) {
      return Applicability.notApplicable(context.runId(), track(), plan.task(), plan.arch(), operatorId, "", seed);
    }
    Trainings.Setup setup = Trainings.Setup.of(context, plan);
    if (setup.data().metric() != TaskMetric.ACCURACY || setup.data().test().sampleShape().length != 3) {
      throw new bibench.BadInputException("the robustness track needs an image task, not " + plan.task(),
          "give it image tasks such as optdigits, fashion-mnist or cifar10");
    }
    TrainingOutcome outcome = Trainings.train(context, plan, setup, operatorId, seed, plan.binary(), true);
    List<ResultRow> rows = new ArrayList<>();
    if (outcome.diverged()) {
      rows.add(row(context, "clean", Double.NaN));
      rows.add(ResultRow.single(context.runId(), track(), plan.task(), plan.arch(), operatorId, "clean", seed,
          "diverged_epoch", outcome.divergedAtEpoch(), "epoch", false));
      return rows;
    }
    int epochs = operatorId.equals("fp32") ? plan.fp32().epochs() : plan.binary().epochs();
    try (NDManager manager = NDManager.newBaseManager()) {
      Block model = Trainings.restore(setup, operatorId, outcome, epochs, manager);
      Split test = setup.data().test();
      rows.add(row(context, "clean", accuracy(model, manager, test)));
      String key = plan.task() + "|" + plan.maxTest();
      for (Corruption c : corruptions) {
        for (int severity : severities) {
          Split corrupted = sets.get(key, test, c, severity);
          rows.add(row(context, c.id() + "/" + severity, accuracy(model, manager, corrupted)));
          if (operatorId.equals("fp32")) {
            rows.add(ResultRow.single(context.runId(), track(), plan.task(), plan.arch(), operatorId,
                c.id() + "/" + severity, seed, "changed_samples", changedSamples(test, corrupted), "count", true));
          }
        }
      }
    }
    return rows;
  }

  /**
   * How many samples of {@code corrupted} differ from {@code clean} in any value: a corruption that
   * changes none (saturation of a gray image, say) is not a corruption of this data set, and the
   * robustness table leaves it out; this is measured, never assumed.
   */
  static int changedSamples(Split clean, Split corrupted) {
    int per = clean.sampleSize();
    float[] a = clean.features();
    float[] b = corrupted.features();
    int changed = 0;
    for (int n = 0; n < clean.size(); n++) {
      if (java.util.Arrays.mismatch(a, n * per, (n + 1) * per, b, n * per, (n + 1) * per) >= 0) {
        changed++;
      }
    }
    return changed;
  }

  private static double accuracy(Block model, NDManager manager, Split split) {
    int[] predictions = Evaluation.predict(model, manager, split, 256);
    return predictions == null ? Double.NaN : TaskScore.of(TaskMetric.ACCURACY, predictions, split.labels()).accuracy();
  }

  private ResultRow row(RunContext context, String setting, double value) {
    return ResultRow.single(context.runId(), track(), plan.task(), plan.arch(), operatorId, setting, seed, "score",
        value, "%", true);
  }
}
