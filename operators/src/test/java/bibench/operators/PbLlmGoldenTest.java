package bibench.operators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import bibench.operators.nn.BinaryLayer;
import bibench.operators.quant.PartialBinaryWeights;
import bibench.operators.WeightGroup;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PB-LLM's partial binarization against values worked out by hand: which weights are salient,
 * their 8-bit values, the optimal scale of the rest, the gradient, freezing, and the storage.
 */
class PbLlmGoldenTest {
  /** Two output channels of five inputs. */
  private static final float[] W = {0.9f, -0.1f, 0.2f, -0.3f, 0.05f, 0.02f, -0.7f, 0.4f, 0.1f, -0.15f};
  private NDManager manager;

  @BeforeEach
  void open() {
    manager = NDManager.newBaseManager();
  }

  @AfterEach
  void close() {
    manager.close();
  }

  private BinaryLayer layer(String op) {
    BinaryLayer layer = LayerHarness.pointwise(LayerKind.LINEAR, Operators.create(op), 2);
    LayerHarness.initialize(layer, manager, new Shape(1, 5));
    LayerHarness.setValues(layer.weight(), W);
    return layer;
  }

  private float[][] weightsAndGradient(BinaryLayer layer) {
    NDArray w = layer.weight().getArray();
    NDArray q;
    try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
      q = layer.binarizer().weights().quantize(w, LayerHarness.context(layer, manager, true));
      collector.backward(q.sum());
    }
    return new float[][] {q.toFloatArray(), w.getGradient().toFloatArray()};
  }

  /*
   * p = 0.3 of 10 weights: k = 3 salient, the largest |W|: 0.9 (row 0), -0.7 and 0.4 (row 1).
   * 8-bit: row 0 step 0.9 / 127, 0.9 -> 127 steps = 0.9; row 1 step 0.7 / 127 = 0.00551181,
   * -0.7 -> -127 steps; 0.4 / 0.00551181 = 72.57 -> 73 steps = 0.4023622.
   * The rest: alpha_0 = (0.1 + 0.2 + 0.3 + 0.05) / 4 = 0.1625; alpha_1 = (0.02 + 0.1 + 0.15) / 3 = 0.09.
   */
  private static final float[] Q = {0.9f, -0.1625f, 0.1625f, -0.1625f, 0.1625f, 0.09f, -0.7f, 0.4023622f, 0.09f, -0.09f};
  /** Clipped STE on the binarized weights (all |W| &lt;= 1), 0 on the frozen salient ones. */
  private static final float[] GRADIENT = {0, 1, 1, 1, 1, 1, 0, 0, 1, 1};

  @Test
  void salientWeightsStayAtEightBitsAndTheRestIsScaledSigns() {
    float[][] out = weightsAndGradient(layer("pbllm:p=0.3"));
    assertArrayEquals(Q, out[0], 1e-6f);
    assertArrayEquals(GRADIENT, out[1]);
  }

  @Test
  void salientWeightsAreFrozenOnceMarked() {
    BinaryLayer layer = layer("pbllm:p=0.3");
    weightsAndGradient(layer);
    float[] moved = W.clone();
    moved[0] = 5f; // a frozen weight moves: its stored value does not
    moved[1] = 0.95f; // a binarized weight grows past the salient ones: it stays binarized
    LayerHarness.setValues(layer.weight(), moved);
    float[] q = weightsAndGradient(layer)[0];
    // alpha_0 = (0.95 + 0.2 + 0.3 + 0.05) / 4 = 0.375
    assertArrayEquals(new float[] {0.9f, 0.375f, 0.375f, -0.375f, 0.375f}, java.util.Arrays.copyOf(q, 5), 1e-6f);
    assertArrayEquals(new float[] {1, 0, 0, 0, 0, 0, 1, 1, 0, 0}, LayerHarness.parameter(layer, "salient_mask")
        .getArray().toFloatArray());
  }

  @Test
  void theDefaultKeepsTenPercentAndTiesGoByPosition() {
    assertEquals(1, PartialBinaryWeights.salientCount(10, 0.1));
    assertEquals(2, PartialBinaryWeights.salientCount(15, 0.1), "round(1.5) = 2");
    BinaryLayer layer = LayerHarness.pointwise(LayerKind.LINEAR, Operators.create("pbllm"), 1);
    LayerHarness.initialize(layer, manager, new Shape(1, 10));
    LayerHarness.setValues(layer.weight(), new float[] {0.1f, -0.5f, 0.2f, 0.5f, 0f, 0f, 0f, 0f, 0f, 0f});
    weightsAndGradient(layer);
    assertArrayEquals(new float[] {0, 1, 0, 0, 0, 0, 0, 0, 0, 0},
        LayerHarness.parameter(layer, "salient_mask").getArray().toFloatArray(), "the first of two equal magnitudes");
  }

  @Test
  void activationsAreSigns() {
    BinaryLayer layer = layer("pbllm");
    NDArray x = manager.create(new float[] {0.3f, -2f, 0f, -0.01f, 5f}, new Shape(1, 5));
    assertArrayEquals(new float[] {1, -1, 1, -1, 1},
        layer.binarizer().activations().quantize(x, LayerHarness.context(layer, manager, false)).toFloatArray());
  }

  /*
   * Storage of the p = 0.3 layer: n = 10, k = 3, fanIn 5 -> column indices of 3 bits. Plane 10 bits
   * (7 binarized weights and the 3 unused positions); salient 3 x 8 = 24 bits + indices 3 x 3 = 9 +
   * row offsets (2 + 1) x 32 = 96 + int8 scales 2 x 32 = 64. MACs: 7 weights at 1 bit, 3 at 8 bits.
   */
  @Test
  void storageCountsThePlaneTheSalientValuesAndTheirIndices() {
    BinaryLayer layer = layer("pbllm:p=0.3");
    List<WeightGroup> groups = layer.binarizer().weights().deployedWeights(layer.geometry());
    assertEquals(2, groups.size());
    assertEquals(7, groups.get(0).weights());
    assertEquals(1, groups.get(0).macBits());
    assertEquals(10, groups.get(0).storageBits(), 1e-9);
    assertEquals(3, groups.get(1).weights());
    assertEquals(8, groups.get(1).macBits());
    assertEquals(24 + 9 + 96 + 64, groups.get(1).storageBits(), 1e-9);
    assertEquals(DeployKernel.PARTIAL_BINARY, layer.operator().deployKernel());
  }
}
