package bibench.harness.bench;

import bibench.operators.deploy.BinaryConv2dKernel;
import bibench.operators.deploy.ConvShape;
import bibench.operators.deploy.FloatConv2dKernel;
import java.util.Random;

/** Builds the benchmarked layers from a shape, batch 1, on the automatically chosen path. */
final class BenchLayers {
  private BenchLayers() {}

  /** A binary conv with a folded-BatchNorm multiplier and bias. */
  static BinaryConv2dKernel.Builder binary(ConvShape s, float[] weights, Random r) {
    float[] mult = new float[s.outChannels()];
    float[] bias = new float[s.outChannels()];
    for (int o = 0; o < mult.length; o++) {
      mult[o] = 0.5f + r.nextFloat();
      bias[o] = (float) r.nextGaussian();
    }
    return BinaryConv2dKernel.builder()
        .setChannels(s.inChannels(), s.outChannels())
        .setKernelSize(s.kernelH(), s.kernelW())
        .optStride(s.strideH(), s.strideW())
        .optPadding(s.padH(), s.padW())
        .setInputSize(s.inH(), s.inW())
        .setMaxBatch(1)
        .setWeights(weights)
        .optMultiplier(mult)
        .optBias(bias);
  }

  /** Our FP32 conv with a bias. */
  static FloatConv2dKernel fp32(ConvShape s, float[] weights, Random r) {
    return FloatConv2dKernel.builder()
        .setChannels(s.inChannels(), s.outChannels())
        .setKernelSize(s.kernelH(), s.kernelW())
        .optStride(s.strideH(), s.strideW())
        .optPadding(s.padH(), s.padW())
        .setInputSize(s.inH(), s.inW())
        .setMaxBatch(1)
        .setWeights(weights)
        .optBias(BenchData.gaussian(r, s.outChannels()))
        .build();
  }
}
