package bibench.cost;

import bibench.complexity.ComplexityCounter;
import bibench.data.audio.LogMel;
import bibench.models.Architectures;
import bibench.models.ModelSpec;
import bibench.operators.Operators;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Estimated cost of cells before any data is loaded, in multiply-accumulates: training is epochs x
 * training samples x 3 x the model's forward MACs (forward, and backward at about twice the
 * forward), scoring is test samples x forward MACs. Forward MACs are counted on the FP32 model by
 * {@link ComplexityCounter} at the task's sample shape; sample counts are the plan's limits, or the
 * full set's published size when the plan takes all.
 *
 * <p>A {@link Workload} names what is trained: task, architecture, width, sample limits, points.
 * Estimates rank and pack cells (shards, workers); they are not predictions of seconds. A task
 * or architecture the table does not know costs {@link #UNKNOWN_MACS} per sample.
 */
public final class TrainingCost {
  /** Forward MACs assumed for a sample whose model cannot be counted. */
  public static final double UNKNOWN_MACS = 1e8;

  /** Sample shape, classes, vocabulary, and full train and test sizes of a task. */
  private record Scale(int[] shape, int classes, int vocabulary, int train, int test) {}

  private static final int TOKENS = 32;
  private static final int PAIR_TOKENS = 64;
  private static final int VOCABULARY = 5_000;
  private static final int[] AUDIO = {LogMel.N_MELS, LogMel.FRAMES};

  private static final Map<String, Scale> TASKS = Map.ofEntries(
      Map.entry("optdigits", new Scale(new int[] {1, 8, 8}, 10, 0, 1_437, 360)),
      Map.entry("fashion-mnist", new Scale(new int[] {1, 28, 28}, 10, 0, 60_000, 10_000)),
      Map.entry("cifar10", new Scale(new int[] {3, 32, 32}, 10, 0, 50_000, 10_000)),
      Map.entry("fsdd", new Scale(AUDIO, 10, 0, 2_700, 300)),
      Map.entry("speech-commands", new Scale(AUDIO, 30, 0, 51_094, 6_835)),
      Map.entry("sst2", new Scale(new int[] {TOKENS}, 2, VOCABULARY, 67_349, 872)),
      Map.entry("cola", new Scale(new int[] {TOKENS}, 2, VOCABULARY, 8_551, 1_043)),
      Map.entry("mrpc", new Scale(new int[] {PAIR_TOKENS}, 2, VOCABULARY, 3_668, 408)),
      Map.entry("sentiment", new Scale(new int[] {TOKENS}, 2, VOCABULARY, 2_400, 600)),
      Map.entry("synthetic-shapes", new Scale(new int[] {3, 1_024}, 8, 0, 2_000, 400)),
      Map.entry("modelnet40", new Scale(new int[] {3, 1_024}, 40, 0, 9_843, 2_468)));

  private static final Map<String, Double> FORWARD = new ConcurrentHashMap<>();

  private TrainingCost() {}

  /**
   * What a cell trains or scores.
   *
   * @param task the task id
   * @param arch the architecture id
   * @param width the width knob (0: the default)
   * @param maxTrain at most this many training samples (0: all)
   * @param maxTest at most this many test samples (0: all)
   * @param points points per cloud (0: the default)
   */
  public record Workload(String task, String arch, int width, int maxTrain, int maxTest, int points) {}

  /** Training for {@code epochs} on the training samples, then scoring the test samples. */
  public static double training(Workload plan, int epochs) {
    double macs = forwardMacs(plan);
    return epochs * (double) trainSamples(plan) * 3 * macs + testSamples(plan) * macs;
  }

  /** Scoring the test samples {@code passes} times (corrupted copies, deployment checks). */
  public static double scoring(Workload plan, int passes) {
    return passes * (double) testSamples(plan) * forwardMacs(plan);
  }

  static int trainSamples(Workload plan) {
    Scale s = TASKS.get(plan.task());
    int full = s == null ? 10_000 : s.train();
    return plan.maxTrain() > 0 ? Math.min(plan.maxTrain(), full) : full;
  }

  static int testSamples(Workload plan) {
    Scale s = TASKS.get(plan.task());
    int full = s == null ? 1_000 : s.test();
    return plan.maxTest() > 0 ? Math.min(plan.maxTest(), full) : full;
  }

  /** The FP32 model's forward MACs for one sample of the plan's task (counted once per shape). */
  static double forwardMacs(Workload plan) {
    Scale s = TASKS.get(plan.task());
    if (s == null) {
      return UNKNOWN_MACS;
    }
    int[] shape = s.shape().clone();
    if (shape.length == 2 && shape[0] == 3 && plan.points() > 0) {
      shape[1] = plan.points();
    }
    String key = plan.arch() + "|" + java.util.Arrays.toString(shape) + "|" + s.classes() + "|" + plan.width();
    return FORWARD.computeIfAbsent(key, k -> {
      try {
        return (double) ComplexityCounter.count(Architectures.byId(plan.arch()), Operators.create("fp32"),
            new ModelSpec(shape, s.classes(), s.vocabulary(), plan.width())).macs();
      } catch (RuntimeException e) {
        return UNKNOWN_MACS;
      }
    });
  }
}
