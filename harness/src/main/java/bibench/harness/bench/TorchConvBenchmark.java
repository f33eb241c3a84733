package bibench.harness.bench;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import bibench.operators.deploy.ConvShape;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * PyTorch's FP32 convolution on the layers of {@link ConvBenchmark}, batch 1, one intra-op thread,
 * through DJL's {@code Conv2d.conv2d} (the public entry to {@code Convolution}'s engine op), with
 * a bias. The result tensor is freed each op.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class TorchConvBenchmark {
  @Param({"C64_56X56", "C64_32X32", "C64TO128_S2_32X32", "C128_16X16", "C128TO256_S2_16X16",
      "C256_8X8", "C256TO512_S2_8X8", "C512_4X4"})
  public String layer;

  private NDManager manager;
  private NDArray input;
  private NDArray weight;
  private NDArray bias;
  private Shape stride;
  private Shape padding;
  private Shape dilation;

  @Setup(Level.Trial)
  public void setUp() {
    BenchJvm.requireBenchmarkFlags();
    ConvShape s = ConvCase.parse(layer).shape();
    Random r = new Random(7);
    manager = NDManager.newBaseManager("PyTorch");
    weight = manager.create(BenchData.gaussian(r, s.outChannels() * s.reduction()),
        new Shape(s.outChannels(), s.inPerGroup(), s.kernelH(), s.kernelW()));
    input = manager.create(BenchData.gaussian(r, s.inputSize()),
        new Shape(1, s.inChannels(), s.inH(), s.inW()));
    bias = manager.create(BenchData.gaussian(r, s.outChannels()), new Shape(s.outChannels()));
    stride = new Shape(s.strideH(), s.strideW());
    padding = new Shape(s.padH(), s.padW());
    dilation = new Shape(s.dilationH(), s.dilationW());
  }

  @Benchmark
  public long torchConv() {
    try (NDList out = Conv2d.conv2d(input, weight, bias, stride, padding, dilation, 1)) {
      return out.singletonOrThrow().size();
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    manager.close();
  }
}
