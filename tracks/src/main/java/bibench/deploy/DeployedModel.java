package bibench.deploy;

import java.util.Arrays;

/**
 * A trained model converted to run on the deployment kernels (see {@link ModelConverter}). Its
 * buffers are allocated once for the largest batch, so {@link #forward} allocates nothing. Not
 * thread-safe: one instance per thread.
 */
public final class DeployedModel {
  private final Node root;
  private final int[] sampleShape;
  private final DeployOptions options;

  DeployedModel(Node root, int[] sampleShape, DeployOptions options) {
    this.root = root;
    this.sampleShape = sampleShape.clone();
    this.options = options;
  }

  /**
   * The logits of {@code batch} samples laid out one after another; the returned array belongs to
   * the model and is overwritten by the next call (read {@code batch * outputsPerSample()} values).
   */
  public float[] forward(float[] input, int batch) {
    if (batch < 1 || batch > options.maxBatch()) {
      throw new IllegalArgumentException("batch " + batch + " is outside 1.." + options.maxBatch());
    }
    if (input.length < batch * inputsPerSample()) {
      throw new IllegalArgumentException("input has " + input.length + " values, needs " + batch * inputsPerSample());
    }
    return root.run(input, batch);
  }

  /** Values of one input sample. */
  public int inputsPerSample() {
    return Node.size(sampleShape);
  }

  /** Logits per sample. */
  public int outputsPerSample() {
    return Node.size(root.outputShape());
  }

  /** Bytes of the deployed model's parameters: packed weights plus the FP parameters it keeps. */
  public long bytes() {
    return root.bytes();
  }

  /** Bytes of the same model in FP32. */
  public long fp32Bytes() {
    return root.fp32Bytes();
  }

  /** The options it was built with. */
  public DeployOptions options() {
    return options;
  }

  /** One line per step. */
  public String describe() {
    return "input " + Arrays.toString(sampleShape) + "\n" + root.describe();
  }
}
