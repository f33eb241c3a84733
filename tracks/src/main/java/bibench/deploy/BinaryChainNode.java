package bibench.deploy;

import bibench.operators.deploy.BinaryKernel;
import java.util.List;

/**
 * One or more binarized layers in a row: the first takes float activations, each passes its
 * output to the next as packed bits (its BatchNorm folded in, the next layer's threshold applied
 * when packing; a Hardtanh between them does not change any sign), and the last writes float.
 * Chaining saves writing and re-packing the float activations between binarized layers.
 */
final class BinaryChainNode implements Node {
  private final List<BinaryKernel> steps;
  private final BinaryKernel[] chain;
  private final int[][] packed;
  private final float[] output;
  private final int[] outputShape;
  private final String description;

  BinaryChainNode(List<BinaryKernel> steps, int maxBatch, int[] outputShape, String description) {
    this.steps = List.copyOf(steps);
    this.chain = steps.toArray(BinaryKernel[]::new);
    this.packed = new int[steps.size() - 1][];
    for (int i = 0; i < packed.length; i++) {
      packed[i] = new int[steps.get(i).packedOutputLength(maxBatch)];
    }
    this.outputShape = outputShape.clone();
    this.output = new float[maxBatch * Node.size(outputShape)];
    this.description = description;
  }

  @Override
  public float[] run(float[] input, int batch) {
    int last = chain.length - 1;
    if (last == 0) {
      chain[0].forward(input, batch, output);
      return output;
    }
    chain[0].forwardToPacked(input, batch, packed[0]);
    for (int i = 1; i < last; i++) {
      chain[i].forwardPackedToPacked(packed[i - 1], null, batch, packed[i]);
    }
    chain[last].forwardPacked(packed[last - 1], null, batch, output);
    return output;
  }

  @Override
  public int[] outputShape() {
    return outputShape.clone();
  }

  @Override
  public long bytes() {
    return steps.stream().mapToLong(s -> s.storage().binaryBytes()).sum();
  }

  @Override
  public long fp32Bytes() {
    return steps.stream().mapToLong(s -> s.storage().fp32Bytes()).sum();
  }

  @Override
  public String describe() {
    return description;
  }
}
