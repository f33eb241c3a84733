package bibench.operators.deploy;

/**
 * A binarized layer on the XNOR/popcount kernels, convolution or linear: float or bit-packed
 * input, float or bit-packed output, so binarized layers chain without unpacking. Packed input
 * carries no magnitudes, so an XNOR-Net layer fed packed input takes its per-sample scales in {@code
 * sampleScales} (null for every other layer).
 */
public interface BinaryKernel {

  /** Float in, float out. */
  void forward(float[] input, int batch, float[] output);

  /** Packed in, float out. */
  void forwardPacked(int[] packedInput, float[] sampleScales, int batch, float[] output);

  /** Float in, packed out (for the next binarized layer). */
  void forwardToPacked(float[] input, int batch, int[] packedOutput);

  /** Packed in, packed out. */
  void forwardPackedToPacked(int[] packedInput, float[] sampleScales, int batch, int[] packedOutput);

  /** Ints of the packed output of {@code batch} samples. */
  int packedOutputLength(int batch);

  /** Bytes of the packed layer and of the same layer in FP32. */
  KernelStorage storage();
}
