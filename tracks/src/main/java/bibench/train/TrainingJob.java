package bibench.train;

import ai.djl.nn.Block;
import bibench.data.TaskData;
import bibench.operators.BinaryOperator;
import java.util.Objects;

/**
 * One model to train and score.
 *
 * @param block the model, uninitialized
 * @param operator the operator its binarized layers use (its epoch hook is called every epoch)
 * @param data the task
 * @param recipe how to train
 * @param seed seeds the engine's initializers and the batch order
 * @param warmStart weights to start from (BiBench's recipe starts binarized models from the FP32
 *     model), or null to train from scratch
 * @param listener hears about every epoch
 */
public record TrainingJob(
    Block block,
    BinaryOperator operator,
    TaskData data,
    TrainingRecipe recipe,
    long seed,
    WeightSnapshot warmStart,
    EpochListener listener) {

  public TrainingJob {
    Objects.requireNonNull(block, "block");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(recipe, "recipe");
    listener = listener == null ? EpochListener.NONE : listener;
  }
}
