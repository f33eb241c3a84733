package bibench.complexity;

import ai.djl.nn.Parameter;
import bibench.operators.BinaryOperator;
import bibench.operators.LayerBinarizer;
import bibench.operators.LayerGeometry;
import bibench.operators.LayerPart;

/**
 * The 32-bit parameters an operator keeps in one binarized layer at inference, beyond the layer's
 * own weights and bias, and the extras it trains:
 *
 * <ul>
 *   <li>the per-output-channel weight scale alpha = mean(|W_o|) of the operators whose weight
 *       quantizer applies one (XNOR-Net, DoReFa, Bi-Real, ReActNet, FDA, PB-LLM): C_out values,
 *       computed once after training and stored (they fold into the kernel's per-channel
 *       multiplier, but still take room);
 *   <li>every learnable extra of the layer's quantizers and output scale, at the shape the layer's
 *       geometry gives it: XNOR++'s Gamma factors o, h, w (or o, l; or o), ReCU's and BiPer's
 *       alpha, ReActNet's threshold theta (which folds into the packing threshold and costs no
 *       MACs);
 *   <li>but never FDA's noise-adaptation MLPs (training-only, a_t = 0 at deployment) nor PB-LLM's
 *       salient mark and values (their storage is counted with the weights).
 * </ul>
 *
 * <p>The operators say both: {@link bibench.operators.WeightQuantizer#scalesPerOutputChannel}
 * and {@link LayerPart#deployedParameters}.
 */
final class DeployedScales {

  private DeployedScales() {}

  /** The inference-time 32-bit parameters {@code op} adds to a binarized layer of this geometry. */
  static long parameters(BinaryOperator op, LayerGeometry geometry) {
    LayerBinarizer binarizer = prepared(op, geometry);
    long count = 0;
    for (LayerPart part : binarizer.parts()) {
      for (Parameter p : part.deployedParameters()) {
        count += p.getShape().size();
      }
    }
    if (binarizer.weights().scalesPerOutputChannel()) {
      count += geometry.outChannels();
    }
    return count;
  }

  /**
   * The extras {@code op} adds to a layer of this geometry while training: {trainable,
   * non-trainable} parameter counts.
   */
  static long[] trainingExtras(BinaryOperator op, LayerGeometry geometry) {
    long[] split = new long[2];
    for (Parameter p : prepared(op, geometry).parameters()) {
      split[p.requiresGradient() ? 0 : 1] += p.getShape().size();
    }
    return split;
  }

  private static LayerBinarizer prepared(BinaryOperator op, LayerGeometry geometry) {
    LayerBinarizer binarizer = op.newLayer(geometry.kind());
    binarizer.prepare(geometry);
    return binarizer;
  }
}
