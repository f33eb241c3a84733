package bibench.operators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import bibench.operators.quant.SoftmaxAttention;
import bibench.operators.quant.SoftmaxAwareAttention;
import bibench.operators.quant.Surrogate;
import bibench.operators.quant.Tensors;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * BiViT's softmax-aware binarization on one head of three tokens of size 4, against attention
 * weights worked out by hand, and its softmax-aware gradient.
 */
class SoftmaxAwareAttentionTest {
  private static final float[] Q = {1, 1, 1, 1, 1, -1, 1, -1, -1, -1, 1, 1};
  private static final float[] K = {1, 1, 1, 1, 1, 1, -1, -1, 1, -1, 1, -1};
  private static final float[] V = {1, -1, 1, 1, -1, -1, 1, -1, 1, 1, -1, 1};

  private static NDArray heads(NDManager m, float[] v) {
    return m.create(v, new Shape(1, 1, 3, 4));
  }

  /*
   * q k^T = [[4, 0, 0], [0, 0, 4], [0, -4, 0]], / sqrt(4) = [[2, 0, 0], [0, 0, 2], [0, -2, 0]].
   * softmax rows: [0.787, 0.107, 0.107] -> threshold 0.197 -> [1, 0, 0];
   * [0.107, 0.107, 0.787] -> [0, 0, 1]; [0.468, 0.063, 0.468] -> threshold 0.117 -> [1, 0, 1].
   * context = A V: v0; v2; v0 + v2.
   */
  @Test
  void attentionKeepsTheKeysWithinAQuarterOfTheRowMaximum() {
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray y = new SoftmaxAwareAttention().attend(heads(m, Q), heads(m, K), heads(m, V),
          m.create(new float[] {1, 1, 1}, new Shape(1, 3)));
      assertArrayEquals(new float[] {1, -1, 1, 1, 1, 1, -1, 1, 2, 0, 0, 2}, y.toFloatArray());
    }
  }

  /*
   * With the third key padded: rows [2, 0, pad] -> [0.881, 0.119, 0] -> [1, 0, 0];
   * [0, 0, pad] -> [0.5, 0.5, 0] -> [1, 1, 0]; [0, -2, pad] -> [0.881, 0.119, 0] -> [1, 0, 0].
   */
  @Test
  void paddingKeysAreNeverAttended() {
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray y = new SoftmaxAwareAttention().attend(heads(m, Q), heads(m, K), heads(m, V),
          m.create(new float[] {1, 1, 0}, new Shape(1, 3)));
      assertArrayEquals(new float[] {1, -1, 1, 1, 0, -2, 2, 0, 1, -1, 1, 1}, y.toFloatArray());
    }
  }

  /**
   * The backward pass is the softmax attention's on the same binary operands: the binarized
   * weights pass their gradient straight to the softmax output, which passes it on to the scores.
   */
  @Test
  void theGradientFlowsThroughTheSoftmax() {
    float[] q = {0.3f, -0.8f, 0.5f, 0.1f, -0.2f, 0.9f, 0.4f, -0.6f, 0.7f, -0.1f, -0.3f, 0.2f};
    float[] g = {0.5f, -1f, 2f, 0.3f, -0.4f, 1f, 0.1f, 0.7f, -0.2f, 0.6f, -1.5f, 0.8f};
    float[] sab = queryGradient(q, g, (t) -> new SoftmaxAwareAttention().attend(t[0], t[1], t[2], t[3]));
    float[] softmax = queryGradient(q, g, (t) -> SoftmaxAttention.INSTANCE.attend(sign(t[0]), sign(t[1]), sign(t[2]), t[3]));
    assertArrayEquals(softmax, sab, 1e-6f);
    boolean nonZero = false;
    for (float v : sab) {
      nonZero |= v != 0;
    }
    assertTrue(nonZero, "a gradient reaches the queries");
  }

  private static NDArray sign(NDArray x) {
    return Tensors.straightThrough(x, Tensors.signPlus(x), Surrogate.clippedSte().gradient(x));
  }

  private static float[] queryGradient(float[] q, float[] g, Function<NDArray[], NDArray> attention) {
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray query = heads(m, q);
      query.setRequiresGradient(true);
      try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
        NDArray y = attention.apply(new NDArray[] {query, heads(m, K), heads(m, V), m.create(new float[] {1, 1, 1},
            new Shape(1, 3))});
        collector.backward(y.mul(heads(m, g)).sum());
      }
      return query.getGradient().toFloatArray();
    }
  }
}
