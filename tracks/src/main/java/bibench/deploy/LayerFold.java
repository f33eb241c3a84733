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
 * Partially binarized weights (PB-LLM) give alpha_o from the channel's binary weights only; the
 * salient ones become a sparse FP correction ({@link Salient}).
 *
 * @param weights the weights the kernel takes (their signs for a binarized layer)
 * @param multiplier per output channel
 * @param bias per output channel
 * @param threshold per input channel (ReActNet's theta), or null
 * @param perSampleScale XNOR-Net's beta
 * @param spatial XNOR++'s spatial factors (h, w; or l), empty when none
 * @param salient PB-LLM's salient weights (positions in {@code weights}, values in output units), or
 *     null
 */
record LayerFold(float[] weights, float[] multiplier, float[] bias, float[] threshold, boolean perSampleScale,
    List<float[]> spatial, Salient salient) {

  /**
   * The weights of a partially binarized layer that stay in full precision: their positions and
   * their values times every per-channel factor applied after the product (the BatchNorm scale),
   * so that the kernel adds {@code value * x} to its output as it is.
   */
  record Salient(int[] index, float[] value) {}


  /** Folds a trained layer and the affine that follows it. */
  static LayerFold of(BinaryLayer layer, LayerGeometry geometry, ChannelAffine affine) {
    int out = geometry.outChannels();
    float[] bias = new float[out];
    if (layer.hasBias()) {
      float[] b = layer.bias().getArray().toFloatArray();
      for (int o = 0; o < out; o++) {
        bias[o] = b[o] * affine.scale()[o] + affine.shift()[o];
      }
    } else {
      System.arraycopy(affine.shift(), 0, bias, 0, out);
    }
    LayerBinarizer binarizer = layer.binarizer();
    float[] weights;
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray latent = layer.weight().getArray();
      NDArray quantized = binarizer.weights().quantize(latent, new EvaluationContext(geometry, manager));
      weights = quantized.toFloatArray();
    }
    int perChannel = weights.length / out;
    float[] mask = layer.operator().deployKernel() == DeployKernel.PARTIAL_BINARY ? salientMask(binarizer) : null;
    float[] multiplier = new float[out];
    float[] after = new float[out];
    float[] channelFactor = binarizer.output().channelFactor() == null ? null : values(binarizer.output().channelFactor());
    double gamma = layer.operator().deployKernel() == DeployKernel.TERNARY_BINARY ? ternaryScale(weights) : 1;
    for (int o = 0; o < out; o++) {
      double alpha = gamma;
      if (mask != null) {
        alpha = binaryScale(weights, mask, o * perChannel, perChannel);
      } else if (layer.operator().binary() && binarizer.weights().scalesPerOutputChannel()) {
        double sum = 0;
        for (int i = 0; i < perChannel; i++) {
          sum += Math.abs(weights[o * perChannel + i]);
        }
        alpha = sum / perChannel;
      }
      after[o] = (float) ((channelFactor == null ? 1 : channelFactor[o]) * affine.scale()[o]);
      multiplier[o] = (float) (alpha * (channelFactor == null ? 1 : channelFactor[o]) * affine.scale()[o]);
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
        binarizer.activations().scalesPerSample(), spatial, mask == null ? null : salient(weights, mask, after));
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
    return new LayerFold(weights, multiplier, bias, folded, perSampleScale, spatial, salient);
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

  /** PB-LLM's mark of the salient weights (1 salient, 0 binary), in the layout of the weights. */
  private static float[] salientMask(LayerBinarizer binarizer) {
    return binarizer.weights().parameters().stream().filter(p -> p.getName().equals("salient_mask")).findFirst()
        .map(LayerFold::values).orElseThrow(() -> new IllegalStateException("a partially binarized layer "
            + "without a salient_mask parameter"));
  }

  /** alpha_o of PB-LLM: mean |w| over the channel's binary (non-salient) weights, 1 when none. */
  private static double binaryScale(float[] weights, float[] mask, int from, int count) {
    double sum = 0;
    int n = 0;
    for (int i = from; i < from + count; i++) {
      if (mask[i] == 0f) {
        sum += Math.abs(weights[i]);
        n++;
      }
    }
    return n == 0 ? 1 : sum / n;
  }

  private static Salient salient(float[] weights, float[] mask, float[] after) {
    int perChannel = weights.length / after.length;
    int[] index = java.util.stream.IntStream.range(0, weights.length).filter(i -> mask[i] != 0f).toArray();
    float[] value = new float[index.length];
    for (int e = 0; e < index.length; e++) {
      value[e] = weights[index[e]] * after[index[e] / perChannel];
    }
    return new Salient(index, value);
  }

  private static float[] values(Parameter parameter) {
    return parameter.getArray().toFloatArray();
  }
}
