package bibench.operators.impl;

import bibench.operators.BinaryOperator;
import bibench.operators.LayerBinarizer;
import bibench.operators.LayerKind;
import bibench.operators.AttentionBinarizer;
import bibench.operators.OutputScale;
import bibench.operators.quant.SignActivations;
import bibench.operators.quant.SignWeights;
import bibench.operators.quant.SoftmaxAwareAttention;
import bibench.operators.quant.Surrogate;

/**
 * BiViT's softmax-aware attention binarization (He et al., ICCV 2023, "BiViT: Extremely Compressed
 * Binary Vision Transformers", arXiv 2211.07091) beside BNN's dense layers, so that against {@code
 * bnn} its rows isolate the attention binarizer.
 *
 * <ul>
 *   <li>Dense layers: BNN's, q = sign(X), q = sign(W), both with the clipped STE.
 *   <li>Attention ({@link SoftmaxAwareAttention}): a_q = 1[softmax(sign(Q) sign(K)^T / sqrt(d)) &gt;=
 *       0.25 max] per attention vector, context = a_q sign(V); straight-through gradient to the
 *       softmax output, then through the softmax. BiBench's default attention is the binary step of
 *       the scores instead.
 * </ul>
 *
 * It only changes attention, so on architectures without attention it is not applicable (the
 * tracks say n/a rather than repeat BNN's numbers). The same attention goes with any operator as
 * {@code <id>:attention=sab}. BiViT's cross-layer binarization and learnable weight scales are not
 * part of it.
 */
public final class BiVit implements BinaryOperator {
  @Override
  public String id() {
    return "bivit";
  }

  @Override
  public String displayName() {
    return "BiViT (SAB)";
  }

  @Override
  public String reference() {
    return "He et al. 2023 (ICCV), arXiv 2211.07091 (softmax-aware attention; dense layers as BNN)";
  }

  @Override
  public LayerBinarizer newLayer(LayerKind kind) {
    return new LayerBinarizer(
        new SignWeights(Surrogate.clippedSte(), false, false),
        new SignActivations(Surrogate.clippedSte(), false),
        OutputScale.NONE);
  }

  @Override
  public AttentionBinarizer attention() {
    return new SoftmaxAwareAttention();
  }

  @Override
  public boolean attentionOnly() {
    return true;
  }
}
