package bibench.operators.impl;

import bibench.operators.DeployKernel;
import bibench.operators.ExtraFpPass;
import bibench.operators.ActivationQuantizer;
import bibench.operators.AttentionBinarizer;
import bibench.operators.quant.SignActivations;
import bibench.operators.quant.StepAttention;
import bibench.operators.quant.Surrogate;
import bibench.operators.quant.TernaryWeights;

/**
 * Ternary weights with sign activations, W1.58A1: BitNet b1.58's absmean ternary weights (Ma et al.
 * 2024, arXiv 2402.17764) with BNN's activations, q = sign(X) with the clipped STE, and BiBench's
 * binary attention. Not a configuration of the paper (which keeps 8-bit activations): the operator
 * the ternary x binary kernel serves, dot = 2 popcount(mask &amp; ~(a ^ s)) - popcount(mask), b_w =
 * 2, b_a = 1 (2/64 of an FP32 MAC).
 */
public final class BitNet158A1 extends BitNet158 {
  /** Ternary weights, sign activations. */
  public BitNet158A1() {
    super("bitnet158-a1", TernaryWeights.Scale.MEAN);
  }

  @Override
  public String displayName() {
    return "BitNet W1.58A1";
  }

  @Override
  public String reference() {
    return "ternary weights of Ma et al. 2024, arXiv 2402.17764, with sign activations (W1.58A1)";
  }

  @Override
  ActivationQuantizer activations() {
    return new SignActivations(Surrogate.clippedSte(), false);
  }

  @Override
  public AttentionBinarizer attention() {
    return StepAttention.INSTANCE;
  }

  @Override
  public DeployKernel deployKernel() {
    return DeployKernel.TERNARY_BINARY;
  }

  @Override
  public ExtraFpPass extraFpPass() {
    return ExtraFpPass.NONE;
  }
}
