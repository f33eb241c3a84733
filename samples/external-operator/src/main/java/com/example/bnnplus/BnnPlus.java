package com.example.bnnplus;

import bibench.operators.BinaryOperator;
import bibench.operators.LayerBinarizer;
import bibench.operators.LayerKind;
import bibench.operators.OutputScale;
import bibench.operators.quant.SignActivations;
import bibench.operators.quant.SignWeights;

/**
 * BNN+ (Darabi, Belbahri, Courbariaux &amp; Nia 2018, arXiv 1812.11800), operator part, as a plug-in
 * of BiBench-J written outside its repository.
 *
 * <ul>
 *   <li>Activations: q = sign(X), gradient SignSwish with beta = 5 ({@link SignSwish}).
 *   <li>Weights: q = alpha sign(W), alpha_o = mean |W_o| per output channel (detached), gradient
 *       SignSwish with beta = 5.
 *   <li>The paper's regularizer and trainable scales are not part of this sample.
 * </ul>
 */
public final class BnnPlus implements BinaryOperator {
  /** beta of the SignSwish surrogate. */
  public static final float BETA = 5f;

  @Override
  public String id() {
    return "bnnplus";
  }

  @Override
  public String displayName() {
    return "BNN+";
  }

  @Override
  public String reference() {
    return "Darabi et al. 2018, arXiv 1812.11800 (SignSwish)";
  }

  @Override
  public LayerBinarizer newLayer(LayerKind kind) {
    return new LayerBinarizer(
        new SignWeights(new SignSwish(BETA), true, false),
        new SignActivations(new SignSwish(BETA), false),
        OutputScale.NONE);
  }
}
