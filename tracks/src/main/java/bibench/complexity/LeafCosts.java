package bibench.complexity;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import bibench.complexity.LayerCost.Macs;
import bibench.complexity.LayerCost.Params;
import bibench.models.blocks.PositionEmbedding;
import bibench.models.blocks.SelfAttentionBlock;
import bibench.models.blocks.TokenEmbedding;
import bibench.operators.BinaryOperator;
import bibench.operators.LayerGeometry;
import bibench.operators.nn.BinaryLayer;
import bibench.operators.WeightGroup;
import java.util.StringJoiner;

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
   * A convolution or linear layer. Its weights as the operator deploys them ({@link
   * bibench.operators.quant.WeightQuantizer#deployedWeights}): each group of w weights of b_w bits
   * does w MACs per output position with activations of b_a bits ({@link
   * bibench.operators.quant.ActivationQuantizer#bits}), and stores its bits; the bias and the
   * operator's deployed scales are 32-bit parameters; the operator's extra FP pass is 32-bit MACs.
   */
  LayerCost binaryLayer(BinaryLayer layer, Shape input, String path) {
    LayerGeometry g = geometry(layer, input);
    Shape output = layer.getOutputShapes(new Shape[] {input})[0];
    BinaryOperator op = layer.operator();
    long positions = output.size() / g.outChannels();
    int activationBits = layer.binarizer().activations().bits();
    long bias = layer.hasBias() ? g.outChannels() : 0;
    long[] params = {0, 0, bias};
    double storage = 32.0 * bias;
    long[] macs = {0, 0, 0};
    double effective = 0;
    StringJoiner precision = new StringJoiner(" + ");
    for (WeightGroup group : layer.binarizer().weights().deployedWeights(g)) {
      params[widthClass(group.bitsPerWeight() == 1, group.bitsPerWeight() >= 32)] += group.weights();
      storage += group.storageBits();
      long groupMacs = positions * group.weights();
      macs[widthClass(group.macBits() == 1 && activationBits == 1, group.macBits() >= 32 || activationBits >= 32)]
          += groupMacs;
      effective += groupMacs * Macs.cost(group.macBits(), activationBits);
      precision.add(group.macBits() == 2 ? "ternary" : Integer.toString(group.macBits()));
    }
    long extra = 0;
    long[] training = {0, 0};
    if (op.binary()) {
      long scales = DeployedScales.parameters(op, g);
      params[2] += scales;
      storage += 32.0 * scales;
      extra = op.extraFpPass().extraOps(g.kind(), input.size(), output.size());
      macs[2] += extra;
      effective += extra;
      training = DeployedScales.trainingExtras(op, g);
    }
    long weights = (long) g.outChannels() * g.fanIn();
    String type = layer.kind().name().toLowerCase(java.util.Locale.ROOT);
    return new LayerCost(path, type, precision.toString(), activationBits, perSample(output),
        new Params(params[0], params[1], params[2], storage, weights + bias + training[0], training[1]),
        new Macs(macs[0], macs[1], macs[2], effective, extra));
  }

  /** 0 for 1-bit, 2 for 32-bit, 1 for anything between. */
  private static int widthClass(boolean oneBit, boolean fullPrecision) {
    return oneBit ? 0 : fullPrecision ? 2 : 1;
  }

  /**
   * A BatchNorm or LayerNorm: its learned gamma and beta (2 per channel; BatchNorm's running mean
   * and variance fold into them at deployment and are not counted, but are non-trainable
   * parameters while training). No MACs: a norm folds into the neighbouring layer's per-channel
   * multiply-add.
   */
  LayerCost norm(Block norm, Shape[] input, String path, String type) {
    if (!norm.isInitialized()) {
      norm.initialize(scratch, DataType.FLOAT32, input);
    }
    long params = 0;
    long frozen = 0;
    for (Pair<String, Parameter> p : norm.getDirectParameters()) {
      if (p.getValue().requiresGradient()) {
        params += p.getValue().getShape().size();
      } else {
        frozen += p.getValue().getShape().size();
      }
    }
    Shape output = norm.getOutputShapes(input)[0];
    return new LayerCost(path, type, "", 0, perSample(output), new Params(0, 0, params, 32.0 * params, params, frozen),
        Macs.NONE);
  }

  /**
   * A word-embedding table, V x H: a lookup, no MACs. Binarized (BiBench's QuantizeEmbedding), it
   * stores V x H signs and V row scales alpha = mean(|row|) in 32 bits.
   */
  LayerCost tokenEmbedding(TokenEmbedding words, Shape input, String path) {
    Shape output = words.getOutputShapes(new Shape[] {input})[0];
    long table = (long) words.vocabularySize() * words.hidden();
    if (words.binarized()) {
      return new LayerCost(path, "binary_embedding", "1", 0, perSample(output),
          new Params(table, 0, words.vocabularySize(), table + 32.0 * words.vocabularySize(), table, 0), Macs.NONE);
    }
    return new LayerCost(path, "embedding", "32", 0, perSample(output), Params.of(0, table), Macs.NONE);
  }

  /** The FP32 position table, maxPositions x H; its addition is not counted. */
  LayerCost positionEmbedding(PositionEmbedding positions, Shape input, String path) {
    long table = (long) positions.maxPositions() * positions.hidden();
    return new LayerCost(path, "position_embedding", "32", 0, perSample(input), Params.of(0, table), Macs.NONE);
  }

  /**
   * The two matrix products of a self-attention on hidden states (1, T, H): Q K^T and A V, each
   * heads x T x T x d = T^2 H MACs, at the width of the operator's attention binarizer: 1-bit under
   * BiBench's binary step and BiViT's softmax-aware binarization (a {0, 1} matrix times signs),
   * 32-bit under softmax. The 1/sqrt(d) scale, the step, threshold or softmax and the mask are not
   * counted.
   */
  LayerCost attention(SelfAttentionBlock attention, Shape hidden, String path) {
    long tokens = hidden.get(1);
    long macs = 2 * tokens * tokens * attention.width();
    long[] output = {tokens, attention.width()};
    if (attention.attention().productBits() == 1) {
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
