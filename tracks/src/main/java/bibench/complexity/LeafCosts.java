package bibench.complexity;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import bibench.models.blocks.PositionEmbedding;
import bibench.models.blocks.SelfAttentionBlock;
import bibench.models.blocks.TokenEmbedding;
import bibench.operators.BinaryOperator;
import bibench.operators.LayerGeometry;
import bibench.operators.LayerKind;
import bibench.operators.nn.BinaryLayer;

/**
 * The cost of each kind of node the counter knows, for one sample (batch 1), given the node's
 * input shape. Every {@code path} is the node's place in the block tree.
 */
final class LeafCosts {
  private final NDManager scratch;

  /** @param scratch memory for initializing norm layers, which is how their size is read */
  LeafCosts(NDManager scratch) {
    this.scratch = scratch;
  }

  /**
   * A convolution or linear layer: C_out x fanIn weights and output elements x fanIn MACs, both
   * 1-bit when the layer's operator is binary; the bias and the operator's deployed scales are
   * 32-bit parameters; the operator's extra FP pass is 32-bit MACs.
   */
  LayerCost binaryLayer(BinaryLayer layer, Shape input, String path) {
    LayerGeometry g = geometry(layer, input);
    Shape output = layer.getOutputShapes(new Shape[] {input})[0];
    BinaryOperator op = layer.operator();
    long weights = (long) g.outChannels() * g.fanIn();
    long macs = output.size() * g.fanIn();
    long fpParams = layer.hasBias() ? g.outChannels() : 0;
    String type = layer.kind().name().toLowerCase(java.util.Locale.ROOT);
    if (!op.binary()) {
      return new LayerCost(path, type, 32, perSample(output), 0, weights + fpParams, 0, macs, 0);
    }
    fpParams += DeployedScales.parameters(op, g);
    long extra = op.extraFpPass().extraOps(g.kind(), input.size(), output.size());
    return new LayerCost(path, type, 1, perSample(output), weights, fpParams, macs, extra, extra);
  }

  /**
   * A BatchNorm or LayerNorm: its learned gamma and beta (2 per channel; BatchNorm's running mean
   * and variance fold into them at deployment and are not counted). No MACs: a norm folds into the
   * neighbouring layer's per-channel multiply-add.
   */
  LayerCost norm(Block norm, Shape[] input, String path, String type) {
    if (!norm.isInitialized()) {
      norm.initialize(scratch, DataType.FLOAT32, input);
    }
    long params = 0;
    for (Pair<String, Parameter> p : norm.getDirectParameters()) {
      if (p.getValue().requiresGradient()) {
        params += p.getValue().getShape().size();
      }
    }
    Shape output = norm.getOutputShapes(input)[0];
    return new LayerCost(path, type, 32, perSample(output), 0, params, 0, 0, 0);
  }

  /**
   * A word-embedding table, V x H: a lookup, no MACs. Binarized (BiBench's QuantizeEmbedding), it
   * stores V x H signs and V row scales alpha = mean(|row|) in 32 bits.
   */
  LayerCost tokenEmbedding(TokenEmbedding words, Shape input, String path) {
    Shape output = words.getOutputShapes(new Shape[] {input})[0];
    long table = (long) words.vocabularySize() * words.hidden();
    if (words.binarized()) {
      return new LayerCost(path, "binary_embedding", 32, perSample(output), table, words.vocabularySize(), 0, 0, 0);
    }
    return new LayerCost(path, "embedding", 32, perSample(output), 0, table, 0, 0, 0);
  }

  /** The FP32 position table, maxPositions x H; its addition is not counted. */
  LayerCost positionEmbedding(PositionEmbedding positions, Shape input, String path) {
    long table = (long) positions.maxPositions() * positions.hidden();
    return new LayerCost(path, "position_embedding", 32, perSample(input), 0, table, 0, 0, 0);
  }

  /**
   * The two matrix products of a self-attention on hidden states (1, T, H): Q K^T and A V, each
   * heads x T x T x d = T^2 H MACs. 1-bit under BiBench's binary-step scoring (sign(Q) sign(K)^T,
   * then the {0, 1} matrix A times sign(V)); 32-bit under softmax. The 1/sqrt(d) scale, the step
   * or softmax and the mask are not counted.
   */
  LayerCost attention(SelfAttentionBlock attention, Shape hidden, String path) {
    long tokens = hidden.get(1);
    long macs = 2 * tokens * tokens * attention.width();
    long[] output = {tokens, attention.width()};
    if (attention.scoring() == SelfAttentionBlock.Scoring.BINARY_STEP) {
      return new LayerCost(path, "attention_products", 1, output, 0, 0, macs, 0, 0);
    }
    return new LayerCost(path, "attention_products", 32, output, 0, 0, 0, macs, 0);
  }

  /** The geometry a layer takes on for this input, without initializing it. */
  static LayerGeometry geometry(BinaryLayer layer, Shape input) {
    return layer.geometryFor(input);
  }

  /** The shape without its batch axis. */
  static long[] perSample(Shape shape) {
    return shape.slice(1).getShape();
  }
}
