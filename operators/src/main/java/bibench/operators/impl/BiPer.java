package bibench.operators.impl;

import bibench.BadInputException;
import bibench.operators.BinaryOperator;
import bibench.operators.LayerBinarizer;
import bibench.operators.LayerKind;
import bibench.operators.quant.ChannelScale;
import bibench.operators.quant.PeriodicWeights;
import bibench.operators.quant.RecuActivations;
import java.math.BigDecimal;
import java.util.Map;

/**
 * BiPer (Vargas, Correa, Hinojosa &amp; Arguello, CVPR 2024, "BiPer: Binary Neural Networks using a
 * Periodic Function", arXiv 2404.01278).
 *
 * <ul>
 *   <li>Weights ({@link PeriodicWeights}): q = sign(sin(omega0 W)), a square wave of the latent
 *       weight (sign(0) = +1); gradient omega0 cos(omega0 W), the derivative of the sine of the
 *       same period as the surrogate. omega0 = 20, the value of the paper's CIFAR-10 and ImageNet
 *       scripts (their code's default is 30); {@code biper:omega=30} sets another.
 *   <li>Activations, as BiPer's code does (ReCU's, {@link RecuActivations}): in training a0 = X /
 *       sqrt(var(X per sample) + 1e-5), in evaluation a0 = X; q = sign(a0), gradient max(0, 2 -
 *       2|a0|).
 *   <li>Output: Y = conv(qX, qW) * alpha, alpha learnable per output channel, starting U[0, 1) (its
 *       code's {@code torch.rand}); folds at deployment.
 *   <li>Two-stage training: stage 1 trains with real weights q = sin(omega0 W) and binary
 *       activations; stage 2 binarizes the weights (square wave), starting from stage 1's latent
 *       weights. The paper runs the stages as two trainings of 2:1 length (600 + 300 epochs on
 *       CIFAR-10, 200 + 100 on ImageNet). Epoch hook here: of E binarized epochs the first
 *       floor(2E / 3) are stage 1, the rest stage 2, so the last epoch, evaluation and deployment
 *       are always binary. Before any epoch hook runs the operator is in stage 2.
 * </ul>
 *
 * Where this project's recipe differs, and why: BiBench's recipe starts every binarized model from
 * the trained FP32 model (ReLU, then Hardtanh) rather than from scratch, and both stages share
 * that one binarized training and its schedule (the paper restarts the learning rate, with its own
 * weight decay, for stage 2); the regulariser of BiPer's code, tau * mean(sin^2(omega0 W)) added to
 * the loss (weight decay for small weights), is not part of the operator: the suite's recipe sets
 * the weight decay. Deploys on the XNOR/popcount kernels like ReCU.
 */
public final class BiPer implements BinaryOperator {
  /** omega0 of the paper's scripts. */
  public static final double DEFAULT_OMEGA = 20;

  private final double omega;
  private volatile boolean binaryStage = true;

  /** BiPer with omega0 = 20. */
  public BiPer() {
    this(DEFAULT_OMEGA);
  }

  private BiPer(double omega) {
    this.omega = omega;
  }

  @Override
  public String id() {
    return omega == DEFAULT_OMEGA ? "biper" : "biper:omega=" + BigDecimal.valueOf(omega).stripTrailingZeros().toPlainString();
  }

  @Override
  public String displayName() {
    return "BiPer";
  }

  @Override
  public String reference() {
    return "Vargas et al. 2024 (CVPR), arXiv 2404.01278";
  }

  @Override
  public LayerBinarizer newLayer(LayerKind kind) {
    return new LayerBinarizer(new PeriodicWeights(omega, () -> binaryStage), new RecuActivations(), new ChannelScale());
  }

  @Override
  public void onEpoch(int epoch, int epochs) {
    binaryStage = epoch >= firstStageEpochs(epochs);
  }

  /** The epochs of stage 1 out of {@code epochs}: floor(2 epochs / 3). */
  public static int firstStageEpochs(int epochs) {
    return 2 * epochs / 3;
  }

  /** True in stage 2 (binary weights). */
  public boolean binaryStage() {
    return binaryStage;
  }

  /** omega0. */
  public double omega() {
    return omega;
  }

  @Override
  public BinaryOperator configure(Map<String, String> options) {
    double value = omega;
    for (Map.Entry<String, String> e : options.entrySet()) {
      if (!e.getKey().equals("omega")) {
        throw new BadInputException("operator biper has no option '" + e.getKey() + "'", "use biper:omega=<frequency>");
      }
      value = Options.positive("biper", e.getKey(), e.getValue(), Double.MAX_VALUE);
    }
    return new BiPer(value);
  }
}
