package bibench.operators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import bibench.operators.nn.BinaryLayer;
import bibench.operators.quant.TernaryPacking;
import bibench.operators.WeightGroup;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * BitNet b1.58's ternary weights (absmean and median scale) and 8-bit activations against values
 * worked out by hand; the W1.58A1 variant's sign activations; the ternary packing.
 */
class BitNet158GoldenTest {
  private static final float[] W = {0.5f, -0.3f, 0.05f, 0f, 1.2f, -0.9f};
  private NDManager manager;

  @BeforeEach
  void open() {
    manager = NDManager.newBaseManager();
  }

  @AfterEach
  void close() {
    manager.close();
  }

  private BinaryLayer linear(String op, float[] w) {
    BinaryLayer layer = LayerHarness.pointwise(LayerKind.LINEAR, Operators.create(op), 1);
    LayerHarness.initialize(layer, manager, new Shape(1, w.length));
    LayerHarness.setValues(layer.weight(), w);
    return layer;
  }

  private float[][] weightsAndGradient(String op, float[] values) {
    BinaryLayer layer = linear(op, values);
    NDArray w = layer.weight().getArray();
    NDArray q;
    try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
      q = layer.binarizer().weights().quantize(w, LayerHarness.context(layer, manager, true));
      collector.backward(q.sum());
    }
    return new float[][] {q.toFloatArray(), w.getGradient().toFloatArray()};
  }

  @Test
  void absmeanTernaryWeights() {
    // gamma = (0.5 + 0.3 + 0.05 + 0 + 1.2 + 0.9) / 6 = 0.4916667; W / gamma = 1.017, -0.610, 0.102,
    // 0, 2.441, -1.831; RoundClip: 1, -1, 0, 0, 1, -1.
    float g = 0.4916667f;
    float[][] out = weightsAndGradient("bitnet158", W);
    assertArrayEquals(new float[] {g, -g, 0, 0, g, -g}, out[0], 1e-6f);
    assertArrayEquals(new float[] {1, 1, 1, 1, 1, 1}, out[1], "straight-through gradient");
  }

  @Test
  void medianTernaryWeights() {
    // |W| sorted: 0, 0.05, 0.3, 0.5, 0.9, 1.2; lower median (element 2) = 0.3; W / 0.3 = 1.667, -1,
    // 0.167, 0, 4, -3; RoundClip: 1, -1, 0, 0, 1, -1.
    float[][] out = weightsAndGradient("bitnet158-median", W);
    assertArrayEquals(new float[] {0.3f, -0.3f, 0, 0, 0.3f, -0.3f}, out[0], 1e-6f);
    assertArrayEquals(new float[] {1, 1, 1, 1, 1, 1}, out[1]);
  }

  @Test
  void roundClipRoundsHalvesToEvenAsPyTorch() {
    // gamma = (0.5 + 0.5 + 1.5 + 1.5) / 4 = 1: round(0.5) = 0, round(-0.5) = -0, round(1.5) = 2 -> 1.
    float[][] out = weightsAndGradient("bitnet158", new float[] {0.5f, -0.5f, 1.5f, 1.5f});
    assertArrayEquals(new float[] {0, 0, 1, 1}, out[0], 0f);
  }

  @Test
  void eightBitAbsmaxActivationsPerToken() {
    BinaryLayer layer = linear("bitnet158", W);
    // Row 1: max 1, scale 127: 63.5 -> 64 (half to even), -127, 31.75 -> 32, 12.7 -> 13; / 127.
    // Row 2: max 2, scale 63.5: 127, -1.905 -> -2, 0, 63.5 -> 64; / 63.5.
    NDArray x = manager.create(new float[] {0.5f, -1f, 0.25f, 0.1f, 2f, -0.03f, 0f, 1f}, new Shape(2, 4));
    x.setRequiresGradient(true);
    NDArray q;
    try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
      q = layer.binarizer().activations().quantize(x, LayerHarness.context(layer, manager, true));
      collector.backward(q.sum());
    }
    assertArrayEquals(new float[] {64 / 127f, -1f, 32 / 127f, 13 / 127f, 2f, -2 / 63.5f, 0f, 64 / 63.5f},
        q.toFloatArray(), 1e-6f);
    assertArrayEquals(new float[] {1, 1, 1, 1, 1, 1, 1, 1}, x.getGradient().toFloatArray());
    assertEquals(8, layer.binarizer().activations().bits());
  }

  @Test
  void eightBitActivationsOfAConvolutionScalePerSample() {
    BinaryLayer layer = LayerHarness.pointwise(LayerKind.CONV2D, Operators.create("bitnet158"), 1);
    LayerHarness.initialize(layer, manager, new Shape(1, 2, 1, 2));
    // One sample (2 channels x 2 positions), max 4: scale 31.75; 1 -> 31.75 -> 32; -4 -> -127; 0.5 ->
    // 15.875 -> 16; 2 -> 63.5 -> 64.
    NDArray x = manager.create(new float[] {1f, -4f, 0.5f, 2f}, new Shape(1, 2, 1, 2));
    float[] q = layer.binarizer().activations().quantize(x, LayerHarness.context(layer, manager, false)).toFloatArray();
    assertArrayEquals(new float[] {32 / 31.75f, -4f, 16 / 31.75f, 64 / 31.75f}, q, 1e-6f);
  }

  @Test
  void theA1VariantHasTernaryWeightsAndSignActivations() {
    BinaryLayer layer = linear("bitnet158-a1", W);
    NDArray x = manager.create(new float[] {0.5f, -1f, 0f, -0.1f, 2f, 3f}, new Shape(1, 6));
    float[] q = layer.binarizer().activations().quantize(x, LayerHarness.context(layer, manager, false)).toFloatArray();
    assertArrayEquals(new float[] {1, -1, 1, -1, 1, 1}, q);
    assertEquals(DeployKernel.TERNARY_BINARY, Operators.create("bitnet158-a1").deployKernel());
    assertEquals(DeployKernel.TERNARY_INT8, Operators.create("bitnet158").deployKernel());
    assertEquals("step", Operators.create("bitnet158-a1").attention().id());
    assertEquals("softmax", Operators.create("bitnet158").attention().id());
  }

  @Test
  void ternaryWeightsAreTwoBitsInProductsAndOnePointSixInStorage() {
    BinaryLayer layer = linear("bitnet158", W);
    List<WeightGroup> groups = layer.binarizer().weights().deployedWeights(layer.geometry());
    assertEquals(1, groups.size());
    assertEquals(2, groups.get(0).macBits());
    assertEquals(6 * 1.6 + 32, groups.get(0).storageBits(), 1e-9, "six weights at 1.6 bits and gamma");
  }

  @Test
  void fiveTritsPackIntoOneByte() {
    byte[] trits = {1, -1, 0, 0, 1, -1, 1};
    byte[] packed = TernaryPacking.pack(trits);
    assertEquals(2, packed.length);
    // (1+1) + 0*3 + 1*9 + 1*27 + 2*81 = 200; then 0 + 2*3 + 1*9 + 1*27 + 1*81 = 123 (padding trits are 0).
    assertEquals(200, packed[0] & 0xFF);
    assertEquals(123, packed[1] & 0xFF);
    assertArrayEquals(trits, TernaryPacking.unpack(packed, trits.length));
    byte[] all = new byte[243 * 5];
    for (int i = 0; i < all.length; i++) {
      all[i] = (byte) ((i * 7 + i / 3) % 3 - 1);
    }
    assertArrayEquals(all, TernaryPacking.unpack(TernaryPacking.pack(all), all.length));
  }
}
