package bibench.operators.impl;

import bibench.operators.BinaryOperator;
import bibench.operators.LayerBinarizer;
import bibench.operators.LayerKind;
import bibench.operators.quant.ChannelScale;
import bibench.operators.quant.RecuActivations;
import bibench.operators.quant.RecuWeights;

/**
 * ReCU (Xu et al. 2021, "ReCU: Reviving the Dead Weights in Binary Neural Networks", arXiv
 * 2103.12369).
 *
 * <ul>
 *   <li>Weights: centred and standardised per output channel, clamped to +-Q_tau with Q_tau =
 *       -mean(|w1|) ln(2 - 2 tau), then q = sign with identity gradient ({@link RecuWeights}).
 *   <li>Activations: standardised per sample in training only, q = sign(a0), gradient max(0, 2 -
 *       2|a0|) ({@link RecuActivations}).
 *   <li>Output: Y = conv(qX, qW) * alpha, alpha learnable per output channel, initialised U[0, 1).
 *   <li>Epoch hook, epoch e of E: tau(e) = A exp(e / E) + B with A = (0.99 - 0.85) / (e - 1) (e is
 *       Euler's number) and B = 0.85 - A, so tau(0) = 0.85 rising toward 0.99. Before any epoch
 *       tau = 0.85.
 * </ul>
 */
public final class ReCU implements BinaryOperator {
  private static final double A = (0.99 - 0.85) / (Math.E - 1);
  private static final double B = 0.85 - A;
  private volatile double tau = tau(0, 1);

  @Override
  public String id() {
    return "recu";
  }

  @Override
  public String displayName() {
    return "ReCU";
  }

  @Override
  public String reference() {
    return "Xu et al. 2021, arXiv 2103.12369";
  }

  @Override
  public LayerBinarizer newLayer(LayerKind kind) {
    return new LayerBinarizer(new RecuWeights(() -> tau), new RecuActivations(), new ChannelScale());
  }

  @Override
  public void onEpoch(int epoch, int epochs) {
    tau = tau(epoch, epochs);
  }

  /** The current tau. */
  public double tau() {
    return tau;
  }

  /** tau(e) = A exp(e / E) + B. */
  static double tau(int epoch, int epochs) {
    return A * Math.exp((double) epoch / epochs) + B;
  }
}
