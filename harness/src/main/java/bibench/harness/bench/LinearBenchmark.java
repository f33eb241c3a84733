package bibench.harness.bench;

import bibench.operators.deploy.BinaryLinearKernel;
import bibench.operators.deploy.FloatLinearKernel;
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
 * Linear layers, single thread: the binary kernel (float in, pack, XNOR/popcount, multiplier and
 * bias, float out) against our FP32 kernel. The {@code shape} parameter is {@code
 * batch x out x in} (the GEMM's M x N x K), so one op is {@link GemmShape#macs()} multiply-adds.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class LinearBenchmark {
  /** MLP 784-512 and 512-512 at batch 1; BERT-base intermediate 768 -> 3072 at batch 1 and 128. */
  @Param({"1x512x784", "1x512x512", "1x3072x768", "128x3072x768"})
  public String shape;

  private BinaryLinearKernel binary;
  private FloatLinearKernel fp32;
  private float[] input;
  private float[] output;
  private int batch;

  @Setup
  public void setUp() {
    BenchJvm.requireBenchmarkFlags();
    GemmShape s = GemmShape.parse(shape);
    batch = s.m();
    Random r = new Random(3);
    float[] weights = BenchData.gaussian(r, s.n() * s.k());
    input = BenchData.gaussian(r, s.m() * s.k());
    output = new float[s.m() * s.n()];
    binary = BinaryLinearKernel.builder().setFeatures(s.k(), s.n()).setMaxBatch(s.m())
        .setWeights(weights).optMultiplier(BenchData.gaussian(r, s.n()))
        .optBias(BenchData.gaussian(r, s.n())).build();
    fp32 = FloatLinearKernel.builder().setFeatures(s.k(), s.n()).setMaxBatch(s.m())
        .setWeights(weights).optBias(BenchData.gaussian(r, s.n())).build();
  }

  @Benchmark
  public float[] binaryLinear() {
    binary.forward(input, batch, output);
    return output;
  }

  @Benchmark
  public float[] floatLinear() {
    fp32.forward(input, batch, output);
    return output;
  }
}
