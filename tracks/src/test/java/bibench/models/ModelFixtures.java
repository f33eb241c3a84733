package bibench.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import bibench.operators.nn.BinaryLayer;
import bibench.models.blocks.ResidualBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Small specs and inputs for every new architecture, and walks over a model's block tree. */
final class ModelFixtures {
  private ModelFixtures() {}

  static final int CLASSES = 5;
  static final int VOCABULARY = 30;

  /** The architectures this suite covers. */
  static final List<String> IDS = List.of("resnet20", "resnet20-bibench", "resnet18", "resnet34", "resnet18-imagenet",
      "vgg-small", "pointnet", "dfsmn", "transformer", "transformer-binemb", "bert-base", "bow");

  /** A small spec per architecture, so that a forward pass takes milliseconds. */
  static ModelSpec smallSpec(String id) {
    Map<String, ModelSpec> specs = new java.util.HashMap<>(Map.of(
        "resnet20", new ModelSpec(new int[] {1, 8, 8}, CLASSES, 0, 4),
        "resnet18", new ModelSpec(new int[] {1, 8, 8}, CLASSES, 0, 4),
        "resnet34", new ModelSpec(new int[] {1, 8, 8}, CLASSES, 0, 2),
        "resnet18-imagenet", new ModelSpec(new int[] {3, 8, 8}, CLASSES, 0, 4),
        "vgg-small", new ModelSpec(new int[] {1, 8, 8}, CLASSES, 0, 4),
        "pointnet", new ModelSpec(new int[] {3, 16}, CLASSES, 0, 4),
        "dfsmn", new ModelSpec(new int[] {32, 16}, CLASSES, 0, 32),
        "transformer", new ModelSpec(new int[] {12}, CLASSES, VOCABULARY, 8),
        "transformer-binemb", new ModelSpec(new int[] {12}, CLASSES, VOCABULARY, 8),
        "bert-base", new ModelSpec(new int[] {12}, CLASSES, VOCABULARY, 24)));
    specs.put("resnet20-bibench", new ModelSpec(new int[] {1, 8, 8}, CLASSES, 0, 4));
    specs.put("bow", new ModelSpec(new int[] {12}, CLASSES, VOCABULARY, 8));
    return specs.get(id);
  }

  /** The batch shape of {@code batch} samples of the spec. */
  static Shape batchShape(ModelSpec spec, int batch) {
    return new Shape(batch).addAll(new Shape(java.util.Arrays.stream(spec.sampleShape()).asLongStream().toArray()));
  }

  /** Random inputs: N(0, 1) values, or token ids in [1, V) with the last quarter padded with 0. */
  static NDArray input(NDManager manager, ModelSpec spec, int batch, long seed) {
    Shape shape = batchShape(spec, batch);
    Random random = new Random(seed);
    float[] values = new float[Math.toIntExact(shape.size())];
    if (spec.vocabularySize() > 0) {
      int length = spec.sampleShape()[0];
      for (int i = 0; i < values.length; i++) {
        boolean padding = i % length >= length - length / 4 && i / length > 0;
        values[i] = padding ? 0 : 1 + random.nextInt(spec.vocabularySize() - 1);
      }
    } else {
      for (int i = 0; i < values.length; i++) {
        values[i] = (float) random.nextGaussian();
      }
    }
    return manager.create(values, shape);
  }

  /** Every block of the tree, parents before children, children in order. */
  static List<Block> allBlocks(Block root) {
    List<Block> out = new ArrayList<>();
    out.add(root);
    for (Block child : root.getChildren().values()) {
      out.addAll(allBlocks(child));
    }
    return out;
  }

  /** The binarizable layers of the tree in forward order. */
  static List<BinaryLayer> binaryLayers(Block root) {
    List<BinaryLayer> out = new ArrayList<>();
    for (Block b : allBlocks(root)) {
      if (b instanceof BinaryLayer layer) {
        out.add(layer);
      }
    }
    return out;
  }

  /** The binarizable layers inside residual shortcuts. */
  static List<BinaryLayer> shortcutLayers(Block root) {
    List<BinaryLayer> out = new ArrayList<>();
    for (Block b : allBlocks(root)) {
      if (b instanceof ResidualBlock r && r.shortcut() != null) {
        out.addAll(binaryLayers(r.shortcut()));
      }
    }
    return out;
  }

  /** Trainable parameters of an initialized block (BatchNorm running statistics excluded). */
  static long trainableParameters(Block block) {
    long count = 0;
    for (Parameter p : block.getParameters().values()) {
      if (p.requiresGradient()) {
        count += p.getArray().getShape().size();
      }
    }
    return count;
  }

  static Block initialized(Architecture arch, bibench.operators.BinaryOperator op, ModelSpec spec,
      NDManager manager, int batch) {
    Block block = arch.build(op, spec);
    block.initialize(manager, DataType.FLOAT32, batchShape(spec, batch));
    return block;
  }
}
