package bibench.deploy;

import bibench.operators.deploy.KernelPath;
import bibench.operators.deploy.KernelSelection;

/**
 * How a model is deployed.
 *
 * @param maxBatch the largest batch a forward pass takes (buffers are sized for it)
 * @param path the kernel implementation for every layer, or null for the path {@link KernelSelection}
 *     picks for binary and for FP32 kernels separately
 * @param threads threads per kernel call (1 = the caller's thread only)
 */
public record DeployOptions(int maxBatch, KernelPath path, int threads) {

  public DeployOptions {
    if (maxBatch < 1 || threads < 1) {
      throw new IllegalArgumentException("max batch and threads must be positive");
    }
  }

  /** One thread, the kernel paths measured fastest on this machine (binary and FP32 each). */
  public static DeployOptions of(int maxBatch) {
    return new DeployOptions(maxBatch, null, 1);
  }

  /** The same options with another thread count. */
  public DeployOptions withThreads(int newThreads) {
    return new DeployOptions(maxBatch, path, newThreads);
  }
}
