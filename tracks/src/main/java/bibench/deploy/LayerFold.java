package bibench.deploy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import bibench.operators.DeployKernel;
import bibench.operators.LayerBinarizer;
import bibench.operators.LayerGeometry;
import bibench.operators.nn.BinaryLayer;
import java.util.List;

/**
 * What one trained layer (and the BatchNorm after it) becomes at deployment: the weights the kernel
 * takes, and everything fixed after training folded into one multiplier and bias per output
 * channel. For a binarized layer:
 *
 * <pre>
 *   out = dot * mult[o] * s + bias[o],   dot = sum over K of sign(x) sign(w)
 *   mult[o] = alpha_o * c_o * bnScale[o]   (alpha_o: weight scale; c_o: ReCU's alpha, XNOR++'s o)
 *   bias[o] = layerBias[o] * bnScale[o] + bnShift[o]
 *   s       = beta_n (XNOR-Net, per sample) * h[y] * w[x] (XNOR++'s spatial factors)
 * </pre>
 *
 * The weights are the layer's own weight quantizer run in evaluation (so XNOR-Net's row centring
 * and ReCU's centring are applied); the kernel packs their signs. Ternary weights (BitNet W1.58A1)
 * keep 0 as 0 (the kernel packs a sign and a mask plane) and their gamma is the multiplier's alpha.
 *
 * @param weights the weights the kernel takes (their signs for a binarized layer)
 * @param multiplier per output channel
 * @param bias per output channel
 * @param threshold per input channel (ReActNet's theta), or null
 * @param perSampleScale XNOR-Net's beta
 * @param spatial XNOR++'s spatial factors (h, w; or l), empty when none
 */
record LayerFold(float[] weights, float[] multiplier, float[] bias, float[] threshold, boolean perSampleScale,
    List<float[]> spatial) {

  /** Folds a trained layer and the affine that follows it. */
  static LayerFold of(BinaryLayer layer, LayerGeometry geometry, ChannelAffine after) {
    int out = geometry.outChannels();
    float[] bias = new float[out];
    if (layer.hasBias()) {
      float[] b = layer.bias().getArray().toFloatArray();
      for (int o = 0; o < out; o++) {
        bias[o] = b[o] * after.scale()[o] + after.shift()[o];
      }
    } else {
      System.arraycopy(after.shift(), 0, bias, 0, out);
    }
    LayerBinarizer binarizer = layer.binarizer();
    float[] weights;
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray latent = layer.weight().getArray();
      NDArray quantized = binarizer.weights().quantize(latent, new EvaluationContext(geometry, manager));
      weights = quantized.toFloatArray();
    }
    int perChannel = weights.length / out;
    float[] multiplier = new float[out];
    float[] channelFactor = binarizer.output().channelFactor() == null ? null : values(binarizer.output().channelFactor());
    double gamma = layer.operator().deployKernel() == DeployKernel.TERNARY_BINARY ? ternaryScale(weights) : 1;
    for (int o = 0; o < out; o++) {
      double alpha = gamma;
      if (layer.operator().binary() && binarizer.weights().scalesPerOutputChannel()) {
        double sum = 0;
        for (int i = 0; i < perChannel; i++) {
          sum += Math.abs(weights[o * perChannel + i]);
        }
        alpha = sum / perChannel;
      }
      multiplier[o] = (float) (alpha * (channelFactor == null ? 1 : channelFactor[o]) * after.scale()[o]);
    }
    if (!layer.operator().binary()) {
      // FP layer: fold the multiplier into the weights themselves.
      for (int o = 0; o < out; o++) {
        for (int i = 0; i < perChannel; i++) {
          weights[o * perChannel + i] *= multiplier[o];
        }
      }
      java.util.Arrays.fill(multiplier, 1f);
    }
    Parameter theta = binarizer.activations().threshold();
    List<float[]> spatial = binarizer.output().spatialFactors().stream().map(LayerFold::values).toList();
    return new LayerFold(weights, multiplier, bias, theta == null ? null : values(theta),
        binarizer.activations().scalesPerSample(), spatial);
  }

  /**
   * The same fold for an input that comes through a Hardtanh the deployed model skips: sign(clip(v,
   * -1, 1) + theta) equals sign(v + theta') for every finite v with theta' = theta on [-1, 1), +inf
   * (always +1) above and -inf (always -1) below. Without a threshold nothing changes.
   */
  LayerFold afterHardtanh() {
    if (threshold == null) {
      return this;
    }
    float[] folded = new float[threshold.length];
    for (int c = 0; c < folded.length; c++) {
      float t = threshold[c];
      folded[c] = t >= 1f ? Float.POSITIVE_INFINITY : t < -1f ? Float.NEGATIVE_INFINITY : t;
    }
    return new LayerFold(weights, multiplier, bias, folded, perSampleScale, spatial);
  }

  /**
   * Ternary weights are {-gamma, 0, +gamma}: gamma is their largest magnitude (1 when every weight
   * is 0, where the dot is 0 anyway). The kernel packs the trits and gamma folds into the multiplier.
   */
  private static double ternaryScale(float[] weights) {
    float gamma = 0;
    for (float w : weights) {
      gamma = Math.max(gamma, Math.abs(w));
    }
    return gamma == 0 ? 1 : gamma;
  }

  private static float[] values(Parameter parameter) {
    return parameter.getArray().toFloatArray();
  }
}
