package bibench.operators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.util.Pair;
import bibench.operators.nn.BinaryConvolution;
import bibench.operators.nn.BinaryLayer;
import bibench.operators.nn.ConvSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layer-level contract every registered operator must meet, whatever its formulas: all three
 * layer kinds with stride, padding, groups and bias; trained extras; determinism; and the two DJL
 * traps (gradients that read freed memory, temporaries leaking into the model's manager).
 */
class OperatorLayerContractTest {
  private NDManager manager;

  static List<String> operators() {
    return Operators.ids();
  }

  @BeforeEach
  void open() {
    manager = NDManager.newBaseManager();
  }

  @AfterEach
  void close() {
    manager.close();
  }

  private static Shape inputFor(LayerKind kind) {
    return switch (kind) {
      case LINEAR -> new Shape(3, 16);
      case CONV1D -> new Shape(2, 32, 9);
      case CONV2D -> new Shape(2, 32, 7, 6);
    };
  }

  private NDArray randomInput(Shape shape, long seed) {
    Random random = new Random(seed);
    float[] values = new float[(int) shape.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) (random.nextGaussian() * 1.2);
    }
    return manager.create(values, shape);
  }

  @ParameterizedTest
  @MethodSource("operators")
  void everyLayerKindComputesTheBinaryProductWithStridePaddingGroupsAndBias(String id) {
    for (LayerKind kind : LayerKind.values()) {
      BinaryOperator op = Operators.create(id);
      op.onEpoch(9, 10);
      Shape shape = inputFor(kind);
      BinaryLayer layer = LayerHarness.strided(kind, op, 6);
      LayerHarness.initialize(layer, manager, shape);
      NDArray x = randomInput(shape, 7);
      float[] y = LayerHarness.forward(layer, manager, x, false).toFloatArray();
      assertArrayEquals(layer.getOutputShapes(new Shape[] {shape})[0].getShape(),
          LayerHarness.forward(layer, manager, x, false).getShape().getShape(), id + " " + kind + " shape");

      LayerContext context = LayerHarness.context(layer, manager, false);
      double[] qx = NaiveConv.toDouble(layer.binarizer().activations().quantize(x, context).toFloatArray());
      double[] qw = NaiveConv.toDouble(layer.binarizer().weights().quantize(layer.weight().getArray(), context).toFloatArray());
      double[] expected = naive(layer, shape, qx, qw);
      NDArray scaled = layer.binarizer().output().scale(
          manager.create(NaiveConv.toFloat(expected), layer.getOutputShapes(new Shape[] {shape})[0]), context);
      float[] bias = layer.bias().getArray().toFloatArray();
      float[] withBias = scaled.toFloatArray();
      int perChannel = withBias.length / (kind == LayerKind.LINEAR ? withBias.length / 6 : (int) shape.get(0)) / 6;
      for (int i = 0; i < withBias.length; i++) {
        int channel = kind == LayerKind.LINEAR ? i % 6 : (i / perChannel) % 6;
        withBias[i] += bias[channel];
      }
      OperatorFormulaTest.assertClose(NaiveConv.toDouble(withBias), y, 1e-4, id + " " + kind);
      float[] trainingOut = LayerHarness.forward(layer, manager, x, true).toFloatArray();
      assertEquals(y.length, trainingOut.length, id + " " + kind + " training forward");
    }
  }

  private static double[] naive(BinaryLayer layer, Shape shape, double[] qx, double[] qw) {
    if (layer.kind() == LayerKind.LINEAR) {
      return NaiveConv.linear(qx, (int) shape.get(0), (int) shape.get(1), qw, layer.outChannels());
    }
    ConvSettings s = ((BinaryConvolution) layer).settings();
    int n = (int) shape.get(0);
    int c = (int) shape.get(1);
    boolean twoD = layer.kind() == LayerKind.CONV2D;
    int h = twoD ? (int) shape.get(2) : 1;
    int w = (int) shape.get(twoD ? 3 : 2);
    int kh = twoD ? s.kernel()[0] : 1;
    int kw = s.kernel()[twoD ? 1 : 0];
    if (twoD) {
      return NaiveConv.conv2d(qx, n, c, h, w, qw, layer.outChannels(), kh, kw, s.stride()[0], s.padding()[0],
          s.dilation()[0], s.groups());
    }
    // A 1-D convolution is a 2-D one with a height of 1 and no vertical padding.
    return conv1d(qx, n, c, w, qw, layer.outChannels(), kw, s.stride()[0], s.padding()[0], s.groups());
  }

  private static double[] conv1d(double[] x, int n, int c, int l, double[] w, int o, int k, int stride,
      int pad, int groups) {
    int ol = (l + 2 * pad - (k - 1) - 1) / stride + 1;
    double[] y = new double[n * o * ol];
    int cg = c / groups;
    int og = o / groups;
    for (int b = 0; b < n; b++) {
      for (int oc = 0; oc < o; oc++) {
        for (int j = 0; j < ol; j++) {
          double sum = 0;
          for (int ic = 0; ic < cg; ic++) {
            for (int u = 0; u < k; u++) {
              int pos = j * stride - pad + u;
              if (pos >= 0 && pos < l) {
                sum += x[(b * c + (oc / og) * cg + ic) * l + pos] * w[(oc * cg + ic) * k + u];
              }
            }
          }
          y[(b * o + oc) * ol + j] = sum;
        }
      }
    }
    return y;
  }

  @ParameterizedTest
  @MethodSource("operators")
  void learnableExtrasReceiveNonZeroGradients(String id) {
    Engine.getInstance().setRandomSeed(5);
    for (LayerKind kind : LayerKind.values()) {
      BinaryOperator op = Operators.create(id);
      op.onEpoch(0, 10);
      Shape shape = inputFor(kind);
      BinaryLayer layer = LayerHarness.strided(kind, op, 6);
      LayerHarness.initialize(layer, manager, shape);
      try (NDManager batch = manager.newSubManager()) {
        NDArray x = batch.create(randomInput(shape, 3).toFloatArray(), shape);
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
          NDArray y = LayerHarness.forward(layer, batch, x, true);
          NDArray upstream = batch.create(randomInput(y.getShape(), 5).toFloatArray(), y.getShape());
          collector.backward(y.mul(upstream).sum());
        }
        for (Pair<String, Parameter> p : layer.getDirectParameters()) {
          if (!p.getValue().requiresGradient()) {
            continue; // frozen state, such as PB-LLM's salient weights: checked by its own test
          }
          float[] grad = p.getValue().getArray().getGradient().toFloatArray();
          boolean nonZero = false;
          for (float g : grad) {
            nonZero |= g != 0 && Float.isFinite(g);
          }
          assertTrue(nonZero, id + " " + kind + ": parameter '" + p.getKey() + "' got no gradient");
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("operators")
  void sameSeedGivesSameOutputs(String id) {
    float[] first = seededTrainingOutput(id, 42);
    float[] second = seededTrainingOutput(id, 42);
    assertArrayEquals(first, second, id + ": same seed, different outputs");
    assertFalse(java.util.Arrays.equals(first, seededTrainingOutput(id, 43)), id + ": seed has no effect");
  }

  private float[] seededTrainingOutput(String id, int seed) {
    Engine.getInstance().setRandomSeed(seed);
    BinaryOperator op = Operators.create(id);
    op.onEpoch(0, 10);
    BinaryLayer layer = LayerHarness.strided(LayerKind.CONV2D, op, 6);
    LayerHarness.initialize(layer, manager, inputFor(LayerKind.CONV2D));
    return LayerHarness.forward(layer, manager, randomInput(inputFor(LayerKind.CONV2D), seed), true).toFloatArray();
  }

  @ParameterizedTest
  @MethodSource("operators")
  void gradientsSurviveGarbageCollectionBetweenForwardAndBackward(String id) {
    float[] quiet = gradientAfterBackward(id, false);
    float[] collected = gradientAfterBackward(id, true);
    assertArrayEquals(quiet, collected, id + ": garbage collection changed the gradient");
  }

  private float[] gradientAfterBackward(String id, boolean collectGarbage) {
    Engine.getInstance().setRandomSeed(11);
    BinaryOperator op = Operators.create(id);
    op.onEpoch(0, 10);
    Shape shape = inputFor(LayerKind.CONV2D);
    BinaryLayer layer = LayerHarness.strided(LayerKind.CONV2D, op, 6);
    LayerHarness.initialize(layer, manager, shape);
    try (NDManager batch = manager.newSubManager()) {
      NDArray x = batch.create(randomInput(shape, 9).toFloatArray(), shape);
      try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
        NDArray y = LayerHarness.forward(layer, batch, x, true);
        if (collectGarbage) {
          List<byte[]> garbage = new ArrayList<>();
          for (int i = 0; i < 64; i++) {
            garbage.add(new byte[1 << 16]);
          }
          garbage.clear();
          System.gc();
          System.gc();
        }
        collector.backward(y.mul(y).sum());
      }
      return layer.weight().getArray().getGradient().toFloatArray();
    }
  }

  @ParameterizedTest
  @MethodSource("operators")
  void forwardAndBackwardLeaveNothingInTheModelManager(String id) {
    BinaryOperator op = Operators.create(id);
    op.onEpoch(0, 10);
    Shape shape = inputFor(LayerKind.CONV2D);
    BinaryLayer layer = LayerHarness.strided(LayerKind.CONV2D, op, 6);
    LayerHarness.initialize(layer, manager, shape);
    NDArray input = randomInput(shape, 1);
    step(layer, input);
    int before = manager.getManagedArrays().size();
    for (int i = 0; i < 3; i++) {
      step(layer, input);
    }
    assertEquals(before, manager.getManagedArrays().size(), id + ": forward left arrays in the model's manager");
  }

  private void step(BinaryLayer layer, NDArray input) {
    try (NDManager batch = manager.newSubManager()) {
      NDArray x = batch.create(input.toFloatArray(), input.getShape());
      try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
        collector.backward(LayerHarness.forward(layer, batch, x, true).sum());
      }
    }
  }
}
