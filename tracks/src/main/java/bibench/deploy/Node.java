package bibench.deploy;

/**
 * One step of a deployed model: reads a batch of float activations laid out per sample (NCHW, or
 * (N, features)) and returns its output in a buffer it owns (or, for an in-place step, the input
 * buffer). Buffers are allocated once for the model's largest batch, so a forward pass allocates
 * nothing.
 */
interface Node {

  /** Runs on {@code batch} samples of {@code input}; the result stays valid until the next call. */
  float[] run(float[] input, int batch);

  /** The per-sample output shape. */
  int[] outputShape();

  /** Bytes this step keeps in memory for the deployed model (packed weights, FP parameters). */
  long bytes();

  /** Bytes the same step takes in an FP32 model. */
  long fp32Bytes();

  /** One line naming the step, for {@link DeployedModel#describe()}. */
  String describe();

  /** Elements of one sample of {@code shape}. */
  static int size(int[] shape) {
    int n = 1;
    for (int d : shape) {
      n *= d;
    }
    return n;
  }
}
