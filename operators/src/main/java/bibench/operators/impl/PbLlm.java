package bibench.operators.impl;

import bibench.BadInputException;
import bibench.operators.BinaryOperator;
import bibench.operators.DeployKernel;
import bibench.operators.LayerBinarizer;
import bibench.operators.LayerKind;
import bibench.operators.OutputScale;
import bibench.operators.quant.PartialBinaryWeights;
import bibench.operators.quant.SignActivations;
import bibench.operators.quant.Surrogate;
import java.math.BigDecimal;
import java.util.Map;

/**
 * PB-LLM partial binarization, QAT form (Shang, Yuan, Wu &amp; Dong 2023, "PB-LLM: Partially
 * Binarized Large Language Models", arXiv 2310.00034), W-partial A1.
 *
 * <ul>
 *   <li>Weights ({@link PartialBinaryWeights}): the fraction p of each layer's weights with the
 *       largest |W| (default p = 0.1, set with {@code pbllm:p=0.2}) is marked salient once, at the
 *       start of binarized training, kept at 8 bits (symmetric per output channel) and frozen; the
 *       rest is alpha_o sign(W), alpha_o = mean |W| of the channel's non-salient weights (the
 *       optimal scale), gradient clipped STE.
 *   <li>Activations: q = sign(X), gradient clipped STE. PB-LLM binarizes weights only (its
 *       activations stay in FP16); here the activations are sign-binarized like every other
 *       operator's, so that it is compared W-partial A1 with them.
 *   <li>Storage: the 1-bit plane, the salient int8 values, their column indices and row offsets,
 *       and the per-channel scales. Deployment needs the 1-bit kernel plus a sparse int8 correction
 *       ({@link DeployKernel#PARTIAL_BINARY}).
 * </ul>
 */
public final class PbLlm implements BinaryOperator {
  /** p when none is given: 10 % of each layer's weights stay at 8 bits. */
  public static final double DEFAULT_FRACTION = 0.1;

  private final double fraction;

  /** PB-LLM with p = 0.1. */
  public PbLlm() {
    this(DEFAULT_FRACTION);
  }

  private PbLlm(double fraction) {
    this.fraction = fraction;
  }

  @Override
  public String id() {
    return fraction == DEFAULT_FRACTION ? "pbllm"
        : "pbllm:p=" + BigDecimal.valueOf(fraction).stripTrailingZeros().toPlainString();
  }

  @Override
  public String displayName() {
    return "PB-LLM";
  }

  @Override
  public String reference() {
    return "Shang et al. 2023, arXiv 2310.00034 (W-partial A1)";
  }

  @Override
  public LayerBinarizer newLayer(LayerKind kind) {
    return new LayerBinarizer(new PartialBinaryWeights(fraction), new SignActivations(Surrogate.clippedSte(), false),
        OutputScale.NONE);
  }

  @Override
  public DeployKernel deployKernel() {
    return DeployKernel.PARTIAL_BINARY;
  }

  /** p, the share of each layer's weights kept at 8 bits. */
  public double fraction() {
    return fraction;
  }

  @Override
  public BinaryOperator configure(Map<String, String> options) {
    double value = fraction;
    for (Map.Entry<String, String> e : options.entrySet()) {
      if (!e.getKey().equals("p")) {
        throw new BadInputException("operator pbllm has no option '" + e.getKey() + "'",
            "use pbllm:p=<fraction of weights kept at 8 bits, 0 to 1>");
      }
      value = Options.number("pbllm", "p", e.getValue(), 0, 1);
    }
    return new PbLlm(value);
  }
}
