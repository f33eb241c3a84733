package bibench.train;

import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.CosineTracker;
import ai.djl.training.tracker.MultiFactorTracker;
import ai.djl.training.tracker.ParameterTracker;
import ai.djl.training.tracker.Tracker;
import java.util.Locale;

/**
 * How one model is trained: optimizer, learning rate and its schedule, epochs and batch size.
 *
 * @param optimizer SGD or Adam
 * @param learningRate the base learning rate
 * @param schedule how the rate changes over the run
 * @param epochs number of epochs (at least 1)
 * @param batchSize samples per update
 * @param momentum SGD momentum (ignored by Adam)
 * @param weightDecay L2 weight decay
 */
public record TrainingRecipe(
    OptimizerKind optimizer,
    float learningRate,
    LrSchedule schedule,
    int epochs,
    int batchSize,
    float momentum,
    float weightDecay) {

  public TrainingRecipe {
    if (epochs < 1) {
      throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
    }
    if (!(learningRate > 0) || !Float.isFinite(learningRate)) {
      throw new IllegalArgumentException("learning rate must be positive, got " + learningRate);
    }
  }

  /** Adam with BiBench's defaults (no weight decay). */
  public static TrainingRecipe adam(float learningRate, LrSchedule schedule, int epochs, int batchSize) {
    return new TrainingRecipe(OptimizerKind.ADAM, learningRate, schedule, epochs, batchSize, 0f, 0f);
  }

  /** SGD with momentum 0.9 and weight decay 1e-4 (TRACKS.md's default). */
  public static TrainingRecipe sgd(float learningRate, LrSchedule schedule, int epochs, int batchSize) {
    return new TrainingRecipe(OptimizerKind.SGD, learningRate, schedule, epochs, batchSize, 0.9f, 1e-4f);
  }

  /** The same recipe with another number of epochs. */
  public TrainingRecipe withEpochs(int newEpochs) {
    return new TrainingRecipe(optimizer, learningRate, schedule, newEpochs, batchSize, momentum, weightDecay);
  }

  /** A short id for result rows, such as {@code adam-1e-03-cosine}. */
  public String settingId() {
    return String.format(Locale.ROOT, "%s-%.0e-%s", optimizer, learningRate, schedule)
        .toLowerCase(Locale.ROOT).replace("e-0", "e-");
  }

  /** The DJL optimizer for a run of {@code totalUpdates} updates. */
  public Optimizer newOptimizer(int totalUpdates) {
    ParameterTracker rate = tracker(Math.max(1, totalUpdates));
    return switch (optimizer) {
      case SGD -> Optimizer.sgd().setLearningRateTracker(rate).optMomentum(momentum)
          .optWeightDecays(weightDecay).build();
      case ADAM -> Optimizer.adam().optLearningRateTracker(rate).optWeightDecays(weightDecay).build();
    };
  }

  private ParameterTracker tracker(int totalUpdates) {
    return switch (schedule) {
      case COSINE -> CosineTracker.builder().setBaseValue(learningRate).optFinalValue(0f)
          .setMaxUpdates(totalUpdates).build();
      case STEP -> MultiFactorTracker.builder().setBaseValue(learningRate)
          .setSteps(new int[] {Math.max(1, totalUpdates / 2), Math.max(2, totalUpdates * 3 / 4)})
          .optFactor(0.1f).build();
      case CONSTANT -> Tracker.fixed(learningRate);
    };
  }
}
