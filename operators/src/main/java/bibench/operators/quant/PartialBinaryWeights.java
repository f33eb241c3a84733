package bibench.operators.quant;

import bibench.operators.WeightGroup;
import bibench.operators.WeightQuantizer;
import bibench.operators.LayerContext;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.ConstantInitializer;
import ai.djl.training.initializer.Initializer;
import bibench.operators.LayerGeometry;
import bibench.operators.LayerKind;
import java.util.List;

/**
 * PB-LLM's partially binarized weights, QAT form (Shang et al. 2023, "PB-LLM: Partially Binarized
 * Large Language Models", arXiv 2310.00034).
 *
 * <ul>
 *   <li>Salient weights: the first forward pass (the start of binarized training, from the FP32
 *       weights) marks the k = round(p n) weights of largest |W| of the layer (n weights; ties by
 *       position) as salient, once, and stores them at 8 bits: symmetric per output channel,
 *       s_o = max |W_o salient| / 127, value = round(W / s_o) s_o. They are frozen: no gradient
 *       reaches them and their stored value never changes (PB-LLM's "salient weight freezing").
 *       The mark and the 8-bit values are non-trainable parameters of the layer, so a checkpoint
 *       keeps them.
 *   <li>The other weights: alpha_o sign(W) with alpha_o = mean |W| over the channel's non-salient
 *       weights (detached), the scale that minimises ||w - alpha sign(w)||^2 (PB-LLM's optimal
 *       scaling factor); gradient clipped STE.
 *   <li>Deployment: a dense 1-bit plane (n bits) times binary activations, plus a sparse int8
 *       correction: k values of 8 bits, k column indices of ceil(log2 fanIn) bits, C_out + 1 row
 *       offsets and C_out int8 scales of 32 bits; alpha_o folds per channel.
 * </ul>
 *
 * Where this differs from PB-LLM's code: its QAT marks the p/2 most negative and p/2 most positive
 * weights of the layer and one binary scale per layer; here the p largest magnitudes (the paper's
 * criterion) and one scale per output channel (which folds like the other operators' alpha).
 */
public final class PartialBinaryWeights implements WeightQuantizer {
  private final double fraction;
  private final Parameter mask = frozen("salient_mask", new ConstantInitializer(-1f));
  private final Parameter salient = frozen("salient_values", Initializer.ZEROS);
  private final Surrogate surrogate = Surrogate.clippedSte();

  /** @param fraction p, the share of each layer's weights kept at 8 bits, in [0, 1] */
  public PartialBinaryWeights(double fraction) {
    if (!(fraction >= 0 && fraction <= 1)) {
      throw new IllegalArgumentException("salient fraction must be in [0, 1], got " + fraction);
    }
    this.fraction = fraction;
  }

  private static Parameter frozen(String name, Initializer initializer) {
    return Parameter.builder().setName(name).setType(Parameter.Type.OTHER).optInitializer(initializer)
        .optRequiresGrad(false).build();
  }

  /** k = round(p n), the salient weights of a layer of n weights. */
  public static long salientCount(long n, double fraction) {
    return Math.min(n, (long) Math.floor(fraction * n + 0.5));
  }

  @Override
  public List<Parameter> parameters() {
    return List.of(mask, salient);
  }

  /** None: the mark and the 8-bit values are counted in {@link #deployedWeights}. */
  @Override
  public List<Parameter> deployedParameters() {
    return List.of();
  }

  @Override
  public void prepare(LayerGeometry geometry) {
    int[] kernel = geometry.kernel();
    long[] dims = new long[2 + kernel.length];
    dims[0] = geometry.outChannels();
    dims[1] = geometry.inChannels() / geometry.groups();
    for (int i = 0; i < kernel.length; i++) {
      dims[2 + i] = kernel[i];
    }
    mask.setShape(new Shape(dims));
    salient.setShape(new Shape(dims));
  }

  @Override
  public boolean scalesPerOutputChannel() {
    return true;
  }

  @Override
  public NDArray quantize(NDArray w, LayerContext context) {
    NDArray isSalient = context.value(mask).stopGradient();
    if (isSalient.reshape(-1).get(0).getFloat() < 0) {
      SalientSelection.select(w.stopGradient().toFloatArray(), context.geometry().outChannels(), fraction)
          .writeInto(mask.getArray(), salient.getArray());
      isSalient = context.value(mask).stopGradient();
    }
    LayerKind kind = context.geometry().kind();
    NDArray binarized = isSalient.neg().add(1f);
    NDArray wd = w.stopGradient();
    int[] axes = kind.weightChannelAxes();
    NDArray count = binarized.sum(axes, true).maximum(1f);
    NDArray alpha = wd.abs().mul(binarized).sum(axes, true).div(count);
    NDArray q = Tensors.signPlus(wd).mul(alpha).mul(binarized).add(context.value(salient).stopGradient().mul(isSalient));
    return Tensors.straightThrough(w, q, surrogate.gradient(w).mul(binarized));
  }

  @Override
  public List<WeightGroup> deployedWeights(LayerGeometry geometry) {
    long n = (long) geometry.outChannels() * geometry.fanIn();
    long k = salientCount(n, fraction);
    int indexBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, geometry.fanIn() - 1)));
    double overhead = (double) k * indexBits + 32.0 * (geometry.outChannels() + 1) + 32.0 * geometry.outChannels();
    return List.of(
        new WeightGroup("signs", n - k, 1, 1, k),
        new WeightGroup("salient int8", k, 8, 8, overhead));
  }

  /** p. */
  public double fraction() {
    return fraction;
  }
}
