package bibench.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import bibench.models.Architectures;
import bibench.models.ModelSpec;
import bibench.operators.BinaryOperator;
import bibench.operators.Operators;
import bibench.operators.deploy.KernelPath;
import bibench.train.Batches;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The deployed model computes what the DJL model computes in evaluation: the same logits within
 * float tolerance and the same arg-max, for every operator, on every deployable architecture, on
 * both kernel paths. Every parameter (BatchNorm statistics, thresholds, scales) is randomized so
 * that each fold is exercised.
 */
class DeployedModelTest {
  private static final int BATCH = 3;

  static Stream<Arguments> cases() {
    List<Object[]> models = List.of(
        new Object[] {"mlp", new int[] {1, 8, 8}, 32},
        new Object[] {"cnn-small", new int[] {1, 12, 12}, 8},
        new Object[] {"resnet20", new int[] {3, 16, 16}, 8},
        new Object[] {"vgg-small", new int[] {3, 16, 16}, 8},
        new Object[] {"pointnet", new int[] {3, 40}, 8},
        new Object[] {"dfsmn", new int[] {32, 16}, 64});
    return models.stream().flatMap(m -> Operators.ids().stream().map(op -> Arguments.of(m[0], op, m[1], m[2])));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void deployedLogitsEqualTheModelInEvaluation(String arch, String op, int[] sample, int width) {
    Engine.getInstance().setRandomSeed(7);
    BinaryOperator operator = Operators.create(op);
    operator.onEpoch(9, 10);
    ModelSpec spec = new ModelSpec(sample, 5, 0, width);
    try (NDManager manager = NDManager.newBaseManager()) {
      Block model = Architectures.byId(arch).build(operator, spec);
      if (!ModelConverter.supports(operator)) {
        model.initialize(manager, DataType.FLOAT32, Batches.shape(new bibench.data.Split("x", new float[0], new int[0], sample), BATCH));
        bibench.BadInputException e = org.junit.jupiter.api.Assertions.assertThrows(bibench.BadInputException.class,
            () -> ModelConverter.convert(model, sample, new DeployOptions(BATCH, KernelPath.SCALAR, 1)));
        assertTrue(e.getMessage().startsWith("unsupported: operator " + op + " needs the "), e.getMessage());
        return;
      }
      model.initialize(manager, DataType.FLOAT32, Batches.shape(new bibench.data.Split("x", new float[0], new int[0], sample), BATCH));
      randomizeParameters(model, new Random(11));
      float[] input = randomInput(BATCH * ModelSpec.class.cast(spec).sampleSize(), new Random(13));
      NDArray x = manager.create(input, Batches.shape(new bibench.data.Split("x", new float[0], new int[0], sample), BATCH));
      float[] expected = model.forward(new ParameterStore(manager, false), new NDList(x), false).singletonOrThrow().toFloatArray();
      for (KernelPath path : KernelPath.values()) {
        DeployedModel deployed = ModelConverter.convert(model, sample, new DeployOptions(BATCH, path, 1));
        float[] actual = deployed.forward(input, BATCH);
        assertEquals(5, deployed.outputsPerSample());
        assertClose(expected, actual, arch + " " + op + " " + path);
        assertTrue(deployed.bytes() > 0 && deployed.fp32Bytes() >= deployed.bytes(), arch + " " + op);
      }
    }
  }

  private static void assertClose(float[] expected, float[] actual, String what) {
    double scale = 0;
    for (float v : expected) {
      scale = Math.max(scale, Math.abs(v));
    }
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], actual[i], 1e-4 * Math.max(1, scale), what + " logit " + i);
    }
    for (int n = 0; n < BATCH; n++) {
      assertEquals(argmax(expected, n), argmax(actual, n), what + " arg-max of sample " + n);
    }
  }

  private static int argmax(float[] logits, int sample) {
    int best = 0;
    for (int c = 1; c < 5; c++) {
      if (logits[sample * 5 + c] > logits[sample * 5 + best]) {
        best = c;
      }
    }
    return best;
  }

  static float[] randomInput(int n, Random random) {
    float[] x = new float[n];
    for (int i = 0; i < n; i++) {
      x[i] = (float) random.nextGaussian();
    }
    return x;
  }

  /**
   * Every parameter random; variances positive; no value exactly 0 so signs are unambiguous;
   * PB-LLM's salient weights unmarked, so the first forward pass marks the largest.
   */
  static void randomizeParameters(Block model, Random random) {
    for (Pair<String, Parameter> p : model.getParameters()) {
      NDArray array = p.getValue().getArray();
      float[] v = new float[(int) array.size()];
      boolean variance = p.getKey().endsWith("runningVar");
      boolean positive = variance || p.getKey().endsWith("gamma") || p.getKey().endsWith("alpha")
          || p.getKey().contains("gamma_");
      for (int i = 0; i < v.length; i++) {
        double g = random.nextGaussian();
        v[i] = (float) (positive ? 0.5 + Math.abs(g) : (p.getKey().endsWith("theta") ? 0.3 * g : 0.5 * g));
      }
      if (p.getKey().endsWith("salient_mask")) {
        java.util.Arrays.fill(v, -1f); // unmarked: PB-LLM marks its salient weights on the first pass
      }
      array.set(v);
    }
  }
}
