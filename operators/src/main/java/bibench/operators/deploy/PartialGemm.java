package bibench.operators.deploy;

/**
 * A partially binarized matrix product (PB-LLM, W-partial A1): {@code C = A' x B} where B is +-1
 * (sign bits, panels of 64 columns as for {@link BinaryGemm}) and A' keeps a chosen set of salient
 * weights of A in FP32 and the sign of every other one. It runs the binary product over the signs
 * of all of A, {@code fma(dot, mult, bias)}, then adds per row the sparse correction {@code sum_i
 * (a_i - mult * sign(a_i)) * b_i} over the row's salient weights ({@link SparseRows}), reading B's
 * bits from the same panels. A is fixed at creation, like a layer's weights; {@link #multiply}
 * allocates nothing.
 */
public final class PartialGemm {
  private final int m;
  private final int n;
  private final int kWords;
  private final Backend backend;
  private final BinaryGemm binary;
  private final int[] aBits;
  private final SalientWeights salient;
  private final float[] sums = new float[PopcountGemm.PANEL];

  private PartialGemm(int m, int n, int k, float[] a, int[] salientIndex, KernelPath path) {
    this.binary = BinaryGemm.create(m, n, k, path);
    ConvLayerBuilder.checkLength("A", a, m * k, "M x K row-major");
    this.m = m;
    this.n = n;
    this.kWords = BinaryWeights.words(k);
    this.backend = Backend.binary(path);
    this.aBits = binary.packA(a);
    float[] values = new float[salientIndex.length];
    for (int e = 0; e < values.length; e++) {
      values[e] = salientIndex[e] >= 0 && salientIndex[e] < a.length ? a[salientIndex[e]] : 0f;
    }
    float[] ones = new float[m];
    java.util.Arrays.fill(ones, 1f);
    this.salient = SalientWeights.gemm(a, salientIndex, values, ones, m, k);
  }

  /**
   * The product with row-major {@code M x K} A whose weights at {@code salientIndex} stay FP32 (the
   * others binary, unscaled), on the given path (null: {@link KernelSelection}).
   */
  public static PartialGemm create(int m, int n, int k, float[] a, int[] salientIndex, KernelPath path) {
    return new PartialGemm(m, n, k, a, salientIndex, path);
  }

  /** Sign bits of a row-major {@code K x N} float matrix, in panels. */
  public int[] packB(float[] b) {
    return binary.packB(b);
  }

  /** {@code C} (row-major {@code M x N}) from B's packed panels. */
  public void multiply(int[] bPanels, float[] c) {
    binary.multiply(aBits, bPanels, c);
    int panels = (n + PopcountGemm.PANEL - 1) / PopcountGemm.PANEL;
    for (int pn = 0; pn < panels; pn++) {
      int col0 = pn * PopcountGemm.PANEL;
      backend.sparse.add(salient.rowStart, salient.entries, 0, m, bPanels, pn * kWords * PopcountGemm.PANEL,
          Math.min(PopcountGemm.PANEL, n - col0), salient.fix, 1, salient.columnClass, 0, c, col0, n, sums);
    }
  }

  /** Salient weights held in FP32. */
  public int salientCount() {
    return salient.count();
  }

  /** Multiply-accumulates of one product, M * N * K. */
  public long macs() {
    return binary.macs();
  }

  /** The path this product runs. */
  public KernelPath path() {
    return backend.path;
  }
}
