package bibench.deploy;

import bibench.models.blocks.ActivationBlock;

/**
 * An element-wise step: an activation (ReLU, Hardtanh), or a per-channel affine (a BatchNorm that
 * does not follow a layer it could fold into). In place when the converter knows nothing else
 * reads its input.
 */
final class ElementwiseNode implements Node {
  private final ActivationBlock.Kind activation;
  private final ChannelAffine affine;
  private final int[] shape;
  private final int channels;
  private final int perChannel;
  private final float[] output;

  private ElementwiseNode(ActivationBlock.Kind activation, ChannelAffine affine, int[] shape, boolean inPlace,
      int maxBatch) {
    this.activation = activation;
    this.affine = affine;
    this.shape = shape.clone();
    this.channels = shape[0];
    this.perChannel = Node.size(shape) / shape[0];
    this.output = inPlace ? null : new float[maxBatch * Node.size(shape)];
  }

  static ElementwiseNode activation(ActivationBlock.Kind kind, int[] shape, boolean inPlace, int maxBatch) {
    return new ElementwiseNode(kind, null, shape, inPlace, maxBatch);
  }

  static ElementwiseNode affine(ChannelAffine affine, int[] shape, boolean inPlace, int maxBatch) {
    return new ElementwiseNode(null, affine, shape, inPlace, maxBatch);
  }

  @Override
  public float[] run(float[] input, int batch) {
    float[] out = output == null ? input : output;
    int n = batch * channels * perChannel;
    if (activation == ActivationBlock.Kind.RELU) {
      for (int i = 0; i < n; i++) {
        out[i] = Math.max(0f, input[i]);
      }
    } else if (activation == ActivationBlock.Kind.HARDTANH) {
      for (int i = 0; i < n; i++) {
        out[i] = Math.max(-1f, Math.min(1f, input[i]));
      }
    } else {
      float[] scale = affine.scale();
      float[] shift = affine.shift();
      for (int i = 0; i < n; i++) {
        int c = (i / perChannel) % channels;
        out[i] = input[i] * scale[c] + shift[c];
      }
    }
    return out;
  }

  @Override
  public int[] outputShape() {
    return shape.clone();
  }

  @Override
  public long bytes() {
    return affine == null ? 0 : 2L * channels * Float.BYTES;
  }

  @Override
  public long fp32Bytes() {
    return bytes();
  }

  @Override
  public String describe() {
    return activation != null ? activation.name().toLowerCase(java.util.Locale.ROOT) : "affine (batch norm)";
  }
}
