package bibench.harness.bench;

import bibench.operators.deploy.BinaryConv2dKernel;
import bibench.operators.deploy.ConvShape;
import java.util.Arrays;
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
 * What the scales that cannot fold cost at deployment, float in and out, batch 1: {@code plain}
 * (BNN/DoReFa/Bi-Real/ReCU/FDA: everything folded), {@code react} (ReActNet's theta, folded into
 * the packing threshold), {@code xnor} (XNOR-Net's per-sample mean |X| and a multiply per
 * output), {@code xnorpp} (XNOR++'s h x w factors, a multiply per output). Compare each mode's
 * time with {@code plain} in the same run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class ScaleOverheadBenchmark {
  @Param({"C64_56X56", "C64_32X32", "C256_8X8"})
  public String layer;

  @Param({"plain", "react", "xnor", "xnorpp"})
  public String mode;

  private BinaryConv2dKernel kernel;
  private float[] input;
  private float[] output;

  @Setup
  public void setUp() {
    BenchJvm.requireBenchmarkFlags();
    ConvShape s = ConvCase.parse(layer).shape();
    Random r = new Random(11);
    input = BenchData.gaussian(r, s.inputSize());
    output = new float[s.outputSize()];
    BinaryConv2dKernel.Builder b =
        BenchLayers.binary(s, BenchData.gaussian(r, s.outChannels() * s.reduction()), r);
    switch (mode) {
      case "plain" -> { }
      case "react" -> b.optThreshold(BenchData.gaussian(r, s.inChannels()));
      case "xnor" -> b.optXnorInputScale(true);
      case "xnorpp" -> {
        float[] h = new float[s.outH()];
        float[] w = new float[s.outW()];
        Arrays.fill(h, 0.9f);
        Arrays.fill(w, 1.1f);
        b.optSpatialFactors(h, w);
      }
      default -> throw new bibench.BadInputException(
          "unknown mode '" + mode + "'", "use plain, react, xnor or xnorpp");
    }
    kernel = b.build();
  }

  @Benchmark
  public float[] binaryConv() {
    kernel.forward(input, 1, output);
    return output;
  }
}
