package bibench.harness.bench;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import bibench.deploy.DeployOptions;
import bibench.deploy.DeployedModel;
import bibench.deploy.ModelConverter;
import bibench.models.Architectures;
import bibench.models.ModelSpec;
import bibench.operators.BinaryOperator;
import bibench.operators.Operators;
import bibench.train.TorchLogLevel;
import java.util.Arrays;
import java.util.Random;

/**
 * A whole model for the inference benchmarks: an architecture built with an operator, its weights
 * and BatchNorm statistics drawn at random (speed does not depend on the values), initialized in a
 * manager, and converted to the deployment kernels. Parameters come as strings so JMH can pass them.
 */
public final class ModelFixture implements AutoCloseable {
  private final NDManager manager;
  private final Block block;
  private final int[] sample;
  private final int batch;

  /**
   * @param arch architecture id
   * @param input per-sample shape such as {@code 3x32x32}
   * @param classes output classes
   * @param operator operator id
   * @param batch the batch the model is timed at
   */
  public ModelFixture(String arch, String input, int classes, String operator, int batch) {
    this.sample = parseShape(input);
    this.batch = batch;
    Engine.getInstance().setRandomSeed(1);
    TorchLogLevel.apply();
    BinaryOperator op = Operators.create(operator);
    op.onEpoch(0, 1);
    manager = NDManager.newBaseManager();
    block = Architectures.byId(arch).build(op, new ModelSpec(sample, classes, 0, 0));
    block.initialize(manager, DataType.FLOAT32, shape(batch));
    randomize(block, new Random(2));
  }

  static int[] parseShape(String text) {
    return Arrays.stream(text.split("x")).mapToInt(Integer::parseInt).toArray();
  }

  /** The batch shape. */
  Shape shape(int n) {
    long[] dims = new long[sample.length + 1];
    dims[0] = n;
    for (int i = 0; i < sample.length; i++) {
      dims[i + 1] = sample[i];
    }
    return new Shape(dims);
  }

  /** The DJL model (for the PyTorch path). */
  Block block() {
    return block;
  }

  /** The engine manager holding the parameters. */
  NDManager manager() {
    return manager;
  }

  /** The model on the deployment kernels. */
  public DeployedModel deploy(int threads) {
    return ModelConverter.convert(block, sample, DeployOptions.of(batch).withThreads(threads));
  }

  /** A random input batch. */
  float[] input() {
    return BenchData.gaussian(new Random(3), batch * Arrays.stream(sample).reduce(1, (a, b) -> a * b));
  }

  private static void randomize(Block block, Random random) {
    for (Pair<String, Parameter> p : block.getParameters()) {
      NDArray array = p.getValue().getArray();
      float[] v = new float[(int) array.size()];
      boolean positive = p.getKey().endsWith("runningVar") || p.getKey().endsWith("gamma");
      for (int i = 0; i < v.length; i++) {
        double g = random.nextGaussian();
        v[i] = (float) (positive ? 0.5 + Math.abs(g) : 0.1 * g);
      }
      if (p.getKey().endsWith("salient_mask")) {
        Arrays.fill(v, -1f); // unmarked: PB-LLM marks the largest weights when the model first runs
      }
      array.set(v);
    }
  }

  @Override
  public void close() {
    manager.close();
  }
}
