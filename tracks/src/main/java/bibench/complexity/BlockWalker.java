package bibench.complexity;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.LayerNorm;
import bibench.models.blocks.ActivationBlock;
import bibench.models.blocks.BagEmbeddingBlock;
import bibench.models.blocks.EmbeddingBlock;
import bibench.models.blocks.EncoderLayerBlock;
import bibench.models.blocks.PoolBlock;
import bibench.models.blocks.PositionEmbedding;
import bibench.models.blocks.ResidualBlock;
import bibench.models.blocks.SelfAttentionBlock;
import bibench.models.blocks.TokenEmbedding;
import bibench.operators.nn.BinaryLayer;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks a model's block tree in forward order, carrying the input shapes from block to block
 * (nothing is run and no weight is allocated), and costs every node that holds parameters or does
 * multiply-accumulates.
 *
 * <p>It knows the typed blocks the architectures are built from: sequential chains, residual
 * blocks (main and shortcut see the same input), the encoder's embedding, layer and attention
 * blocks, the binarizable layers, BatchNorm and LayerNorm, and the embedding tables. Any other
 * block without parameters or children (activations, pooling, flatten, reshape, masked pooling) is
 * listed with its own output shape and no cost, as Larq's summary lists every layer. Anything else is an error naming the
 * block, rather than a silent undercount.
 *
 * <p>Paths: a child of a sequential chain is named by its 1-based position, a child of a typed
 * block by its role ({@code main}, {@code shortcut}, {@code attention}, {@code query}, ...).
 */
final class BlockWalker {
  private final LeafCosts costs;
  private final List<LayerCost> layers = new ArrayList<>();

  BlockWalker(LeafCosts costs) {
    this.costs = costs;
  }

  /** The costs gathered so far, in forward order. */
  List<LayerCost> layers() {
    return List.copyOf(layers);
  }

  /** Costs {@code block} and everything under it for inputs {@code in}; returns its output shapes. */
  Shape[] visit(Block block, Shape[] in, String path) {
    if (block instanceof SequentialBlock chain) {
      Shape[] shapes = in;
      int position = 1;
      for (Block child : chain.getChildren().values()) {
        shapes = visit(child, shapes, join(path, Integer.toString(position++)));
      }
      return shapes;
    }
    if (block instanceof BinaryLayer layer) {
      layers.add(costs.binaryLayer(layer, in[0], path));
      return layer.getOutputShapes(in);
    }
    if (block instanceof BatchNorm || block instanceof LayerNorm) {
      layers.add(costs.norm(block, in, path, block instanceof BatchNorm ? "batch_norm" : "layer_norm"));
      return block.getOutputShapes(in);
    }
    if (block instanceof ResidualBlock residual) {
      Shape[] out = visit(residual.main(), in, join(path, "main"));
      if (residual.shortcut() != null) {
        visit(residual.shortcut(), in, join(path, "shortcut"));
      }
      return out;
    }
    if (block instanceof BagEmbeddingBlock bag) {
      visit(bag.words(), in, join(path, "words"));
      return bag.getOutputShapes(in);
    }
    if (block instanceof EmbeddingBlock embedding) {
      return embedding(embedding, in, path);
    }
    if (block instanceof EncoderLayerBlock layer) {
      return encoderLayer(layer, in, path);
    }
    if (block instanceof SelfAttentionBlock attention) {
      Shape[] hidden = {in[0]};
      visit(attention.query(), hidden, join(path, "query"));
      visit(attention.key(), hidden, join(path, "key"));
      visit(attention.value(), hidden, join(path, "value"));
      layers.add(costs.attention(attention, in[0], path));
      return attention.getOutputShapes(in);
    }
    if (block instanceof TokenEmbedding words) {
      layers.add(costs.tokenEmbedding(words, in[0], path));
      return words.getOutputShapes(in);
    }
    if (block instanceof PositionEmbedding positions) {
      layers.add(costs.positionEmbedding(positions, in[0], path));
      return positions.getOutputShapes(in);
    }
    if (block.getChildren().isEmpty() && block.getDirectParameters().isEmpty()) {
      Shape[] out = block.getOutputShapes(in);
      layers.add(LayerCost.free(path, freeType(block), LeafCosts.perSample(out[0])));
      return out;
    }
    throw new IllegalArgumentException("the complexity counter cannot cost " + block.getClass().getName()
        + " at '" + path + "': it knows sequential, residual, encoder and attention blocks, binarizable"
        + " layers, BatchNorm, LayerNorm, embedding tables and parameter-free blocks; teach BlockWalker this one");
  }

  /** Words, then positions and norm on the hidden states; outputs (hidden, mask). */
  private Shape[] embedding(EmbeddingBlock embedding, Shape[] in, String path) {
    Shape[] hidden = visit(embedding.words(), in, join(path, "words"));
    visit(embedding.positions(), hidden, join(path, "positions"));
    visit(embedding.norm(), hidden, join(path, "norm"));
    return embedding.getOutputShapes(in);
  }

  /** Attention on (hidden, mask), then the dense layers and norms on the hidden states. */
  private Shape[] encoderLayer(EncoderLayerBlock layer, Shape[] in, String path) {
    Shape[] hidden = {in[0]};
    Shape[] context = visit(layer.attention(), in, join(path, "attention"));
    visit(layer.attentionOutput(), context, join(path, "attention_output"));
    visit(layer.attentionNorm(), hidden, join(path, "attention_norm"));
    Shape[] wide = visit(layer.intermediate(), hidden, join(path, "intermediate"));
    wide = visit(layer.activation(), wide, join(path, "activation"));
    visit(layer.output(), wide, join(path, "output"));
    visit(layer.outputNorm(), hidden, join(path, "output_norm"));
    return layer.getOutputShapes(in);
  }

  /**
   * The name of a parameter-free node: the activation's kind ({@code relu}, {@code hardtanh}), or
   * the block's class name without "Block" ({@code pool}, {@code flatten}, {@code masked_mean_pool}).
   */
  static String freeType(Block block) {
    if (block instanceof ActivationBlock activation) {
      return activation.kind().name().toLowerCase(java.util.Locale.ROOT);
    }
    if (block instanceof PoolBlock pool) {
      return pool.kind().name().toLowerCase(java.util.Locale.ROOT) + "_pool";
    }
    String name = block.getClass().getSimpleName().replaceAll("Block$", "");
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }

  private static String join(String path, String child) {
    return path.isEmpty() ? child : path + "." + child;
  }
}
