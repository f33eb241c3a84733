package bibench.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import bibench.operators.impl.Fda;
import bibench.operators.impl.ReCU;
import bibench.operators.nn.BinaryLayer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every registered operator must meet on its documented formulas (OPERATORS.md):
 * forward in evaluation, surrogate gradients on a grid through -1, 0, 1 and beyond, output scales on
 * the layer's output, and the epoch hook.
 */
class OperatorFormulaTest {
  static final float[] GRID = {-2f, -1.5f, -1f, -0.75f, -0.5f, -0.1f, 0f, 0.1f, 0.5f, 0.75f, 1f, 1.5f, 2f};
  static final int C = GRID.length;
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

  private static void requireDocumented(String id) {
    Assumptions.assumeTrue(OperatorSpecs.DOCUMENTED.contains(id),
        "unsupported: operator '" + id + "' has no documented formulas in OperatorSpecs; add them to test it");
  }

  /** Two output channels: the grid, and the grid reversed, halved and shifted off zero mean. */
  private static float[] gridWeights() {
    float[] w = new float[2 * C];
    for (int i = 0; i < C; i++) {
      w[i] = GRID[i];
      w[C + i] = GRID[C - 1 - i] * 0.5f + 0.2f + (i == 0 ? 0.39f : 0f);
    }
    return w;
  }

  private static float[] reactTheta() {
    float[] theta = new float[C];
    for (int c = 0; c < C; c++) {
      theta[c] = 0.25f * (c % 3 - 1);
    }
    return theta;
  }

  private BinaryLayer pointwise(LayerKind kind, BinaryOperator op, Shape input) {
    BinaryLayer layer = LayerHarness.pointwise(kind, op, 2);
    LayerHarness.initialize(layer, manager, input);
    LayerHarness.setValues(layer.weight(), gridWeights());
    if (op.id().equals("react")) {
      LayerHarness.setValues(LayerHarness.parameter(layer, "theta"), reactTheta());
    }
    return layer;
  }

  @ParameterizedTest
  @MethodSource("operators")
  void weightsInEvaluationAreTheDocumentedQuantization(String id) {
    requireDocumented(id);
    for (LayerKind kind : new LayerKind[] {LayerKind.CONV2D, LayerKind.LINEAR}) {
      BinaryOperator op = Operators.create(id);
      op.onEpoch(9, 10);
      Shape input = kind == LayerKind.LINEAR ? new Shape(1, C) : new Shape(1, C, 1, 1);
      BinaryLayer layer = pointwise(kind, op, input);
      LayerContext context = LayerHarness.context(layer, manager, false);
      float[] q = layer.binarizer().weights().quantize(layer.weight().getArray(), context).toFloatArray();
      double[] expected = OperatorSpecs.weights(id, NaiveConv.toDouble(gridWeights()), 2, kind == LayerKind.LINEAR);
      assertClose(expected, q, 1e-6, id + " weights, " + kind);
    }
  }

  @ParameterizedTest
  @MethodSource("operators")
  void activationsInEvaluationAreTheDocumentedQuantization(String id) {
    requireDocumented(id);
    BinaryOperator op = Operators.create(id);
    op.onEpoch(9, 10);
    BinaryLayer layer = pointwise(LayerKind.CONV2D, op, new Shape(2, C, 1, 1));
    float[] x = new float[2 * C];
    for (int i = 0; i < C; i++) {
      x[i] = GRID[i];
      x[C + i] = GRID[i] * 0.3f;
    }
    NDArray input = manager.create(x, new Shape(2, C, 1, 1));
    float[] q = layer.binarizer().activations()
        .quantize(input, LayerHarness.context(layer, manager, false)).toFloatArray();
    double[] expected = OperatorSpecs.activations(id, NaiveConv.toDouble(x), 2, C, toDouble(reactTheta()));
    assertClose(expected, q, 1e-6, id + " activations");
  }

  @ParameterizedTest
  @MethodSource("operators")
  void activationGradientIsTheDocumentedSurrogate(String id) {
    requireDocumented(id);
    BinaryOperator op = Operators.create(id);
    op.onEpoch(3, 10);
    BinaryLayer layer = pointwise(LayerKind.CONV2D, op, new Shape(1, C, 1, 1));
    NDArray x = manager.create(GRID, new Shape(1, C, 1, 1));
    x.setRequiresGradient(true);
    try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
      NDArray q = layer.binarizer().activations().quantize(x, LayerHarness.context(layer, manager, false));
      collector.backward(q.sum());
    }
    float[] grad = x.getGradient().toFloatArray();
    float[] theta = reactTheta();
    for (int i = 0; i < C; i++) {
      double expected = OperatorSpecs.activationGradient(id, GRID[i], theta[i], OperatorSpecs.fdaTerms(3, 10));
      assertEquals(expected, grad[i], 1e-5, id + " activation gradient at x=" + GRID[i]);
    }
  }

  @ParameterizedTest
  @MethodSource("operators")
  void weightGradientIsTheDocumentedSurrogate(String id) {
    requireDocumented(id);
    Assumptions.assumeFalse(id.equals("recu"), "ReCU's weight gradient is checked by RecuGradientTest");
    Assumptions.assumeFalse(id.equals("pbllm"), "PB-LLM's weight gradient (0 on frozen weights) is checked by PbLlmGoldenTest");
    BinaryOperator op = Operators.create(id);
    op.onEpoch(9, 10);
    BinaryLayer layer = pointwise(LayerKind.CONV2D, op, new Shape(1, C, 1, 1));
    NDArray w = layer.weight().getArray();
    try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
      NDArray q = layer.binarizer().weights().quantize(w, LayerHarness.context(layer, manager, true));
      collector.backward(q.sum());
    }
    float[] grad = w.getGradient().toFloatArray();
    float[] values = gridWeights();
    for (int o = 0; o < 2; o++) {
      double alpha = 0;
      for (int i = 0; i < C; i++) {
        alpha += Math.abs(values[o * C + i]) / C;
      }
      for (int i = 0; i < C; i++) {
        float v = values[o * C + i];
        double expected = OperatorSpecs.weightGradient(id, v, alpha, OperatorSpecs.fdaTerms(9, 10));
        assertEquals(expected, grad[o * C + i], 1e-5, id + " weight gradient at w=" + v);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("operators")
  void layerOutputAppliesTheDocumentedOutputScale(String id) {
    requireDocumented(id);
    BinaryOperator op = Operators.create(id);
    op.onEpoch(9, 10);
    int h = 2;
    int w = 3;
    BinaryLayer layer = pointwise(LayerKind.CONV2D, op, new Shape(1, C, h, w));
    float[] gammaO = {0.5f, 2f};
    float[] gammaH = {1.5f, -0.5f};
    float[] gammaW = {1f, 3f, 0.25f};
    if (id.equals("xnorpp")) {
      LayerHarness.setValues(LayerHarness.parameter(layer, "gamma_o"), gammaO);
      LayerHarness.setValues(LayerHarness.parameter(layer, "gamma_h"), gammaH);
      LayerHarness.setValues(LayerHarness.parameter(layer, "gamma_w"), gammaW);
    } else if (id.equals("recu") || id.equals("biper")) {
      LayerHarness.setValues(LayerHarness.parameter(layer, "alpha"), gammaO);
    }
    float[] x = new float[C * h * w];
    for (int i = 0; i < x.length; i++) {
      x[i] = GRID[(i * 7) % C] * (1 + i % 3);
    }
    float[] y = LayerHarness.forward(layer, manager, manager.create(x, new Shape(1, C, h, w)), false).toFloatArray();
    double[] qx = OperatorSpecs.activations(id, NaiveConv.toDouble(x), 1, C, toDouble(reactTheta()));
    double[] qw = OperatorSpecs.weights(id, NaiveConv.toDouble(gridWeights()), 2, false);
    double[] expected = NaiveConv.conv2d(qx, 1, C, h, w, qw, 2, 1, 1, 1, 0, 1, 1);
    for (int o = 0; o < 2; o++) {
      for (int i = 0; i < h; i++) {
        for (int j = 0; j < w; j++) {
          int k = (o * h + i) * w + j;
          if (id.equals("xnorpp")) {
            expected[k] *= gammaO[o] * gammaH[i] * gammaW[j];
          } else if (id.equals("recu") || id.equals("biper")) {
            expected[k] *= gammaO[o];
          }
        }
      }
    }
    assertClose(expected, y, 1e-5, id + " layer output");
  }

  @ParameterizedTest
  @MethodSource("operators")
  void epochHookGivesTheDocumentedValues(String id) {
    requireDocumented(id);
    int epochs = 10;
    for (int e : new int[] {0, 5, 9}) {
      BinaryOperator op = Operators.create(id);
      op.onEpoch(e, epochs);
      if (op instanceof ReCU recu) {
        assertEquals(OperatorSpecs.recuTau(e, epochs), recu.tau(), 1e-12, "ReCU tau at epoch " + e);
      } else if (op instanceof Fda fda) {
        assertEquals(OperatorSpecs.fdaTerms(e, epochs), fda.schedule().terms(), "FDA n at epoch " + e);
        assertEquals(OperatorSpecs.fdaNoise(e, epochs), fda.schedule().noiseWeight(), 1e-7, "FDA a_t at epoch " + e);
      }
    }
    assertEquals(0.85, OperatorSpecs.recuTau(0, epochs), 1e-12);
    assertEquals(0.0, OperatorSpecs.fdaNoise(epochs - 1, epochs), 1e-12);
  }

  static double[] toDouble(float[] values) {
    return NaiveConv.toDouble(values);
  }

  static void assertClose(double[] expected, float[] actual, double relative, String what) {
    assertEquals(expected.length, actual.length, what + ": length");
    for (int i = 0; i < expected.length; i++) {
      double tolerance = relative * Math.max(1, Math.abs(expected[i]));
      assertEquals(expected[i], actual[i], tolerance, what + " at " + i);
    }
  }
}
