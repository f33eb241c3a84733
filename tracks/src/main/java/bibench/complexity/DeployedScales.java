package bibench.complexity;

import ai.djl.nn.Parameter;
import bibench.operators.BinaryOperator;
import bibench.operators.LayerBinarizer;
import bibench.operators.LayerGeometry;
import bibench.operators.LayerPart;

/**
 * The 32-bit parameters an operator keeps in one binarized layer at inference, beyond the layer's
 * own bias:
 *
 * <ul>
 *   <li>the per-output-channel weight scale alpha = mean(|W_o|) of the operators whose weight
 *       quantizer applies one (XNOR-Net, DoReFa, Bi-Real, ReActNet, FDA): C_out values, computed
 *       once after training and stored (they fold into the kernel's per-channel multiplier, but
 *       still take room);
 *   <li>every learnable extra of the layer's quantizers and output scale, at the shape the layer's
 *       geometry gives it: XNOR++'s Gamma factors o, h, w (or o, l; or o), ReCU's alpha, ReActNet's
 *       threshold theta (which folds into the packing threshold and costs no MACs);
 *   <li>but never FDA's noise-adaptation MLPs: they are training-only (a_t = 0 at deployment).
 * </ul>

 *
 * <p>The operators say both: {@link bibench.operators.WeightQuantizer#scalesPerOutputChannel}
 * and {@link LayerPart#deployedParameters}.
 */
final class DeployedScales {

  private DeployedScales() {}

  /** The inference-time 32-bit parameters {@code op} adds to a binarized layer of this geometry. */
  static long parameters(BinaryOperator op, LayerGeometry geometry) {
    LayerBinarizer binarizer = op.newLayer(geometry.kind());
    binarizer.prepare(geometry);
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
}
