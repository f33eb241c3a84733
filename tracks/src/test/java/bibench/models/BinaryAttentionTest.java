package bibench.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import bibench.models.blocks.SelfAttentionBlock;
import bibench.operators.Operators;
import bibench.operators.nn.BinaryLinear;
import org.junit.jupiter.api.Test;

/**
 * BiBench's binarized attention against a plain-Java evaluation of its formulas: q = sign(Q), k =
 * sign(K), v = sign(V) (sign(0) = +1), S = q k^T / sqrt(d), A = step(S) on unmasked keys, context =
 * A v; gradients by the chain rule with the clipped straight-through estimator at every sign and at
 * the step. Also the FP32 softmax path and the head split.
 */
class BinaryAttentionTest {
  private static final int T = 3;
  private static final int D = 4;
  private static final float[][] Q = {{0.5f, -0.2f, 1.5f, 0f}, {-0.3f, 0.7f, -0.9f, 2f}, {0.1f, 0.1f, -0.1f, -0.4f}};
  private static final float[][] K = {{0.3f, 0.4f, -0.6f, 0.2f}, {-1.2f, 0.5f, 0.5f, -0.5f}, {0.9f, -0.9f, 0.2f, 0.3f}};
  private static final float[][] V = {{0.2f, -0.5f, 1.1f, -0.3f}, {-0.7f, 0.4f, 0f, 0.6f}, {0.5f, 0.5f, -2f, 0.1f}};
  private static final float[][] G = {{1f, -2f, 0.5f, 3f}, {-1f, 0.25f, 2f, -0.5f}, {0.75f, 1f, -1.5f, 2f}};
  private static final float[] MASK = {1, 0, 1};

  private static float sgn(float x) {
    return x >= 0 ? 1 : -1;
  }

  private static float ste(float x) {
    return Math.abs(x) <= 1 ? 1 : 0;
  }

  private static float[][] signs(float[][] x) {
    float[][] s = new float[x.length][x[0].length];
    for (int i = 0; i < x.length; i++) {
      for (int c = 0; c < x[0].length; c++) {
        s[i][c] = sgn(x[i][c]);
      }
    }
    return s;
  }

  private static float[][] scores() {
    float[][] qb = signs(Q);
    float[][] kb = signs(K);
    float[][] s = new float[T][T];
    for (int i = 0; i < T; i++) {
      for (int j = 0; j < T; j++) {
        for (int c = 0; c < D; c++) {
          s[i][j] += qb[i][c] * kb[j][c];
        }
        s[i][j] /= (float) Math.sqrt(D);
      }
    }
    return s;
  }

  private static NDArray heads(NDManager m, float[][] x) {
    float[] flat = new float[T * D];
    for (int i = 0; i < T; i++) {
      System.arraycopy(x[i], 0, flat, i * D, D);
    }
    return m.create(flat, new Shape(1, 1, T, D));
  }

  private static float[] flat(float[][] x) {
    float[] out = new float[x.length * x[0].length];
    for (int i = 0; i < x.length; i++) {
      System.arraycopy(x[i], 0, out, i * x[0].length, x[0].length);
    }
    return out;
  }

  @Test
  void forwardAndGradientsFollowTheStepAndSignFormulas() {
    float[][] s = scores();
    float[][] qb = signs(Q);
    float[][] kb = signs(K);
    float[][] vb = signs(V);
    float[][] a = new float[T][T];
    float[][] context = new float[T][D];
    float[][] ds = new float[T][T];
    boolean inside = false;
    boolean outside = false;
    boolean tie = false;
    for (int i = 0; i < T; i++) {
      for (int j = 0; j < T; j++) {
        a[i][j] = (s[i][j] >= 0 ? 1 : 0) * MASK[j];
        float da = 0;
        for (int c = 0; c < D; c++) {
          da += G[i][c] * vb[j][c];
        }
        ds[i][j] = da * MASK[j] * ste(s[i][j]);
        inside |= Math.abs(s[i][j]) <= 1 && MASK[j] == 1;
        outside |= Math.abs(s[i][j]) > 1 && MASK[j] == 1;
        tie |= s[i][j] == 0;
      }
    }
    assertTrue(inside && outside && tie, "the chosen tensors must cover both sides of the STE window and a tie");
    float[][] dq = new float[T][D];
    float[][] dk = new float[T][D];
    float[][] dv = new float[T][D];
    float root = (float) Math.sqrt(D);
    for (int i = 0; i < T; i++) {
      for (int c = 0; c < D; c++) {
        for (int j = 0; j < T; j++) {
          context[i][c] += a[i][j] * vb[j][c];
          dq[i][c] += ds[i][j] * kb[j][c] / root;
          dk[i][c] += ds[j][i] * qb[j][c] / root;
          dv[i][c] += a[j][i] * G[j][c];
        }
        dq[i][c] *= ste(Q[i][c]);
        dk[i][c] *= ste(K[i][c]);
        dv[i][c] *= ste(V[i][c]);
      }
    }
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray q = heads(m, Q);
      NDArray k = heads(m, K);
      NDArray v = heads(m, V);
      for (NDArray x : new NDArray[] {q, k, v}) {
        x.setRequiresGradient(true);
      }
      NDArray y;
      try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
        y = SelfAttentionBlock.binaryAttention(q, k, v, m.create(MASK, new Shape(1, T)));
        collector.backward(y.mul(heads(m, G)).sum());
      }
      assertArrayEquals(flat(context), y.toFloatArray(), 1e-6f);
      assertArrayEquals(flat(dq), q.getGradient().toFloatArray(), 1e-6f);
      assertArrayEquals(flat(dk), k.getGradient().toFloatArray(), 1e-6f);
      assertArrayEquals(flat(dv), v.getGradient().toFloatArray(), 1e-6f);
    }
  }

  @Test
  void stepIsOneFromZeroUpWithGradientOnlyInsideTheUnitWindow() {
    float[] s = {-1.5f, -1f, -0.25f, 0f, 0.5f, 1f, 1.01f};
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray x = m.create(s);
      x.setRequiresGradient(true);
      NDArray y;
      try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
        y = bibench.operators.quant.StepAttention.step(x);
        collector.backward(y.sum());
      }
      assertArrayEquals(new float[] {0, 0, 0, 1, 1, 1, 1}, y.toFloatArray());
      assertArrayEquals(new float[] {0, 1, 1, 1, 1, 1, 0}, x.getGradient().toFloatArray());
    }
  }

  /** softmax(q k^T / sqrt(d)) over the unmasked keys, times v, in plain Java. */
  private static float[][] softmaxReference(float[][] q, float[][] k, float[][] v, float[] mask) {
    int t = q.length;
    int d = q[0].length;
    float[][] out = new float[t][v[0].length];
    for (int i = 0; i < t; i++) {
      double[] w = new double[t];
      double total = 0;
      for (int j = 0; j < t; j++) {
        double dot = 0;
        for (int c = 0; c < d; c++) {
          dot += q[i][c] * k[j][c];
        }
        w[j] = mask[j] == 0 ? 0 : Math.exp(dot / Math.sqrt(d));
        total += w[j];
      }
      for (int j = 0; j < t; j++) {
        for (int c = 0; c < v[0].length; c++) {
          out[i][c] += (float) (w[j] / total * v[j][c]);
        }
      }
    }
    return out;
  }

  @Test
  void fp32AttentionIsSoftmaxOverTheRealTokens() {
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray y = SelfAttentionBlock.softmaxAttention(heads(m, Q), heads(m, K), heads(m, V), m.create(MASK, new Shape(1, T)));
      assertArrayEquals(flat(softmaxReference(Q, K, V, MASK)), y.toFloatArray(), 1e-5f);
    }
  }

  @Test
  void headsAttendOverTheirOwnSliceOfTheHiddenVector() {
    // Q = K = V = identity projections, 2 heads of size 2 on hidden 4: head h attends with the
    // columns 2h, 2h + 1 of the hidden states only.
    try (NDManager m = NDManager.newBaseManager()) {
      BinaryLinear[] proj = new BinaryLinear[3];
      for (int i = 0; i < 3; i++) {
        proj[i] = BinaryLinear.builder().setOperator(Operators.create("fp32")).setUnits(D).build();
      }
      SelfAttentionBlock block = new SelfAttentionBlock(proj[0], proj[1], proj[2], 2, bibench.operators.quant.SoftmaxAttention.INSTANCE);
      block.initialize(m, DataType.FLOAT32, new Shape(1, T, D), new Shape(1, T));
      for (BinaryLinear p : proj) {
        p.weight().getArray().set(flat(new float[][] {{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}}));
      }
      NDArray h = m.create(flat(Q), new Shape(1, T, D));
      NDArray y = block.forward(new ParameterStore(m, false), new NDList(h, m.create(MASK, new Shape(1, T))), false)
          .singletonOrThrow();
      float[][] expected = new float[T][D];
      for (int head = 0; head < 2; head++) {
        float[][] slice = new float[T][2];
        for (int i = 0; i < T; i++) {
          slice[i][0] = Q[i][2 * head];
          slice[i][1] = Q[i][2 * head + 1];
        }
        float[][] out = softmaxReference(slice, slice, slice, MASK);
        for (int i = 0; i < T; i++) {
          expected[i][2 * head] = out[i][0];
          expected[i][2 * head + 1] = out[i][1];
        }
      }
      assertArrayEquals(flat(expected), y.toFloatArray(), 1e-5f);
    }
  }
}
