package bibench.deploy;

import bibench.operators.DeployKernel;
import bibench.operators.LayerGeometry;
import bibench.operators.LayerKind;
import bibench.operators.deploy.BinaryConv2dKernel;
import bibench.operators.deploy.BinaryKernel;
import bibench.operators.deploy.BinaryLinearKernel;
import bibench.operators.deploy.FloatConv2dKernel;
import bibench.operators.deploy.FloatLinearKernel;
import bibench.operators.deploy.KernelThreads;
import bibench.operators.nn.BinaryConvolution;
import bibench.operators.nn.BinaryLayer;
import bibench.operators.nn.ConvSettings;

/**
 * Builds the deployment kernel of one trained layer from its geometry and folded parameters. A
 * Conv1d runs as a Conv2d of height 1.
 */
final class LayerKernels {
  private final DeployOptions options;
  private final KernelThreads threads;

  LayerKernels(DeployOptions options) {
    this.options = options;
    this.threads = options.threads() > 1 ? KernelThreads.create(options.threads()) : null;
  }

  /** The binarized kernel; {@code next} (or null) is the binarized layer it packs its output for. */
  BinaryKernel binary(BinaryLayer layer, int[] input, LayerFold fold, BinaryLayer next, LayerFold nextFold) {
    LayerGeometry g = layer.geometry();
    boolean ternary = layer.operator().deployKernel() == DeployKernel.TERNARY_BINARY;
    if (g.kind() == LayerKind.LINEAR && (ternary || fold.salient() != null)) {
      return linearAsConv(g, fold, next == null ? null : nextFold, ternary);
    }
    if (g.kind() == LayerKind.LINEAR) {
      BinaryLinearKernel.Builder b = BinaryLinearKernel.builder().setFeatures(g.inChannels(), g.outChannels())
          .setMaxBatch(options.maxBatch()).setWeights(fold.weights()).optMultiplier(fold.multiplier())
          .optBias(fold.bias()).optXnorInputScale(fold.perSampleScale()).optPath(options.path());
      if (fold.threshold() != null) {
        b.optThreshold(fold.threshold());
      }
      if (next != null) {
        b.optPackedOutput(nextFold.threshold());
      }
      if (threads != null) {
        b.optThreads(threads);
      }
      return b.build();
    }
    BinaryConv2dKernel.Builder b = conv(BinaryConv2dKernel.builder(), layer, input, fold.weights())
        .optMultiplier(fold.multiplier()).optBias(fold.bias()).optXnorInputScale(fold.perSampleScale());
    if (fold.threshold() != null) {
      b.optThreshold(fold.threshold());
    }
    if (!fold.spatial().isEmpty()) {
      boolean oneD = g.kind() == LayerKind.CONV1D;
      b.optSpatialFactors(oneD ? new float[] {1f} : fold.spatial().get(0), fold.spatial().get(oneD ? 0 : 1));
    }
    if (next != null) {
      b.optPackedOutput(next.geometry().groups(), nextFold.threshold());
    }
    return weightFormat(b, fold, ternary).build();
  }

  private static BinaryConv2dKernel.Builder weightFormat(BinaryConv2dKernel.Builder b, LayerFold fold,
      boolean ternary) {
    if (ternary) {
      b.optTernaryWeights();
    }
    if (fold.salient() != null) {
      b.optSalientWeights(fold.salient().index(), fold.salient().value());
    }
    return b;
  }

  /**
   * A ternary or partially binarized linear layer as a 1x1 convolution over a 1x1 image: {@code
   * [N][in]} floats are {@code [N][in][1][1]} and the packed layouts of the two kernels coincide, so
   * it chains like any binarized layer. Correct, not fast: each sample is a panel of one column.
   */
  private BinaryKernel linearAsConv(LayerGeometry g, LayerFold fold, LayerFold nextFold, boolean ternary) {
    BinaryConv2dKernel.Builder b = BinaryConv2dKernel.builder().setChannels(g.inChannels(), g.outChannels())
        .setKernelSize(1).setInputSize(1, 1).setMaxBatch(options.maxBatch()).setWeights(fold.weights())
        .optMultiplier(fold.multiplier()).optBias(fold.bias()).optPath(options.path());
    weightFormat(b, fold, ternary);
    if (fold.threshold() != null) {
      b.optThreshold(fold.threshold());
    }
    if (nextFold != null) {
      b.optPackedOutput(1, nextFold.threshold());
    }
    if (threads != null) {
      b.optThreads(threads);
    }
    return b.build();
  }

  /**
   * The full-precision kernel of an FP layer (BatchNorm already folded into {@code fold}); {@code
   * relu} (convolutions only) fuses the ReLU that follows.
   */
  FloatLayerNode fp(BinaryLayer layer, int[] input, LayerFold fold, int[] output, boolean relu) {
    LayerGeometry g = layer.geometry();
    long parameters = fold.weights().length + fold.bias().length;
    if (g.kind() == LayerKind.LINEAR) {
      FloatLinearKernel k = FloatLinearKernel.builder().setFeatures(g.inChannels(), g.outChannels())
          .setMaxBatch(options.maxBatch()).setWeights(fold.weights()).optBias(fold.bias()).optPath(options.path()).build();
      return new FloatLayerNode(null, k, options.maxBatch(), output, parameters, "fp32 " + g);
    }
    FloatConv2dKernel k = conv(FloatConv2dKernel.builder(), layer, input, fold.weights()).optBias(fold.bias())
        .optRelu(relu).build();
    return new FloatLayerNode(k, null, options.maxBatch(), output, parameters, "fp32 " + g + (relu ? " + relu" : ""));
  }

  private <B extends bibench.operators.deploy.ConvLayerBuilder<B>> B conv(B builder, BinaryLayer layer, int[] input,
      float[] weights) {
    LayerGeometry g = layer.geometry();
    ConvSettings s = ((BinaryConvolution) layer).settings();
    boolean oneD = g.kind() == LayerKind.CONV1D;
    int[] k = s.kernel();
    int[] st = s.stride();
    int[] p = s.padding();
    int[] d = s.dilation();
    builder.setChannels(g.inChannels(), g.outChannels()).setMaxBatch(options.maxBatch()).setWeights(weights)
        .optGroups(g.groups()).optPath(options.path());
    if (oneD) {
      builder.setKernelSize(1, k[0]).setInputSize(1, input[1]).optStride(1, st[0]).optPadding(0, p[0])
          .optDilation(1, d[0]);
    } else {
      builder.setKernelSize(k[0], k[1]).setInputSize(input[1], input[2]).optStride(st[0], st[1])
          .optPadding(p[0], p[1]).optDilation(d[0], d[1]);
    }
    if (threads != null) {
      builder.optThreads(threads);
    }
    return builder;
  }
}
