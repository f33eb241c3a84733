package com.example.bnnplus;

import ai.djl.ndarray.NDArray;
import bibench.operators.quant.Surrogate;

/**
 * BNN+'s SignSwish surrogate (Darabi, Belbahri, Courbariaux &amp; Nia 2018, "BNN+: Improved Binary
 * Network Training", arXiv 1812.11800): SS_b(x) = 2 sigma(b x) (1 + b x (1 - sigma(b x))) - 1, whose
 * derivative is g(x) = b (2 - b x tanh(b x / 2)) / (1 + cosh(b x)): 2 b / 2 = b at 0, negative
 * beyond |x| of about 2.4 / b, where it pushes values back towards the sign's jump.
 */
final class SignSwish implements Surrogate {
  private final float beta;

  SignSwish(float beta) {
    this.beta = beta;
  }

  @Override
  public NDArray gradient(NDArray x) {
    NDArray bx = x.stopGradient().mul(beta);
    NDArray numerator = bx.mul(bx.div(2f).tanh()).neg().add(2f).mul(beta);
    return numerator.div(bx.cosh().add(1f));
  }
}
