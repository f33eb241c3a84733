package bibench.complexity;

import java.util.Arrays;
import java.util.Objects;

/**
 * What one counted node of a model's deployed (inference) graph costs for one sample: a
 * convolution or linear layer, a norm, an embedding table, or the two matrix products of a
 * self-attention.
 *
 * <p>Parameters split into 1-bit ones (the binarized weights of a binarized layer or word
 * embedding table) and 32-bit ones (everything else, including the inference-time scales of the
 * operator). MACs split into 1-bit ones (products of binarized operands, done by XNOR and popcount)
 * and 32-bit ones; {@link #fpMacs()} includes the operator's extra FP work at inference, which
 * {@link #extraFpMacs()} also gives alone.
 *
 * @param path where the node sits in the block tree, such as {@code 5.1.main.1}
 * @param type what the node is, such as {@code conv2d} or {@code batch_norm}
 * @param inputBits 1 when the node consumes binarized activations, else 32
 * @param outputShape the node's output for one sample, without the batch axis
 * @param binaryParams 1-bit parameters
 * @param fpParams 32-bit parameters
 * @param binaryMacs 1-bit multiply-accumulates
 * @param fpMacs 32-bit multiply-accumulates, extra FP work included
 * @param extraFpMacs the operator's extra FP work alone (part of {@code fpMacs})
 */
public record LayerCost(
    String path,
    String type,
    int inputBits,
    long[] outputShape,
    long binaryParams,
    long fpParams,
    long binaryMacs,
    long fpMacs,
    long extraFpMacs) {

  public LayerCost {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(type, "type");
    outputShape = outputShape.clone();
    if (inputBits != 1 && inputBits != 32) {
      throw new IllegalArgumentException("input bits must be 1 or 32, got " + inputBits);
    }
    if (binaryParams < 0 || fpParams < 0 || binaryMacs < 0 || fpMacs < 0 || extraFpMacs < 0
        || extraFpMacs > fpMacs) {
      throw new IllegalArgumentException("bad counts for " + path + ": extra FP MACs are part of the FP MACs");
    }
  }

  /** Storage at deployment in bytes: 1-bit parameters / 8 + 32-bit parameters * 4. */
  public double memoryBytes() {
    return binaryParams / 8.0 + fpParams * 4.0;
  }

  @Override
  public long[] outputShape() {
    return outputShape.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LayerCost c && path.equals(c.path) && type.equals(c.type) && inputBits == c.inputBits
        && Arrays.equals(outputShape, c.outputShape) && binaryParams == c.binaryParams && fpParams == c.fpParams
        && binaryMacs == c.binaryMacs && fpMacs == c.fpMacs && extraFpMacs == c.extraFpMacs;
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, type, inputBits, Arrays.hashCode(outputShape), binaryParams, fpParams, binaryMacs,
        fpMacs, extraFpMacs);
  }

  @Override
  public String toString() {
    return "LayerCost[" + path + " " + type + ", in " + inputBits + " bit, out " + Arrays.toString(outputShape)
        + ", params " + binaryParams + "b/" + fpParams + "fp, MACs " + binaryMacs + "b/" + fpMacs + "fp (extra "
        + extraFpMacs + ")]";
  }
}
