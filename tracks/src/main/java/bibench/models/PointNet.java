package bibench.models;

import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import bibench.models.blocks.PoolBlock;
import bibench.operators.BinaryOperator;

/**
 * Vanilla PointNet (Qi et al. 2017) without the T-nets, for point-cloud classification on inputs
 * {C, N}: C coordinates (3, or 6 with normals) of N points.
 *
 * <ul>
 *   <li>Shared point MLP as 1x1 Conv1d layers 64-64-64-128-1024, each with BatchNorm: the first
 *       (C to 64) FP32, the other four binarized. Each is followed by the activation except the
 *       last, whose BatchNorm output goes straight into the pool, as in BiBench's PointNet encoder.
 *   <li>Global max-pool over the points: the symmetric function that makes the net order-free,
 *       followed by an FP BatchNorm. The maximum over many points is positive in almost every
 *       channel, so without re-centring a binarized head sees sign = +1 for every sample and every
 *       binarized operator collapses to chance ("feature homogenization", Qin et al. 2021,
 *       BiPointNet). BiBench's code hides this by accident: torch.sign(0) = 0 after its ReLU leaks a
 *       ternary signal. With sign(0) = +1 the BatchNorm (FP, as BiBench's policy keeps every
 *       BatchNorm) is what lets the binarized head see the pooled feature.
 *   <li>FC 1024-512-256, binarized, each with BatchNorm and the activation; an FP32 classifier.
 * </ul>
 *
 * <p>Width = w, the first layer's channels (default 64); the others scale with it (w, w, w, 2w,
 * 16w; FC 8w, 4w).
 */
public final class PointNet implements Architecture {

  @Override
  public String id() {
    return "pointnet";
  }

  @Override
  public Family family() {
    return Family.MLP;
  }

  @Override
  public String description() {
    return "vanilla PointNet (no T-net): FP 1x1 conv 64, binarized 64-64-128-1024, max-pool + BN, binarized FC 512-256, FP head";
  }

  @Override
  public Block build(BinaryOperator op, ModelSpec spec) {
    Layers.sampleShape(spec, id(), 2, "{coordinates, points}");
    int w = spec.widthOr(64);
    int[] pointMlp = {w, w, w, 2 * w, 16 * w};
    SequentialBlock net = new SequentialBlock();
    for (int i = 0; i < pointMlp.length; i++) {
      net.add(Layers.conv1d(i == 0 ? Layers.fp32() : op, pointMlp[i], 1, 1, 0, 1)).add(Layers.batchNorm());
      if (i < pointMlp.length - 1) {
        net.add(Layers.activation(op));
      }
    }
    net.add(PoolBlock.globalMax()).add(Layers.batchNorm());
    for (int units : new int[] {8 * w, 4 * w}) {
      net.add(Layers.linear(op, units, false)).add(Layers.batchNorm()).add(Layers.activation(op));
    }
    return net.add(Layers.linear(Layers.fp32(), spec.classes(), true));
  }
}
