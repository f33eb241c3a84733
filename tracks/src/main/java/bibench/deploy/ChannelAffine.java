package bibench.deploy;

import ai.djl.nn.Block;
import ai.djl.nn.norm.BatchNorm;

/**
 * y = x * scale[c] + shift[c] per channel: a BatchNorm in evaluation (scale = gamma / sqrt(var +
 * eps), shift = beta - mean * scale), which folds into the multiplier and bias of the layer before
 * it.
 *
 * @param scale per-channel scale
 * @param shift per-channel shift
 */
record ChannelAffine(float[] scale, float[] shift) {
  /** The epsilon of every BatchNorm the architectures build (DJL's default). */
  static final float EPSILON = 1e-5f;

  static ChannelAffine identity(int channels) {
    float[] one = new float[channels];
    java.util.Arrays.fill(one, 1f);
    return new ChannelAffine(one, new float[channels]);
  }

  static ChannelAffine of(BatchNorm norm) {
    float[] gamma = values(norm, "gamma");
    float[] beta = values(norm, "beta");
    float[] mean = values(norm, "runningMean");
    float[] variance = values(norm, "runningVar");
    float[] scale = new float[gamma.length];
    float[] shift = new float[gamma.length];
    for (int c = 0; c < gamma.length; c++) {
      scale[c] = (float) (gamma[c] / Math.sqrt(variance[c] + EPSILON));
      shift[c] = beta[c] - mean[c] * scale[c];
    }
    return new ChannelAffine(scale, shift);
  }

  static float[] values(Block block, String parameter) {
    return block.getDirectParameters().get(parameter).getArray().toFloatArray();
  }

  int channels() {
    return scale.length;
  }
}
