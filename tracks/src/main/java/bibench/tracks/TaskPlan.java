package bibench.tracks;

import bibench.train.TrainingRecipe;
import java.util.List;
import java.util.Objects;

/**
 * One task of a suite as the training tracks run it: which data, which architecture, how to train
 * the FP32 model and how to train each binarized model from it, and with which seeds.
 *
 * @param task the task (data set) id
 * @param arch the architecture id
 * @param width the architecture's width knob (0 = its default)
 * @param maxTrain at most this many training samples (0 = all)
 * @param maxTest at most this many test samples (0 = all)
 * @param points points per cloud for point-cloud tasks (0 = the loader's default)
 * @param fp32 how the FP32 model is trained (from scratch)
 * @param binary how each binarized model is trained further from the FP32 model (BiBench's
 *     recipe); with {@code fromScratch} the binarized models start from random weights instead
 * @param fromScratch train binarized models from scratch rather than from the FP32 model
 * @param seeds the seeds; every seed is its own cell
 */
public record TaskPlan(
    String task,
    String arch,
    int width,
    int maxTrain,
    int maxTest,
    int points,
    TrainingRecipe fp32,
    TrainingRecipe binary,
    boolean fromScratch,
    List<Long> seeds) {

  public TaskPlan {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(arch, "arch");
    Objects.requireNonNull(fp32, "fp32");
    Objects.requireNonNull(binary, "binary");
    seeds = List.copyOf(seeds);
    if (seeds.isEmpty()) {
      throw new IllegalArgumentException("task " + task + " has no seeds");
    }
  }

  /**
   * The setting column of the plan's rows: {@code finetune} for BiBench's two-stage recipe,
   * {@code scratch} when binarized models start from random weights. The recipes themselves are in
   * the run's copy of the suite.
   */
  public String setting() {
    return fromScratch ? "scratch" : "finetune";
  }

  /** Everything about the plan that decides a result, as one canonical string. */
  public String definition() {
    return String.join("|", task, arch, "w" + width, "train" + maxTrain, "test" + maxTest,
        "points" + points,
        fp32.toString(), binary.toString(), setting());
  }
}
