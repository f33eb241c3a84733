package bibench.models.blocks;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import bibench.operators.nn.BinaryLinear;

/**
 * One post-LN encoder layer of BERT, on the pair (hidden (N, T, H), mask (N, T)):
 *
 * <pre>
 *   a  = attentionNorm(h + attentionOutput(attention(h, mask)))
 *   h' = outputNorm(a + output(activation(intermediate(a))))
 * </pre>
 *
 * and passes the mask on unchanged. The dense layers are {@link BinaryLinear}s (binarized in a
 * binarized model, as in BiBench); the two norms are FP32 LayerNorms. No dropout.
 */
public final class EncoderLayerBlock extends AbstractBlock {
  private final SelfAttentionBlock attention;
  private final BinaryLinear attentionOutput;
  private final Block attentionNorm;
  private final BinaryLinear intermediate;
  private final ActivationBlock activation;
  private final BinaryLinear output;
  private final Block outputNorm;

  /**
   * @param attention the self-attention (Q, K, V and scoring)
   * @param attentionOutput the dense layer after the attention, H to H
   * @param attentionNorm LayerNorm after the attention's residual add
   * @param intermediate the first feed-forward layer, H to F
   * @param activation the feed-forward activation
   * @param output the second feed-forward layer, F to H
   * @param outputNorm LayerNorm after the feed-forward residual add
   */
  public EncoderLayerBlock(SelfAttentionBlock attention, BinaryLinear attentionOutput, Block attentionNorm,
      BinaryLinear intermediate, ActivationBlock activation, BinaryLinear output, Block outputNorm) {
    if (attentionOutput.outChannels() != attention.width() || output.outChannels() != attention.width()) {
      throw new IllegalArgumentException("the attention output and FFN output must have width " + attention.width());
    }
    this.attention = addChildBlock("attention", attention);
    this.attentionOutput = addChildBlock("attention_output", attentionOutput);
    this.attentionNorm = addChildBlock("attention_norm", attentionNorm);
    this.intermediate = addChildBlock("intermediate", intermediate);
    this.activation = addChildBlock("activation", activation);
    this.output = addChildBlock("output", output);
    this.outputNorm = addChildBlock("output_norm", outputNorm);
  }

  /** The self-attention. */
  public SelfAttentionBlock attention() {
    return attention;
  }

  /** The dense layer after the attention. */
  public BinaryLinear attentionOutput() {
    return attentionOutput;
  }

  /** The LayerNorm after the attention. */
  public Block attentionNorm() {
    return attentionNorm;
  }

  /** The first feed-forward layer. */
  public BinaryLinear intermediate() {
    return intermediate;
  }

  /** The feed-forward activation. */
  public ActivationBlock activation() {
    return activation;
  }

  /** The second feed-forward layer. */
  public BinaryLinear output() {
    return output;
  }

  /** The LayerNorm after the feed-forward block. */
  public Block outputNorm() {
    return outputNorm;
  }

  /** Hidden size H. */
  public int hidden() {
    return attention.width();
  }

  /** Feed-forward size F. */
  public int feedForward() {
    return intermediate.outChannels();
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray h = inputs.get(0);
    NDArray context = attention.forward(store, inputs, training, params).singletonOrThrow();
    NDArray attended = attentionOutput.forward(store, new NDList(context), training, params).singletonOrThrow();
    NDArray a = attentionNorm.forward(store, new NDList(h.add(attended)), training, params).singletonOrThrow();
    NDList f = intermediate.forward(store, new NDList(a), training, params);
    f = activation.forward(store, f, training, params);
    NDArray ffn = output.forward(store, f, training, params).singletonOrThrow();
    NDArray out = outputNorm.forward(store, new NDList(a.add(ffn)), training, params).singletonOrThrow();
    return new NDList(out, inputs.get(1));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0], inputShapes[1]};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    Shape[] hidden = {inputShapes[0]};
    attention.initialize(manager, dataType, inputShapes);
    attentionOutput.initialize(manager, dataType, hidden);
    attentionNorm.initialize(manager, dataType, hidden);
    intermediate.initialize(manager, dataType, hidden);
    Shape[] wide = intermediate.getOutputShapes(hidden);
    activation.initialize(manager, dataType, wide);
    output.initialize(manager, dataType, wide);
    outputNorm.initialize(manager, dataType, hidden);
  }
}
