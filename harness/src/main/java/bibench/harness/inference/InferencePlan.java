package bibench.harness.inference;

import java.util.Arrays;
import java.util.List;

/**
 * One model the inference track times: an architecture at an input shape, with the batch sizes and
 * thread counts to time it at.
 *
 * @param arch the architecture id
 * @param sampleShape the per-sample input shape
 * @param classes output classes
 * @param batches batch sizes (e.g. 1 and 32)
 * @param threads thread counts (e.g. 1 and all cores)
 */
public record InferencePlan(String arch, int[] sampleShape, int classes, List<Integer> batches, List<Integer> threads) {

  public InferencePlan {
    sampleShape = sampleShape.clone();
    batches = List.copyOf(batches);
    threads = List.copyOf(threads);
  }

  /** The input as JMH takes it, such as {@code 3x32x32}. */
  public String input() {
    return String.join("x", Arrays.stream(sampleShape).mapToObj(Integer::toString).toList());
  }

  @Override
  public int[] sampleShape() {
    return sampleShape.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InferencePlan p && arch.equals(p.arch) && Arrays.equals(sampleShape, p.sampleShape)
        && classes == p.classes && batches.equals(p.batches) && threads.equals(p.threads);
  }

  @Override
  public int hashCode() {
    return arch.hashCode() * 31 + Arrays.hashCode(sampleShape) + classes + batches.hashCode() + threads.hashCode();
  }

  @Override
  public String toString() {
    return arch + "@" + input() + "/" + classes + " batches " + batches + " threads " + threads;
  }
}
