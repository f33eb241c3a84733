package bibench.tracks;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import bibench.data.Split;
import bibench.deploy.DeployOptions;
import bibench.deploy.DeployedModel;
import bibench.deploy.ModelConverter;
import bibench.results.ResultRow;
import bibench.train.Batches;
import bibench.train.Evaluation;
import bibench.train.TrainingOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * Track 6, the correctness half: a trained model (the learning-task one when the plan is the same)
 * is converted to the 1-bit kernels and both run over the whole test split. Rows: the share of
 * samples whose arg-max agrees, the largest logit difference, and the deployed and FP32 model bytes.
 */
final class DeployCheckCell implements Cell {
  private static final int BATCH = 64;
  private final TaskPlan plan;
  private final String operatorId;
  private final long seed;

  DeployCheckCell(TaskPlan plan, String operatorId, long seed) {
    this.plan = plan;
    this.operatorId = operatorId;
    this.seed = seed;
  }

  @Override
  public String track() {
    return DeployChecks.TRACK;
  }

  @Override
  public String label() {
    return DeployChecks.TRACK + " deploy " + plan.task() + "/" + plan.arch() + " " + operatorId + " seed " + seed;
  }

  @Override
  public String definition() {
    return String.join("|", "deploy-check", plan.definition(), operatorId, Long.toString(seed));
  }

  @Override
  public java.util.Optional<ModelKey> sharedModel() {
    return java.util.Optional.of(plan.fromScratch() && !operatorId.equals("fp32")
        ? ModelKey.binarized(plan, operatorId, seed, plan.binary()) : ModelKey.fp32(plan, seed));
  }

  @Override
  public double estimatedCost() {
    return CellCosts.scoring(plan, 1);
  }

  @Override
  public List<ResultRow> run(RunContext context) {
    if (!Applicability.applies(operatorId, plan.arch())) {
      return Applicability.notApplicable(context.runId(), track(), plan.task(), plan.arch(), operatorId,
          "impl=bitpacked,check", seed);
    }
    if (!Applicability.deployable(operatorId)) {
      return Applicability.unsupported(context.runId(), track(), plan.task(), plan.arch(), operatorId, seed);
    }
    Trainings.Setup setup = Trainings.Setup.of(context, plan);
    TrainingOutcome outcome = Trainings.train(context, plan, setup, operatorId, seed, plan.binary(), true);
    List<ResultRow> rows = new ArrayList<>();
    if (outcome.diverged()) {
      rows.add(row(context, "agreement", Double.NaN, "%", true));
      return rows;
    }
    int epochs = operatorId.equals("fp32") ? plan.fp32().epochs() : plan.binary().epochs();
    Split test = setup.data().test();
    try (NDManager manager = NDManager.newBaseManager()) {
      Block model = Trainings.restore(setup, operatorId, outcome, epochs, manager);
      DeployedModel deployed = ModelConverter.convert(model, test.sampleShape(), DeployOptions.of(BATCH));
      float[][] logits = Evaluation.logits(model, manager, test, BATCH);
      int classes = deployed.outputsPerSample();
      int agree = 0;
      double maxError = 0;
      int[] order = Batches.identity(test.size());
      for (int from = 0; from < test.size(); from += BATCH) {
        int to = Math.min(test.size(), from + BATCH);
        float[] out = deployed.forward(slice(test, order, from, to), to - from);
        for (int n = from; n < to; n++) {
          int best = 0;
          int reference = 0;
          for (int c = 0; c < classes; c++) {
            float v = out[(n - from) * classes + c];
            maxError = Math.max(maxError, Math.abs(v - logits[n][c]));
            best = v > out[(n - from) * classes + best] ? c : best;
            reference = logits[n][c] > logits[n][reference] ? c : reference;
          }
          agree += best == reference ? 1 : 0;
        }
      }
      rows.add(row(context, "agreement", 100.0 * agree / test.size(), "%", true));
      rows.add(row(context, "max_logit_error", maxError, "", false));
      rows.add(row(context, "model_bytes", deployed.bytes(), "B", false));
      rows.add(row(context, "fp32_model_bytes", deployed.fp32Bytes(), "B", false));
    }
    return rows;
  }

  private static float[] slice(Split split, int[] order, int from, int to) {
    int per = split.sampleSize();
    float[] x = new float[(to - from) * per];
    System.arraycopy(split.features(), order[from] * per, x, 0, x.length);
    return x;
  }

  private ResultRow row(RunContext context, String metric, double value, String unit, boolean higherIsBetter) {
    return ResultRow.single(context.runId(), track(), plan.task(), plan.arch(), operatorId, "impl=bitpacked,check",
        seed, metric, value, unit, higherIsBetter);
  }
}
