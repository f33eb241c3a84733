package bibench.harness.bench;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
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
 * PyTorch's FP32 matrix product (DJL {@code NDArray.matMul}, PyTorch engine, one intra-op thread)
 * on the shapes of {@link GemmBenchmark}, for the FP32 side of the comparison. The result tensor
 * is freed each op.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class TorchGemmBenchmark {
  @Param({"256x256x256", "1024x1024x1024", "64x3136x576"})
  public String shape;

  private NDManager manager;
  private NDArray a;
  private NDArray b;

  @Setup(Level.Trial)
  public void setUp() {
    BenchJvm.requireBenchmarkFlags();
    GemmShape s = GemmShape.parse(shape);
    Random r = new Random(42);
    manager = NDManager.newBaseManager("PyTorch");
    a = manager.create(BenchData.gaussian(r, s.m() * s.k()), new Shape(s.m(), s.k()));
    b = manager.create(BenchData.gaussian(r, s.k() * s.n()), new Shape(s.k(), s.n()));
  }

  @Benchmark
  public long torchMatMul() {
    try (NDArray c = a.matMul(b)) {
      return c.size();
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    manager.close();
  }
}
