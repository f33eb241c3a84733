package bibench.complexity;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import bibench.operators.BinaryOperator;
import bibench.operators.LayerBinarizer;
import bibench.operators.LayerGeometry;
import bibench.operators.LayerKind;
import bibench.operators.quant.FdaActivations;
import bibench.operators.quant.FdaWeights;
import bibench.operators.quant.LayerContext;
import bibench.operators.quant.LayerPart;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
 * <p>Whether a weight quantizer applies a per-channel scale is not exposed by the operators module,
 * so it is read off its behaviour once per operator class and layer kind: a small weight tensor
 * with magnitudes well below 1 is quantized in evaluation mode, and outputs of magnitude other
 * than 1 mean a scale.
 */
final class DeployedScales {
  private static final Map<String, Boolean> SCALED = new ConcurrentHashMap<>();
  /** Two output channels of four weights each, magnitudes below 0.5, so no scale can equal 1. */
  private static final float[] PROBE = {0.1f, -0.3f, 0.2f, -0.05f, 0.4f, -0.15f, 0.25f, -0.35f};

  private DeployedScales() {}

  /** The inference-time 32-bit parameters {@code op} adds to a binarized layer of this geometry. */
  static long parameters(BinaryOperator op, LayerGeometry geometry) {
    LayerBinarizer binarizer = op.newLayer(geometry.kind());
    binarizer.prepare(geometry);
    long count = 0;
    for (LayerPart part : binarizer.parts()) {
      if (!trainingOnly(part)) {
        for (Parameter p : part.parameters()) {
          count += p.getShape().size();
        }
      }
    }
    if (scalesWeightsPerChannel(op, geometry.kind())) {
      count += geometry.outChannels();
    }
    return count;
  }

  /** FDA's noise-adaptation parts, whose parameters vanish from the deployed model. */
  static boolean trainingOnly(LayerPart part) {
    return part instanceof FdaWeights || part instanceof FdaActivations;
  }

  /** Whether {@code op}'s weight quantizer multiplies sign(W) by a per-output-channel scale. */
  static boolean scalesWeightsPerChannel(BinaryOperator op, LayerKind kind) {
    return SCALED.computeIfAbsent(op.getClass().getName() + "/" + kind, key -> probe(op, kind));
  }

  private static boolean probe(BinaryOperator op, LayerKind kind) {
    int[] ones = new int[kind.spatialDims()];
    Arrays.fill(ones, 1);
    LayerGeometry geometry = new LayerGeometry(kind, 4, 2, 1, ones, ones);
    LayerBinarizer binarizer = op.newLayer(kind);
    binarizer.prepare(geometry);
    long[] dims = new long[2 + ones.length];
    dims[0] = 2;
    dims[1] = 4;
    Arrays.fill(dims, 2, dims.length, 1);
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray w = manager.create(PROBE, new Shape(dims));
      float[] q = binarizer.weights().quantize(w, new ProbeContext(geometry, manager)).toFloatArray();
      for (float v : q) {
        if (Math.abs(Math.abs(v) - 1f) > 1e-4f) {
          return true;
        }
      }
      return false;
    }
  }

  /** An evaluation-mode forward pass of the probe layer; parameters get their initial values. */
  private record ProbeContext(LayerGeometry geometry, NDManager manager) implements LayerContext {
    @Override
    public boolean training() {
      return false;
    }

    @Override
    public NDArray value(Parameter parameter) {
      parameter.initialize(manager, DataType.FLOAT32);
      return parameter.getArray();
    }
  }
}
