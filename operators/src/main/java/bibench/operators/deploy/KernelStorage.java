package bibench.operators.deploy;

/**
 * What a deployed layer keeps in memory next to what the same layer keeps in FP32, so the
 * inference track can print the storage ratio.
 *
 * @param packedWeightBytes the sign bits of the weights, as stored (whole 32-bit words, so a row
 *     of K bits takes {@code 4 * ceil(K / 32)} bytes)
 * @param floatParamBytes FP32 values the binary layer also keeps: multiplier, bias, thresholds,
 *     spatial factors
 * @param fp32Bytes the FP32 layer: {@code 4 *} (weights + one bias per output channel)
 */
public record KernelStorage(long packedWeightBytes, long floatParamBytes, long fp32Bytes) {
  /** Bytes of the binary layer. */
  public long binaryBytes() {
    return packedWeightBytes + floatParamBytes;
  }

  /** How many times smaller the binary layer is than the FP32 one. */
  public double compressionRatio() {
    return (double) fp32Bytes / binaryBytes();
  }
}
