package bibench.harness.bench;

import bibench.operators.deploy.BinaryConv2dKernel;
import bibench.operators.deploy.ConvShape;
import bibench.operators.deploy.FloatConv2dKernel;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole convolution layers, batch 1, single thread: the binary kernel from float input to float
 * output (packing, bit im2col, XNOR/popcount, exact padding, multiplier and bias), the binary
 * kernel chained (packed in, packed out), the same layer with ternary weights (W1.58A1) and
 * partially binarized (PB-LLM, the 10 % largest weights in FP32), float in and out, and our FP32
 * kernel on the same {@link ConvCase}. One op
 * is one sample of {@link ConvCase#macs()} multiply-accumulates.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class ConvBenchmark {
  @Param({"C64_56X56", "C64_32X32", "C64TO128_S2_32X32", "C128_16X16", "C128TO256_S2_16X16",
      "C256_8X8", "C256TO512_S2_8X8", "C512_4X4"})
  public String layer;

  private BinaryConv2dKernel binary;
  private BinaryConv2dKernel ternary;
  private BinaryConv2dKernel partial;
  private FloatConv2dKernel fp32;
  private float[] input;
  private int[] packedInput;
  private float[] output;
  private int[] packedOutput;

  @Setup
  public void setUp() {
    BenchJvm.requireBenchmarkFlags();
    ConvShape s = ConvCase.parse(layer).shape();
    Random r = new Random(7);
    float[] weights = BenchData.gaussian(r, s.outChannels() * s.reduction());
    input = BenchData.gaussian(r, s.inputSize());
    binary = BenchLayers.binary(s, weights, r).build();
    fp32 = BenchLayers.fp32(s, weights, r);
    ternary = BenchLayers.binary(s, BenchData.ternary(r, weights.length), r).optTernaryWeights().build();
    int[] salient = BenchData.largest(weights, BenchData.SALIENT);
    partial = BenchLayers.binary(s, weights, r).optSalientWeights(salient, BenchData.at(weights, salient)).build();
    packedInput = new int[binary.packedInputLength(1)];
    binary.packInput(input, 1, packedInput);
    output = new float[s.outputSize()];
    packedOutput = new int[binary.packedOutputLength(1)];
  }

  @Benchmark
  public float[] binaryConv() {
    binary.forward(input, 1, output);
    return output;
  }

  @Benchmark
  public int[] binaryConvPacked() {
    binary.forwardPackedToPacked(packedInput, null, 1, packedOutput);
    return packedOutput;
  }

  @Benchmark
  public float[] ternaryConv() {
    ternary.forward(input, 1, output);
    return output;
  }

  @Benchmark
  public float[] partialConv() {
    partial.forward(input, 1, output);
    return output;
  }

  @Benchmark
  public float[] floatConv() {
    fp32.forward(input, 1, output);
    return output;
  }
}
