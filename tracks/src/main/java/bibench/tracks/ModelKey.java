package bibench.tracks;

import bibench.train.TrainingRecipe;
import java.util.Objects;

/**
 * The identity of one trained model as a suite plans it: task, architecture, width, data limits,
 * the recipe chain that trains it, and the seed. Every cell that needs the same model (the FP32
 * model a task's binarized cells start from; a binarized model that the learning-task, robustness
 * and deployment-check cells all score) computes the same key, so the model is trained once.
 *
 * <p>This is the one function that says which cells share a model: the checkpoint stores (the
 * run's and the cross-run cache of FP32 models) are keyed by it, and so is any grouping of cells
 * that must stay together (worker scheduling, shards). A stored checkpoint is additionally tied to
 * the exact data it was trained on and to the training code ({@link #storageName}), which a plan
 * cannot know before the data are loaded.
 *
 * @param text the canonical text of the key
 */
public record ModelKey(String text) {

  public ModelKey {
    Objects.requireNonNull(text, "text");
  }

  /** The FP32 model of {@code plan} with {@code seed}, trained from scratch with {@code plan.fp32()}. */
  public static ModelKey fp32(TaskPlan plan, long seed) {
    return new ModelKey("fp32|" + base(plan, seed) + "|" + plan.fp32());
  }

  /**
   * The model of a binarized operator: from the FP32 model of the same plan and seed (BiBench's
   * two-stage recipe), or from scratch when the plan says so, trained with {@code recipe}.
   */
  public static ModelKey binarized(TaskPlan plan, String operatorId, long seed, TrainingRecipe recipe) {
    String start = plan.fromScratch() ? "scratch" : "from " + plan.fp32();
    return new ModelKey(operatorId + "|" + base(plan, seed) + "|" + start + "|" + recipe);
  }

  /**
   * The file name (without extension) under which this model is stored, for the data with
   * fingerprint {@code dataFingerprint} and the training code with hash {@code codeHash}: a cached
   * model is reused only for the same plan, the same samples and the same code.
   */
  public String storageName(String dataFingerprint, String codeHash) {
    return Hashes.sha256Hex(text + "\n" + dataFingerprint + "\n" + codeHash).substring(0, 32);
  }

  private static String base(TaskPlan plan, long seed) {
    return String.join("|", plan.task(), plan.arch(), "w" + plan.width(), "train" + plan.maxTrain(),
        "test" + plan.maxTest(), "points" + plan.points(), "seed" + seed);
  }

  @Override
  public String toString() {
    return text;
  }
}
