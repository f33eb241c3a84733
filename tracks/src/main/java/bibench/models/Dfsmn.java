package bibench.models;

import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import bibench.models.blocks.FlattenBlock;
import bibench.models.blocks.ReshapeBlock;
import bibench.models.blocks.ResidualBlock;
import bibench.operators.BinaryOperator;

/**
 * DFSMN, the deep feed-forward sequential memory network (Zhang et al. 2018) that BiBench's speech
 * library (BiSpeech) uses for keyword spotting, on a log-mel "image" {mels, frames} (or {1, mels,
 * frames}).
 *
 * <ul>
 *   <li>Front end: two 5x5 stride-2 Conv2d layers with f and 2f channels, each with BatchNorm and
 *       the activation; the first is FP32, the second binarized (BiBench's {@code conv2d_cfg}).
 *       Every frame's 2f x mels/4 features then pass through an FP32 per-frame linear layer (a 1x1
 *       Conv1d, with bias) to m memory channels, and the activation (BiBench's {@code fc1}, a plain
 *       {@code nn.Linear} in every model).
 *   <li>Eight DFSMN layers, all binarized: the memory, a depthwise Conv1d over time with left and
 *       right context 2 (kernel 5, zero padding 2), BatchNorm and the activation, added to its input;
 *       then the projections, 1x1 Conv1d m to h and h to m, each with BatchNorm and the activation,
 *       added to the memory output.
 *   <li>Head: flatten (m x frames/4) and an FP32 linear classifier.
 * </ul>
 *
 * <p>Width = h, the projection size (default 256, BiBench's {@code hidden_size}); m = h / 2 (128)
 * and f = h / 16 (16) follow it, with f never below {@value #MIN_FRONT} so that a narrow model's
 * first binarized convolution still sees BiBench's 16 input channels (at h = 64, h / 16 would give
 * it 4: a sign over 4 channels starves the front end and decides the score more than the operator).
 */
public final class Dfsmn implements Architecture {
  private static final int LAYERS = 8;
  private static final int CONTEXT = 2;
  private static final int FRONT_KERNEL = 5;

  /** The fewest channels of the FP front conv, which the first binarized conv takes in. */
  public static final int MIN_FRONT = 16;

  @Override
  public String id() {
    return "dfsmn";
  }

  @Override
  public Family family() {
    return Family.MLP;
  }

  @Override
  public String description() {
    return "DFSMN keyword spotter (BiSpeech): FP conv front end, 8 binarized memory layers (hidden 256, memory 128), FP head";
  }

  /** Number of DFSMN layers. */
  public int layers() {
    return LAYERS;
  }

  /** Frames of context on each side of the memory convolution (left = right). */
  public int context() {
    return CONTEXT;
  }

  @Override
  public Block build(BinaryOperator op, ModelSpec spec) {
    int[] shape = spec.sampleShape();
    boolean hasChannelAxis = shape.length == 3 && shape[0] == 1;
    if (!hasChannelAxis) {
      Layers.sampleShape(spec, id(), 2, "{mels, frames} or {1, mels, frames}");
    }
    int hidden = spec.widthOr(256);
    int memory = Math.max(1, hidden / 2);
    int front = Math.max(MIN_FRONT, hidden / 16);
    SequentialBlock net = new SequentialBlock();
    if (!hasChannelAxis) {
      net.add(ReshapeBlock.addChannelAxis());
    }
    int pad = FRONT_KERNEL / 2;
    net.add(Layers.conv2d(Layers.fp32(), front, FRONT_KERNEL, 2, pad, false))
        .add(Layers.batchNorm()).add(Layers.activation(op))
        .add(Layers.conv2d(op, 2 * front, FRONT_KERNEL, 2, pad, false))
        .add(Layers.batchNorm()).add(Layers.activation(op))
        .add(ReshapeBlock.mergeChannelsIntoRows())
        .add(Layers.conv1d(Layers.fp32(), memory, 1, 0, 1, true)).add(Layers.activation(op));
    for (int i = 0; i < LAYERS; i++) {
      net.add(memoryBlock(op, memory)).add(projectionBlock(op, memory, hidden));
    }
    return net.add(new FlattenBlock()).add(Layers.linear(Layers.fp32(), spec.classes(), true));
  }

  /** x + act(BN(depthwise conv over time, kernel 2 * context + 1)). */
  private static Block memoryBlock(BinaryOperator op, int memory) {
    Block main = new SequentialBlock()
        .add(Layers.conv1d(op, memory, 2 * CONTEXT + 1, CONTEXT, memory, false))
        .add(Layers.batchNorm()).add(Layers.activation(op));
    return new ResidualBlock(main, null);
  }

  /** x + act(BN(conv1x1 h to m (act(BN(conv1x1 m to h x))))). */
  private static Block projectionBlock(BinaryOperator op, int memory, int hidden) {
    Block main = new SequentialBlock()
        .add(Layers.conv1d(op, hidden, 1, 0, 1, false)).add(Layers.batchNorm()).add(Layers.activation(op))
        .add(Layers.conv1d(op, memory, 1, 0, 1, false)).add(Layers.batchNorm()).add(Layers.activation(op));
    return new ResidualBlock(main, null);
  }
}
