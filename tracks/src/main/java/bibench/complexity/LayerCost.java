package bibench.complexity;

import java.util.Arrays;
import java.util.Objects;

/**
 * What one node of a model's deployed (inference) graph costs for one sample: a convolution or
 * linear layer, a norm, an embedding table, the two matrix products of a self-attention, or a
 * parameter-free node (activation, pooling, flatten) listed at no cost.
 *
 * <p>Parameters split by width: 1-bit (the binarized weights), low-bit (ternary, 8-bit, anything
 * between 1 and 32 bits) and 32-bit (everything else, including the operator's inference-time
 * scales); {@link Params#storageBits()} adds up what they take in storage, with the indices a
 * partially binarized layer needs. MACs split the same way by the widths of both operands, and
 * {@link Macs#effective()} weighs each MAC of b_w-bit weights and b_a-bit activations by b_w b_a /
 * 64 of an FP32 MAC (1 when either operand is 32-bit). {@link Macs#fp()} includes the operator's
 * extra FP work at inference, which {@link Macs#extraFp()} also gives alone.
 *
 * @param path where the node sits in the block tree, such as {@code 5.1.main.1}
 * @param type what the node is, such as {@code conv2d}, {@code batch_norm} or {@code hardtanh}
 * @param weightPrecision the deployed weights, such as {@code 1}, {@code 2 (ternary)}, {@code 1 +
 *     8} or {@code 32}; empty for a node without weights
 * @param inputBits b_a, the width of the activations the node multiplies (1, 8, 32); 0 for a node
 *     that does no multiply-accumulates
 * @param outputShape the node's output for one sample, without the batch axis
 * @param params the node's parameters
 * @param macs the node's multiply-accumulates
 */
public record LayerCost(String path, String type, String weightPrecision, int inputBits, long[] outputShape,
    Params params, Macs macs) {

  /**
   * Deployed parameters of a node, and its parameters while training.
   *
   * @param binary 1-bit parameters
   * @param lowBit parameters of more than 1 and fewer than 32 bits
   * @param fp 32-bit parameters
   * @param storageBits everything the node stores, in bits (the three kinds and their indices)
   * @param trainable parameters the optimizer updates while training (latent weights, biases,
   *     norms' gamma and beta, learnable scales)
   * @param nonTrainable parameters kept while training but not updated (BatchNorm's running
   *     statistics, PB-LLM's frozen salient weights and their mark)
   */
  public record Params(long binary, long lowBit, long fp, double storageBits, long trainable, long nonTrainable) {
    public Params {
      if (binary < 0 || lowBit < 0 || fp < 0 || storageBits < 0 || trainable < 0 || nonTrainable < 0) {
        throw new IllegalArgumentException("negative parameter counts");
      }
    }

    /** Only 1-bit and 32-bit parameters, stored at their width, all trainable. */
    public static Params of(long binary, long fp) {
      return new Params(binary, 0, fp, binary + 32.0 * fp, binary + fp, 0);
    }

    /** No parameters. */
    public static final Params NONE = of(0, 0);

    /** All deployed parameters. */
    public long total() {
      return binary + lowBit + fp;
    }
  }

  /**
   * Multiply-accumulates of a node.
   *
   * @param binary products of a 1-bit weight and a 1-bit activation (XNOR and popcount)
   * @param lowBit products of low-bit operands, neither 32-bit nor both 1-bit
   * @param fp products with a 32-bit operand, the operator's extra FP work included
   * @param effective all of them in FP32 units: each weighs b_w b_a / 64, or 1 with a 32-bit operand
   * @param extraFp the operator's extra FP work alone (part of {@code fp})
   */
  public record Macs(long binary, long lowBit, long fp, double effective, long extraFp) {
    public Macs {
      if (binary < 0 || lowBit < 0 || fp < 0 || effective < 0 || extraFp < 0 || extraFp > fp) {
        throw new IllegalArgumentException("bad MAC counts: extra FP MACs are part of the FP MACs");
      }
    }

    /** Only 1-bit and 32-bit MACs. */
    public static Macs of(long binary, long fp, long extraFp) {
      return new Macs(binary, 0, fp, binary / 64.0 + fp, extraFp);
    }

    /** No MACs. */
    public static final Macs NONE = of(0, 0, 0);

    /** All MACs. */
    public long total() {
      return binary + lowBit + fp;
    }

    /**
     * What one MAC of b_w-bit weights and b_a-bit activations costs in FP32 MACs: b_w b_a / 64 (one
     * 64-bit XNOR and popcount does 64 binary MACs), or 1 when either operand is 32-bit.
     */
    public static double cost(int weightBits, int activationBits) {
      return weightBits >= 32 || activationBits >= 32 ? 1.0 : weightBits * activationBits / 64.0;
    }
  }

  public LayerCost {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(weightPrecision, "weightPrecision");
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(macs, "macs");
    outputShape = outputShape.clone();
    if (inputBits < 0 || inputBits > 32) {
      throw new IllegalArgumentException("input bits must be 0 (no MACs) to 32, got " + inputBits);
    }
  }

  /**
   * A node with only 1-bit and 32-bit parameters and MACs, all trainable.
   *
   * @param path where the node sits
   * @param type what the node is
   * @param inputBits 1 when the node consumes binarized activations, else 32
   * @param outputShape the output for one sample
   * @param binaryParams 1-bit parameters
   * @param fpParams 32-bit parameters
   * @param binaryMacs 1-bit multiply-accumulates
   * @param fpMacs 32-bit multiply-accumulates, extra FP work included
   * @param extraFpMacs the operator's extra FP work alone
   */
  public LayerCost(String path, String type, int inputBits, long[] outputShape, long binaryParams, long fpParams,
      long binaryMacs, long fpMacs, long extraFpMacs) {
    this(path, type, binaryParams > 0 ? "1" : fpParams > 0 ? "32" : "", inputBits, outputShape,
        Params.of(binaryParams, fpParams), Macs.of(binaryMacs, fpMacs, extraFpMacs));
  }

  /** A node without parameters or MACs (activation, pooling, flatten), listed for the summary. */
  static LayerCost free(String path, String type, long[] outputShape) {
    return new LayerCost(path, type, "", 0, outputShape, Params.NONE, Macs.NONE);
  }

  /** 1-bit parameters. */
  public long binaryParams() {
    return params.binary();
  }

  /** Low-bit parameters (ternary, 8-bit). */
  public long lowBitParams() {
    return params.lowBit();
  }

  /** 32-bit parameters. */
  public long fpParams() {
    return params.fp();
  }

  /** 1-bit MACs. */
  public long binaryMacs() {
    return macs.binary();
  }

  /** Low-bit MACs. */
  public long lowBitMacs() {
    return macs.lowBit();
  }

  /** 32-bit MACs, the extra FP work included. */
  public long fpMacs() {
    return macs.fp();
  }

  /** The operator's extra FP work at inference. */
  public long extraFpMacs() {
    return macs.extraFp();
  }

  /** Storage at deployment in bytes. */
  public double memoryBytes() {
    return params.storageBits() / 8;
  }

  /** True for a node that stores nothing and multiplies nothing. */
  public boolean free() {
    return params.total() == 0 && macs.total() == 0;
  }

  @Override
  public long[] outputShape() {
    return outputShape.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LayerCost c && path.equals(c.path) && type.equals(c.type)
        && weightPrecision.equals(c.weightPrecision) && inputBits == c.inputBits
        && Arrays.equals(outputShape, c.outputShape) && params.equals(c.params) && macs.equals(c.macs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, type, weightPrecision, inputBits, Arrays.hashCode(outputShape), params, macs);
  }

  @Override
  public String toString() {
    return "LayerCost[" + path + " " + type + ", W" + weightPrecision + " A" + inputBits + ", out "
        + Arrays.toString(outputShape) + ", " + params + ", " + macs + "]";
  }
}
