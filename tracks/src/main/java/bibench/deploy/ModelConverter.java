package bibench.deploy;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.norm.BatchNorm;
import bibench.BadInputException;
import bibench.models.blocks.ActivationBlock;
import bibench.models.blocks.ElementBlock;
import bibench.models.blocks.PoolBlock;
import bibench.models.blocks.ResidualBlock;
import bibench.operators.BinaryOperator;
import bibench.operators.DeployKernel;
import bibench.operators.deploy.BinaryKernel;
import bibench.operators.nn.BinaryLayer;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a trained DJL model into a {@link DeployedModel} that runs on the 1-bit kernels: every
 * binarized layer becomes an XNOR/popcount kernel (ternary x 1-bit for ternary weights) with its
 * weight scale, output scale and the BatchNorm after it folded into one multiplier and bias per
 * channel (ReActNet's theta into the packing threshold; XNOR-Net's per-sample scale and XNOR++'s
 * spatial factors as the extra FP pass they need); consecutive binarized layers pass packed bits to
 * each other; FP layers (stem, head, shortcuts) run on our FP32 kernels with their BatchNorm folded
 * into the weights and a ReLU after a convolution fused into its output pass. With the fp32
 * operator the same converter gives the FP32 deployment the binarized one is compared with.
 *
 * <p>Supported blocks: sequences, residual sums, the binarized (or FP) linear and convolution
 * layers, BatchNorm, activations, pooling, flatten and reshape: every CNN and MLP-based
 * architecture. Transformers are not deployed (a clear error says so).
 */
public final class ModelConverter {
  private final DeployOptions options;
  private final LayerKernels kernels;

  private ModelConverter(DeployOptions options) {
    this.options = options;
    this.kernels = new LayerKernels(options);
  }

  /**
   * Whether the converter has kernels for every binarized layer of {@code operator}: the FP32, the
   * XNOR/popcount, the ternary x 1-bit ({@link DeployKernel#TERNARY_BINARY}) and the partially
   * binarized kernels ({@link DeployKernel#PARTIAL_BINARY}: binary plus a sparse FP32 correction);
   * their linear layers run as 1x1 convolutions. Ternary x int8 ({@link
   * DeployKernel#TERNARY_INT8}, BitNet's W1.58A8) is not supported yet.
   */
  public static boolean supports(BinaryOperator operator) {
    DeployKernel kernel = operator.deployKernel();
    return kernel != DeployKernel.TERNARY_INT8;
  }

  /**
   * Converts {@code model}, which must be initialized (trained), for samples of {@code sampleShape}.
   *
   * @throws BadInputException if the model holds a block the converter cannot deploy
   */
  public static DeployedModel convert(Block model, int[] sampleShape, DeployOptions options) {
    Node root = new ModelConverter(options).node(model, sampleShape.clone(), true);
    return new DeployedModel(root, sampleShape, options);
  }

  private Node node(Block block, int[] input, boolean inputShared) {
    if (block instanceof SequentialBlock) {
      return sequence(new ArrayList<>(block.getChildren().values()), input, inputShared);
    }
    return sequence(List.of(block), input, inputShared);
  }

  private Node sequence(List<Block> children, int[] input, boolean inputShared) {
    List<Node> nodes = new ArrayList<>();
    int[] shape = input;
    int i = 0;
    while (i < children.size()) {
      Block child = children.get(i);
      boolean shared = inputShared && nodes.isEmpty();
      Node node;
      if (child instanceof BinaryLayer layer) {
        requireSupported(layer.operator());
        int[] consumed = new int[1];
        node = layer.operator().binary() ? chain(children, i, shape, consumed) : fpLayer(children, i, shape, consumed);
        i += consumed[0];
      } else {
        node = single(child, shape, shared);
        i++;
      }
      nodes.add(node);
      shape = node.outputShape();
    }
    return nodes.size() == 1 ? nodes.get(0) : GraphNodes.sequence(nodes, input);
  }

  /** A run of binarized layers from {@code children[start]}; sets how many children it took. */
  private Node chain(List<Block> children, int start, int[] input, int[] consumed) {
    List<BinaryLayer> layers = new ArrayList<>();
    List<ChannelAffine> affines = new ArrayList<>();
    List<int[]> inputs = new ArrayList<>();
    List<Boolean> throughHardtanh = new ArrayList<>();
    throughHardtanh.add(false);
    int i = start;
    int[] shape = input;
    while (true) {
      BinaryLayer layer = (BinaryLayer) children.get(i);
      layers.add(layer);
      inputs.add(shape);
      shape = outputShape(layer, shape);
      i++;
      ChannelAffine affine = ChannelAffine.identity(layer.outChannels());
      if (i < children.size() && children.get(i) instanceof BatchNorm norm) {
        affine = ChannelAffine.of(norm);
        i++;
      }
      affines.add(affine);
      int next = i;
      boolean hardtanh = next < children.size() && children.get(next) instanceof ActivationBlock a
          && a.kind() == ActivationBlock.Kind.HARDTANH;
      if (hardtanh) {
        next++; // folded into the next layer's packing threshold (LayerFold.afterHardtanh)
      }
      if (next < children.size() && children.get(next) instanceof BinaryLayer following
          && following.operator().binary() && !following.binarizer().activations().scalesPerSample()
          && sameKind(layer, following)) {
        throughHardtanh.add(hardtanh);
        i = next;
        continue;
      }
      break;
    }
    List<LayerFold> folds = new ArrayList<>();
    for (int k = 0; k < layers.size(); k++) {
      LayerFold fold = LayerFold.of(layers.get(k), layers.get(k).geometryFor(batchOf(inputs.get(k))), affines.get(k));
      folds.add(throughHardtanh.get(k) ? fold.afterHardtanh() : fold);
    }
    List<BinaryKernel> steps = new ArrayList<>();
    StringBuilder description = new StringBuilder();
    for (int k = 0; k < layers.size(); k++) {
      boolean last = k == layers.size() - 1;
      steps.add(kernels.binary(layers.get(k), inputs.get(k), folds.get(k), last ? null : layers.get(k + 1),
          last ? null : folds.get(k + 1)));
      description.append(k == 0 ? "" : " -> packed -> ").append(layers.get(k).operator().id()).append(' ')
          .append(layers.get(k).geometry());
    }
    consumed[0] = i - start;
    return new BinaryChainNode(steps, options.maxBatch(), shape, description.toString());
  }

  private static void requireSupported(BinaryOperator operator) {
    if (!supports(operator)) {
      throw new BadInputException("unsupported: operator " + operator.id() + " needs the "
          + operator.deployKernel().description() + " kernel, which the deployment converter does not have yet",
          "deploy an operator with 1-bit weights and activations (its deployment check says unsupported)");
    }
  }

  private static boolean sameKind(BinaryLayer a, BinaryLayer b) {
    return (a.kind() == bibench.operators.LayerKind.LINEAR) == (b.kind() == bibench.operators.LayerKind.LINEAR);
  }

  private Node fpLayer(List<Block> children, int start, int[] input, int[] consumed) {
    BinaryLayer layer = (BinaryLayer) children.get(start);
    int[] output = outputShape(layer, input);
    ChannelAffine affine = ChannelAffine.identity(layer.outChannels());
    consumed[0] = 1;
    if (start + 1 < children.size() && children.get(start + 1) instanceof BatchNorm norm) {
      affine = ChannelAffine.of(norm);
      consumed[0] = 2;
    }
    int next = start + consumed[0];
    boolean relu = layer.kind() != bibench.operators.LayerKind.LINEAR && next < children.size()
        && children.get(next) instanceof ActivationBlock a && a.kind() == ActivationBlock.Kind.RELU;
    if (relu) {
      consumed[0]++; // fused into the convolution's bias pass
    }
    return kernels.fp(layer, input, LayerFold.of(layer, layer.geometryFor(batchOf(input)), affine), output, relu);
  }

  private Node single(Block block, int[] input, boolean shared) {
    if (block instanceof SequentialBlock) {
      return node(block, input, shared);
    }
    if (block instanceof ResidualBlock residual) {
      Node main = node(residual.main(), input, true);
      Node shortcut = residual.shortcut() == null ? null : node(residual.shortcut(), input, true);
      return GraphNodes.residual(main, shortcut, options.maxBatch());
    }
    if (block instanceof BatchNorm norm) {
      return ElementwiseNode.affine(ChannelAffine.of(norm), input, !shared, options.maxBatch());
    }
    if (block instanceof ActivationBlock activation) {
      return ElementwiseNode.activation(activation.kind(), input, !shared, options.maxBatch());
    }
    if (block instanceof PoolBlock pool) {
      return new PoolNode(pool, input, options.maxBatch());
    }
    if (block instanceof ElementBlock reshape && reshape.getDirectParameters().isEmpty()
        && isReshape(reshape)) {
      long[] out = block.getOutputShapes(new Shape[] {batchOf(input)})[0].getShape();
      int[] perSample = new int[out.length - 1];
      for (int d = 1; d < out.length; d++) {
        perSample[d - 1] = (int) out[d];
      }
      return GraphNodes.reshape(perSample, reshape.toString());
    }
    throw new BadInputException("the deployment converter cannot run a " + block.getClass().getSimpleName()
        + " block", "deploy CNN or MLP-based architectures (mlp, cnn-small, resnet*, vgg-small, pointnet, "
        + "dfsmn); Transformers are not deployed");
  }

  private static boolean isReshape(ElementBlock block) {
    return block instanceof bibench.models.blocks.FlattenBlock || block instanceof bibench.models.blocks.ReshapeBlock;
  }

  private static int[] outputShape(BinaryLayer layer, int[] input) {
    long[] out = layer.getOutputShapes(new Shape[] {batchOf(input)})[0].getShape();
    int[] perSample = new int[out.length - 1];
    for (int d = 1; d < out.length; d++) {
      perSample[d - 1] = (int) out[d];
    }
    return perSample;
  }

  static Shape batchOf(int[] sample) {
    long[] dims = new long[sample.length + 1];
    dims[0] = 1;
    for (int d = 0; d < sample.length; d++) {
      dims[d + 1] = sample[d];
    }
    return new Shape(dims);
  }
}
