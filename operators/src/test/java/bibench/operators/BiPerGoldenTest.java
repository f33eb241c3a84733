package bibench.operators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import bibench.operators.impl.BiPer;
import bibench.operators.nn.BinaryLayer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * BiPer's weights against values worked out by hand (omega0 = 20): phase 20w, square wave
 * sign(sin), sine surrogate gradient 20 cos; the 2:1 stage split of the epoch hook; its output
 * scale.
 */
class BiPerGoldenTest {
  /** Weights and their phase 20 w in radians: 0, 1, 2, 4, -1, -4, 3.2. */
  private static final float[] W = {0f, 0.05f, 0.1f, 0.2f, -0.05f, -0.2f, 0.16f};
  /** sin(20 w): sin 0 = 0, sin 1 = 0.841471, sin 2 = 0.909297, sin 4 = -0.756802, ..., sin 3.2 = -0.058374. */
  private static final float[] SINE = {0f, 0.841471f, 0.909297f, -0.756802f, -0.841471f, 0.756802f, -0.058374f};
  /** The square wave: sign(0) = +1; w = 0.2 and 0.16 lie past the half period pi / 20 = 0.157, so -1. */
  private static final float[] SQUARE = {1, 1, 1, -1, -1, 1, -1};
  /** 20 cos(20 w): 20, 20 * 0.540302, 20 * -0.416147, 20 * -0.653644, ..., 20 * -0.998295. */
  private static final float[] GRADIENT = {20f, 10.80605f, -8.32294f, -13.07287f, 10.80605f, -13.07287f, -19.96589f};

  private NDManager manager;

  @BeforeEach
  void open() {
    manager = NDManager.newBaseManager();
  }

  @AfterEach
  void close() {
    manager.close();
  }

  private float[][] weightsAndGradient(BiPer op) {
    BinaryLayer layer = LayerHarness.pointwise(LayerKind.LINEAR, op, 1);
    LayerHarness.initialize(layer, manager, new Shape(1, W.length));
    LayerHarness.setValues(layer.weight(), W);
    NDArray w = layer.weight().getArray();
    NDArray q;
    try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
      q = layer.binarizer().weights().quantize(w, LayerHarness.context(layer, manager, true));
      collector.backward(q.sum());
    }
    return new float[][] {q.toFloatArray(), w.getGradient().toFloatArray()};
  }

  @Test
  void stageTwoIsTheSquareWaveWithTheSineGradient() {
    BiPer op = (BiPer) Operators.create("biper");
    assertTrue(op.binaryStage(), "binary before any epoch hook");
    float[][] out = weightsAndGradient(op);
    assertArrayEquals(SQUARE, out[0]);
    assertArrayEquals(GRADIENT, out[1], 1e-3f);
  }

  @Test
  void stageOneIsTheSineItselfWithTheSameGradient() {
    BiPer op = (BiPer) Operators.create("biper");
    op.onEpoch(0, 3);
    assertFalse(op.binaryStage());
    float[][] out = weightsAndGradient(op);
    assertArrayEquals(SINE, out[0], 1e-5f);
    assertArrayEquals(GRADIENT, out[1], 1e-3f);
  }

  @Test
  void theFirstTwoThirdsOfTheEpochsAreStageOne() {
    BiPer op = (BiPer) Operators.create("biper");
    boolean[] expected = {false, false, false, false, false, false, true, true, true, true};
    for (int e = 0; e < 10; e++) {
      op.onEpoch(e, 10);
      assertEquals(expected[e], op.binaryStage(), "epoch " + e + " of 10 (stage 1 = epochs 0-5)");
    }
    op.onEpoch(0, 1);
    assertTrue(op.binaryStage(), "a single epoch is binary");
    op.onEpoch(1, 3);
    assertFalse(op.binaryStage());
    op.onEpoch(2, 3);
    assertTrue(op.binaryStage());
  }

  @Test
  void anotherFrequencyMovesTheSquareWave() {
    BiPer op = (BiPer) Operators.create("biper:omega=10");
    assertEquals(10.0, op.omega());
    // 10 w = 2 rad for w = 0.2: sin 2 > 0 (it was -1 at omega0 = 20); gradient 10 cos 2 = -4.16147.
    float[][] out = weightsAndGradient(op);
    assertEquals(1f, out[0][3]);
    assertEquals(-4.16147f, out[1][3], 1e-4f);
  }

  @Test
  void activationsAreReCUsAndTheOutputHasALearnedChannelScale() {
    BinaryLayer layer = LayerHarness.pointwise(LayerKind.CONV2D, Operators.create("biper"), 2);
    LayerHarness.initialize(layer, manager, new Shape(1, 3, 1, 1));
    LayerHarness.setValues(layer.weight(), new float[] {0.05f, 0.05f, 0.2f, 0.05f, -0.05f, 0.1f});
    LayerHarness.setValues(LayerHarness.parameter(layer, "alpha"), new float[] {0.5f, 2f});
    // x = (0.3, -0.2, 0): signs (1, -1, 1). Weights' square wave: (1, 1, -1) and (1, -1, 1).
    float[] y = LayerHarness.forward(layer, manager, manager.create(new float[] {0.3f, -0.2f, 0f}, new Shape(1, 3, 1, 1)),
        false).toFloatArray();
    // channel 0: 1 - 1 - 1 = -1, times 0.5; channel 1: 1 + 1 + 1 = 3, times 2.
    assertArrayEquals(new float[] {-0.5f, 6f}, y, 1e-6f);
  }
}
