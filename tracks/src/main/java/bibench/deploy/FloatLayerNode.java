package bibench.deploy;

import bibench.operators.deploy.FloatConv2dKernel;
import bibench.operators.deploy.FloatLinearKernel;

/** A full-precision convolution or linear layer (BatchNorm folded into its weights) on our FP32 kernels. */
final class FloatLayerNode implements Node {
  private final FloatConv2dKernel conv;
  private final FloatLinearKernel linear;
  private final float[] output;
  private final int[] outputShape;
  private final long bytes;
  private final String description;

  FloatLayerNode(FloatConv2dKernel conv, FloatLinearKernel linear, int maxBatch, int[] outputShape, long parameters,
      String description) {
    this.conv = conv;
    this.linear = linear;
    this.outputShape = outputShape.clone();
    this.output = new float[maxBatch * Node.size(outputShape)];
    this.bytes = parameters * Float.BYTES;
    this.description = description;
  }

  @Override
  public float[] run(float[] input, int batch) {
    if (conv != null) {
      conv.forward(input, batch, output);
    } else {
      linear.forward(input, batch, output);
    }
    return output;
  }

  @Override
  public int[] outputShape() {
    return outputShape.clone();
  }

  @Override
  public long bytes() {
    return bytes;
  }

  @Override
  public long fp32Bytes() {
    return bytes;
  }

  @Override
  public String describe() {
    return description;
  }
}
