package bibench.tracks;

import bibench.BadInputException;
import bibench.complexity.ComplexityCounter;
import bibench.complexity.LayerCost;
import bibench.complexity.ModelComplexity;
import bibench.data.io.MemoryBudget;
import bibench.models.Architecture;
import bibench.models.ModelSpec;
import bibench.operators.BinaryOperator;
import bibench.train.OptimizerKind;
import bibench.train.TrainingRecipe;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A lower estimate of what training a model takes, checked when its cell is about to train (so a
 * dry run of a large suite still plans it) and before anything is allocated: a width that needs
 * 512 GB stops with the task, the keys that size it and the estimate, instead of an engine crash.
 *
 * <p>The model is counted without allocating it ({@link ComplexityCounter}). Native memory (the
 * engine's): the weights, their gradients and the optimizer's state (one more copy for SGD with
 * momentum, two for Adam), 4 bytes each, plus a batch of activations and their gradients. Java
 * heap: two weight snapshots (the starting point and the result). Either beyond what is available
 * (the machine's MemAvailable; the heap's free room up to -Xmx) is an error.
 */
public final class TrainingMemory {

  /**
   * The estimate.
   *
   * @param parameters trainable values of the model
   * @param nativeBytes engine memory: weights, gradients, optimizer state, activations
   * @param heapBytes Java heap: two weight snapshots
   */
  public record Estimate(long parameters, double nativeBytes, double heapBytes) {}

  private TrainingMemory() {}

  /** The estimate for training {@code arch} with {@code op} on {@code spec} by {@code recipe}. */
  public static Estimate estimate(Architecture arch, BinaryOperator op, ModelSpec spec,
      TrainingRecipe recipe) {
    ModelComplexity cost = ComplexityCounter.count(arch, op, spec);
    long params = cost.params();
    double activations = 0;
    for (LayerCost layer : cost.layers()) {
      double size = 1;
      for (long d : layer.outputShape()) {
        size *= d;
      }
      activations += size;
    }
    double copies = 2 + (recipe.optimizer() == OptimizerKind.ADAM ? 2
        : recipe.momentum() > 0 ? 1 : 0);
    double nativeBytes = 4.0 * params * copies + 2 * 4.0 * activations * recipe.batchSize();
    return new Estimate(params, nativeBytes, 2 * 4.0 * params);
  }

  /**
   * Fails before training when the estimate exceeds what this machine or this JVM can give.
   *
   * @param what the cell's model and the suite keys that size it, for the message, such as {@code
   *     "the FP32 model of optdigits/mlp (width 300000, batch_size 32)"}
   */
  public static void require(Architecture arch, BinaryOperator op, ModelSpec spec,
      TrainingRecipe recipe, String what) {
    Estimate e;
    try {
      e = estimate(arch, op, spec, recipe);
    } catch (BadInputException ex) {
      throw ex;
    } catch (RuntimeException ex) {
      return; // a model the counter cannot walk is not judged here; building it will tell
    }
    long machine = machineAvailable();
    long heap = MemoryBudget.heapAvailable();
    if (e.nativeBytes() > machine || e.heapBytes() > heap) {
      boolean onHeap = e.heapBytes() > heap && e.nativeBytes() <= machine;
      throw new BadInputException(String.format(Locale.ROOT,
          "%s needs about %s to train (%,d parameters; weights, gradients, optimizer state and a"
              + " batch of activations), more than %s", what,
          MemoryBudget.bytes((long) Math.min(Long.MAX_VALUE, e.nativeBytes() + e.heapBytes())),
          e.parameters(), onHeap
              ? "the Java heap has left (" + MemoryBudget.bytes(heap) + ", -Xmx "
                  + MemoryBudget.bytes(Runtime.getRuntime().maxMemory()) + ")"
              : "this machine has available (" + MemoryBudget.bytes(machine) + ")"),
          "lower width (or batch_size) of that task in the suite, or run it on a larger machine");
    }
  }

  /** The memory this machine can still give: Linux's MemAvailable, else the free memory. */
  static long machineAvailable() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemAvailable:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: fall back to what the JVM sees
    }
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return sun.getFreeMemorySize();
    }
    return Long.MAX_VALUE;
  }
}
