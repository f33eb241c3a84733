package bibench.harness.bench;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import bibench.deploy.DeployedModel;
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
 * A whole model's forward pass: {@code deployed} on our kernels (bit-packed for a binarized
 * operator, our FP32 kernels for fp32), {@code pytorch} through DJL and PyTorch in evaluation (the
 * FP32 baseline BiBench compares with; for a binarized operator PyTorch runs its binarization in
 * float, as training does). One op is one batch.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class ModelBenchmark {
  @Param({"resnet18"})
  public String arch;

  @Param({"3x32x32"})
  public String input;

  @Param({"10"})
  public int classes;

  @Param({"bnn"})
  public String operator;

  @Param({"1"})
  public int batch;

  @Param({"1"})
  public int threads;

  private ModelFixture fixture;
  private DeployedModel deployed;
  private float[] x;
  private NDArray torchInput;
  private ParameterStore store;

  @Setup(Level.Trial)
  public void setUp() {
    BenchJvm.requireBenchmarkFlags();
    fixture = new ModelFixture(arch, input, classes, operator, batch);
    deployed = fixture.deploy(threads);
    x = fixture.input();
    torchInput = fixture.manager().create(x, fixture.shape(batch));
    store = new ParameterStore(fixture.manager(), false);
  }

  @Benchmark
  public float[] deployed() {
    return deployed.forward(x, batch);
  }

  @Benchmark
  public long pytorch() {
    try (NDManager scope = fixture.manager().newSubManager()) {
      NDArray in = torchInput.duplicate();
      in.attach(scope);
      NDArray out = fixture.block().forward(store, new NDList(in), false).singletonOrThrow();
      return out.size();
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    fixture.close();
  }
}
