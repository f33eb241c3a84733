package bibench.tracks;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import bibench.data.DataFingerprint;
import bibench.data.TaskData;
import bibench.models.Architecture;
import bibench.models.Architectures;
import bibench.models.ModelSpec;
import bibench.operators.BinaryOperator;
import bibench.operators.Operators;
import bibench.train.Batches;
import bibench.train.ModelTrainer;
import bibench.train.TrainingJob;
import bibench.train.TrainingOutcome;
import bibench.train.TrainingRecipe;

/**
 * Trains the models of a task plan by BiBench's recipe, each at most once per run: the FP32 model
 * first, then an operator's model from its weights (or from scratch). Every outcome is kept in the
 * {@link CheckpointStore} under its {@link ModelKey} (tied to the data and the training code), so
 * tracks that need the same model (learning task, architecture, robustness, deployment checks)
 * share it, a resumed run does not train it again, and FP32 models are reused across runs.
 */
final class Trainings {
  private Trainings() {}

  /**
   * What a plan trains on, loaded once: the data, its fingerprint, the architecture, the model's
   * shape, and the hash of the training code (so a stored model is tied to both).
   */
  record Setup(TaskData data, String dataFingerprint, Architecture architecture, ModelSpec spec, String codeHash) {
    static Setup of(RunContext context, TaskPlan plan) {
      TaskData data = context.data().load(plan.task(), plan.maxTrain(), plan.maxTest(), plan.points());
      Architecture architecture = Architectures.byId(plan.arch());
      ModelSpec spec = new ModelSpec(data.train().sampleShape(), data.classes(), data.vocabularySize(), plan.width());
      return new Setup(data, DataFingerprint.of(data), architecture, spec, TrainingCode.hash(architecture.getClass()));
    }

    String storageName(ModelKey key) {
      return key.storageName(dataFingerprint, codeHash);
    }
  }

  /**
   * The trained model of {@code operatorId} under {@code plan} with {@code binaryRecipe} for
   * binarized operators.
   *
   * @param crossRunCache whether the FP32 model may come from (and go to) the cross-run cache: true
   *     for cells that score models, false for cells that measure training time
   */
  static TrainingOutcome train(RunContext context, TaskPlan plan, Setup setup, String operatorId, long seed,
      TrainingRecipe binaryRecipe, boolean crossRunCache) {
    BinaryOperator operator = Operators.create(operatorId);
    if (!operator.binary() || !plan.fromScratch()) {
      TrainingOutcome fp32 = context.checkpoints().getOrTrain(setup.storageName(ModelKey.fp32(plan, seed)),
          crossRunCache, () -> {
            context.progress().note("  training the FP32 model of " + plan.task() + "/" + plan.arch() + " seed " + seed);
            return run(context, setup, Operators.create("fp32"), plan.fp32(), seed, null);
          });
      if (!operator.binary() || fp32.weights() == null) {
        return fp32; // the FP32 row itself; or a diverged FP32 start, which the binarized cell inherits
      }
      return context.checkpoints().getOrTrain(setup.storageName(ModelKey.binarized(plan, operatorId, seed, binaryRecipe)),
          false, () -> run(context, setup, operator, binaryRecipe, seed, fp32.weights()));
    }
    return context.checkpoints().getOrTrain(setup.storageName(ModelKey.binarized(plan, operatorId, seed, binaryRecipe)),
        false, () -> run(context, setup, operator, binaryRecipe, seed, null));
  }

  private static TrainingOutcome run(RunContext context, Setup setup, BinaryOperator operator, TrainingRecipe recipe,
      long seed, bibench.train.WeightSnapshot start) {
    TrainingMemory.require(setup.architecture(), operator, setup.spec(), recipe, String.format(
        java.util.Locale.ROOT, "the %s model of %s/%s (width %d, batch_size %d)", operator.id(),
        setup.data().id(), setup.architecture().id(), setup.spec().width(), recipe.batchSize()));
    Block block = setup.architecture().build(operator, setup.spec());
    return ModelTrainer.train(new TrainingJob(block, operator, setup.data(), recipe, seed, start,
        (epoch, epochs, loss, seconds) -> context.progress().epoch(epoch, epochs, loss)));
  }

  /**
   * A fresh model of {@code operatorId} holding {@code outcome}'s weights, in evaluation state (the
   * operator's epoch hook at the last epoch), its parameters in {@code manager}.
   */
  static Block restore(Setup setup, String operatorId, TrainingOutcome outcome, int epochs, NDManager manager) {
    BinaryOperator operator = Operators.create(operatorId);
    operator.onEpoch(epochs - 1, epochs);
    Block block = setup.architecture().build(operator, setup.spec());
    block.initialize(manager, DataType.FLOAT32, Batches.shape(setup.data().train(), 2));
    outcome.weights().restoreInto(block);
    return block;
  }
}
