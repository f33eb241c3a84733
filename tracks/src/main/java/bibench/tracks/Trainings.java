package bibench.tracks;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
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
 * {@link CheckpointStore} under the full definition of its training, so tracks that need the same
 * model (learning task and robustness) share it, and a resumed run does not train it again.
 */
final class Trainings {
  private Trainings() {}

  /** What a plan trains on, loaded once. */
  record Setup(TaskData data, Architecture architecture, ModelSpec spec) {
    static Setup of(RunContext context, TaskPlan plan) {
      TaskData data = context.data().load(plan.task(), plan.maxTrain(), plan.maxTest(), plan.points());
      Architecture architecture = Architectures.byId(plan.arch());
      ModelSpec spec = new ModelSpec(data.train().sampleShape(), data.classes(), data.vocabularySize(), plan.width());
      return new Setup(data, architecture, spec);
    }
  }

  /** The trained model of {@code operatorId} under {@code plan} with {@code recipe} for binarized operators. */
  static TrainingOutcome train(RunContext context, TaskPlan plan, Setup setup, String operatorId, long seed,
      TrainingRecipe binaryRecipe) {
    BinaryOperator operator = Operators.create(operatorId);
    String base = String.join("|", plan.task(), plan.arch(), "w" + plan.width(), "train" + plan.maxTrain(),
        "test" + plan.maxTest(), "points" + plan.points(), "seed" + seed);
    if (!operator.binary() || !plan.fromScratch()) {
      TrainingOutcome fp32 = context.checkpoints().getOrTrain("fp32|" + base + "|" + plan.fp32(), () -> {
        context.progress().note("  training the FP32 model of " + plan.task() + "/" + plan.arch() + " seed " + seed);
        return run(setup, Operators.create("fp32"), plan.fp32(), seed, null);
      });
      if (!operator.binary() || fp32.weights() == null) {
        return fp32; // the FP32 row itself; or a diverged FP32 start, which the binarized cell inherits
      }
      return context.checkpoints().getOrTrain(operatorId + "|" + base + "|from " + plan.fp32() + "|" + binaryRecipe,
          () -> run(setup, operator, binaryRecipe, seed, fp32.weights()));
    }
    return context.checkpoints().getOrTrain(operatorId + "|" + base + "|scratch|" + binaryRecipe,
        () -> run(setup, operator, binaryRecipe, seed, null));
  }

  private static TrainingOutcome run(Setup setup, BinaryOperator operator, TrainingRecipe recipe, long seed,
      bibench.train.WeightSnapshot start) {
    Block block = setup.architecture().build(operator, setup.spec());
    return ModelTrainer.train(new TrainingJob(block, operator, setup.data(), recipe, seed, start, null));
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
