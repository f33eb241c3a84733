package bibench.operators.impl;

import bibench.operators.BinaryOperator;
import bibench.operators.DeployKernel;
import bibench.operators.ExtraFpPass;
import bibench.operators.LayerBinarizer;
import bibench.operators.LayerKind;
import bibench.operators.ActivationQuantizer;
import bibench.operators.AttentionBinarizer;
import bibench.operators.quant.Int8Activations;
import bibench.operators.OutputScale;
import bibench.operators.quant.SoftmaxAttention;
import bibench.operators.quant.TernaryWeights;

/**
 * BitNet b1.58 (Ma et al. 2024, "The Era of 1-bit LLMs: All Large Language Models are in 1.58
 * Bits", arXiv 2402.17764), W1.58A8.
 *
 * <ul>
 *   <li>Weights ({@link TernaryWeights}): gamma = mean |W| over the layer; q = RoundClip(W / gamma,
 *       -1, 1) gamma in {-gamma, 0, gamma}; gradient straight through (1).
 *   <li>Activations ({@link Int8Activations}): 8-bit absmax per token (per sample for a
 *       convolution), q = Clip(round(127 X / max|X|), -128, 127) max|X| / 127; gradient straight
 *       through.
 *   <li>Attention: softmax in full precision, as BitNet keeps its attention products outside the
 *       quantized linear layers.
 *   <li>Deployment: ternary x int8 products ({@link DeployKernel#TERNARY_INT8}); weights stored at
 *       1.6 bits (five trits a byte), b_w = 2 and b_a = 8 in the MAC count (16/64 of an FP32 MAC).
 *       The per-token scale is an extra FP pass, as XNOR-Net's: max |X| over each token's input and
 *       one multiply per output ({@link ExtraFpPass#PER_SAMPLE_INPUT_SCALE}).
 * </ul>
 *
 * BitNet also puts a LayerNorm before each quantized layer and trains from scratch; here the
 * architectures stay BiBench's and training follows BiBench's recipe (from the FP32 model).
 * Subclasses: {@link BitNet158Median} (median scale) and {@link BitNet158A1} (sign activations).
 */
public class BitNet158 implements BinaryOperator {
  private final String id;
  private final TernaryWeights.Scale scale;

  /** BitNet b1.58 with absmean weights and 8-bit activations. */
  public BitNet158() {
    this("bitnet158", TernaryWeights.Scale.MEAN);
  }

  BitNet158(String id, TernaryWeights.Scale scale) {
    this.id = id;
    this.scale = scale;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String displayName() {
    return "BitNet b1.58";
  }

  @Override
  public String reference() {
    return "Ma et al. 2024, arXiv 2402.17764 (W1.58A8)";
  }

  @Override
  public LayerBinarizer newLayer(LayerKind kind) {
    return new LayerBinarizer(new TernaryWeights(scale), activations(), OutputScale.NONE);
  }

  /** The activation quantizer: 8-bit absmax here. */
  ActivationQuantizer activations() {
    return new Int8Activations();
  }

  @Override
  public AttentionBinarizer attention() {
    return SoftmaxAttention.INSTANCE;
  }

  @Override
  public DeployKernel deployKernel() {
    return DeployKernel.TERNARY_INT8;
  }

  @Override
  public ExtraFpPass extraFpPass() {
    return ExtraFpPass.PER_SAMPLE_INPUT_SCALE;
  }
}
