package bibench.operators.quant;

import ai.djl.ndarray.NDArray;
import bibench.operators.LayerContext;
import bibench.operators.LayerKind;
import bibench.operators.WeightQuantizer;

/**
 * Weight binarization q = [alpha *] sign(W) with a surrogate gradient (sign(0) = +1).
 *
 * <ul>
 *   <li>Forward: q = sign(W), or q = alpha * sign(W) with alpha_o = mean(|W_o|) per output channel
 *       (detached) when {@code channelScale}.
 *   <li>Gradient: dq/dW = s'(W) of the given surrogate (the scale sits inside q, as in BiBench's
 *       convolution layers, so it does not multiply the gradient).
 *   <li>With {@code centreLinearRows} (XNOR-Net's Linear variant) each weight row of a linear layer
 *       is first centred, W - rowmean(W), differentiably, before sign and alpha.
 * </ul>
 */
public final class SignWeights implements WeightQuantizer {
  private final Surrogate surrogate;
  private final boolean channelScale;
  private final boolean centreLinearRows;

  /**
   * @param surrogate the gradient rule
   * @param channelScale multiply by alpha_o = mean(|W_o|) per output channel
   * @param centreLinearRows centre each row of a linear layer's weights first
   */
  public SignWeights(Surrogate surrogate, boolean channelScale, boolean centreLinearRows) {
    this.surrogate = surrogate;
    this.channelScale = channelScale;
    this.centreLinearRows = centreLinearRows;
  }

  @Override
  public boolean scalesPerOutputChannel() {
    return channelScale;
  }

  @Override
  public NDArray quantize(NDArray w, LayerContext context) {
    LayerKind kind = context.geometry().kind();
    NDArray source = w;
    if (centreLinearRows && kind == LayerKind.LINEAR) {
      source = w.sub(Tensors.mean(w, new int[] {1}));
    }
    NDArray q = Tensors.signPlus(source);
    if (channelScale) {
      q = q.mul(Tensors.meanAbs(source, kind.weightChannelAxes()));
    }
    return Tensors.straightThrough(source, q, surrogate.gradient(source));
  }
}
