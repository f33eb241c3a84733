package bibench.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import bibench.BadInputException;
import bibench.models.blocks.MaskedMeanPoolBlock;
import bibench.models.blocks.TokenEmbedding;
import bibench.operators.Operators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The encoder's own blocks: binarized embeddings, masked pooling, and the padding mask end to end. */
class TransformerBlocksTest {

  @Test
  void binarizedEmbeddingIsRowScaleTimesSignOfCentredRowWithClippedSteThroughTheCentring() {
    // Row 0: mean -0.3, centred (0.6, 0.2, 0.8, -1.6), alpha = mean |row| = 0.7.
    // Row 1: constant, centred to zeros, sign(0) = +1, alpha = 0.2.
    float[] table = {0.3f, -0.1f, 0.5f, -1.9f, 0.2f, 0.2f, 0.2f, 0.2f};
    float[] upstream = {1f, 2f, 3f, 4f, -1f, 0.5f, 0f, 2.5f};
    float[] expected = {0.7f, 0.7f, 0.7f, -0.7f, 0.2f, 0.2f, 0.2f, 0.2f};
    // d/dw of the centring: g - mean(g) per row, where g = upstream * 1[|centred| <= 1].
    float[] g0 = {1f, 2f, 3f, 0f};
    float mean0 = (1f + 2f + 3f) / 4;
    float mean1 = (-1f + 0.5f + 0f + 2.5f) / 4;
    float[] expectedGradient = {g0[0] - mean0, g0[1] - mean0, g0[2] - mean0, g0[3] - mean0,
        -1f - mean1, 0.5f - mean1, 0f - mean1, 2.5f - mean1};
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray w = m.create(table, new Shape(2, 4));
      w.setRequiresGradient(true);
      NDArray q;
      try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
        q = TokenEmbedding.binarize(w);
        collector.backward(q.mul(m.create(upstream, new Shape(2, 4))).sum());
      }
      assertArrayEquals(expected, q.toFloatArray(), 1e-6f);
      assertArrayEquals(expectedGradient, w.getGradient().toFloatArray(), 1e-6f);
    }
  }

  @Test
  void embeddingLooksUpRowsByTokenIdAndRejectsIdsOutsideTheVocabulary() {
    try (NDManager m = NDManager.newBaseManager()) {
      TokenEmbedding words = new TokenEmbedding(3, 2, false);
      words.initialize(m, DataType.FLOAT32, new Shape(1, 4));
      words.table().getArray().set(new float[] {0, 0, 1, 2, 3, 4});
      ParameterStore store = new ParameterStore(m, false);
      NDArray y = words.forward(store, new NDList(m.create(new float[] {2, 0, 1, 2}, new Shape(1, 4))), false)
          .singletonOrThrow();
      assertArrayEquals(new float[] {3, 4, 0, 0, 1, 2, 3, 4}, y.toFloatArray());
      BadInputException e = assertThrows(BadInputException.class,
          () -> words.forward(store, new NDList(m.create(new float[] {1, 3}, new Shape(1, 2))), false));
      assertTrue(e.getMessage().contains("vocabulary of 3"), e.getMessage());
    }
  }

  @Test
  void maskedMeanAveragesOnlyRealTokens() {
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray h = m.create(new float[] {1, 2, 3, 4, 100, 100, 5, 6, 7, 8, 9, 10}, new Shape(2, 3, 2));
      NDArray mask = m.create(new float[] {1, 1, 0, 1, 0, 0}, new Shape(2, 3));
      NDArray y = new MaskedMeanPoolBlock().forward(new ParameterStore(m, false), new NDList(h, mask), false)
          .singletonOrThrow();
      assertArrayEquals(new float[] {2, 3, 5, 6}, y.toFloatArray(), 1e-6f);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"fp32", "bnn", "xnor"})
  void paddingNeverChangesTheScoresOfASentence(String operatorId) {
    ModelSpec spec = new ModelSpec(new int[] {12}, 3, 40, 16);
    float[] longer = {5, 9, 3, 17, 0, 0, 0, 0, 0, 0, 0, 0};
    float[] shorter = {5, 9, 3, 17, 0, 0};
    float[] other = {5, 9, 3, 18, 0, 0};
    try (NDManager m = NDManager.newBaseManager()) {
      Block model = ModelFixtures.initialized(Architectures.byId("transformer-binemb"), Operators.create(operatorId), spec, m, 1);
      ParameterStore store = new ParameterStore(m, false);
      float[] a = model.forward(store, new NDList(m.create(longer, new Shape(1, 12))), false).singletonOrThrow().toFloatArray();
      float[] b = model.forward(store, new NDList(m.create(shorter, new Shape(1, 6))), false).singletonOrThrow().toFloatArray();
      float[] c = model.forward(store, new NDList(m.create(other, new Shape(1, 6))), false).singletonOrThrow().toFloatArray();
      assertArrayEquals(a, b, 1e-4f);
      assertTrue(Math.abs(a[0] - c[0]) + Math.abs(a[1] - c[1]) + Math.abs(a[2] - c[2]) > 1e-6, "a real token must matter");
    }
  }

  @Test
  void theDefaultTransformerIsTwoLayersOfHidden64WithFourHeads() {
    TransformerEncoder t = (TransformerEncoder) Architectures.byId("transformer");
    assertEquals(2, t.layers());
    assertEquals(4, t.heads());
    assertEquals(64, t.defaultHidden());
    TransformerEncoder bert = (TransformerEncoder) Architectures.byId("bert-base");
    assertEquals(12, bert.layers());
    assertEquals(12, bert.heads());
    assertEquals(768, bert.defaultHidden());
  }
}
