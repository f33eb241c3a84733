package bibench.operators.deploy;

import bibench.BadInputException;

/**
 * A plain binary matrix product of +-1 matrices given as sign bits: {@code C[m][n] = fma((float)
 * dot(A_m, B_n), mult[m], bias[m])}, {@code dot = K - 2 * popcount(a XOR b)}.
 *
 * <p>A is {@code M x K}, packed by {@link #packA} into rows of {@code ceil(K/32)} words; B is
 * {@code K x N}, packed by {@link #packB} into panels of 64 columns (word k of column n at {@code
 * ((n / 64) * kWords + k) * 64 + n % 64}). Packing happens once, outside the timed product; {@link
 * #multiply} allocates nothing. This is the convolution's inner product on its own (A = weights,
 * B = bit im2col of the activations), used for GEMM benchmarks.
 */
public final class BinaryGemm {
  private static final int ROWS = 32;
  private final int m;
  private final int n;
  private final int k;
  private final int kWords;
  private final Backend backend;
  private final float[] mult;
  private final float[] bias;
  private final int[] tile = new int[ROWS * PopcountGemm.PANEL];
  private final int[] kColumns = new int[PopcountGemm.PANEL];
  private final int[] work = new int[PopcountGemm.WORK];

  private BinaryGemm(int m, int n, int k, float[] mult, float[] bias, KernelPath path) {
    if (m < 1 || n < 1 || k < 1) {
      throw new BadInputException(
          "GEMM sizes must be 1 or more, got M=" + m + " N=" + n + " K=" + k, "use positive sizes");
    }
    this.m = m;
    this.n = n;
    this.k = k;
    this.kWords = BinaryWeights.words(k);
    java.util.Arrays.fill(kColumns, k);
    this.backend = Backend.binary(path);
    this.mult = mult == null ? ones(m) : mult.clone();
    this.bias = bias == null ? new float[m] : bias.clone();
    ConvLayerBuilder.checkLength("multiplier", this.mult, m, "one per row of A");
    ConvLayerBuilder.checkLength("bias", this.bias, m, "one per row of A");
  }

  /** An unscaled product, {@code C = dot}, on the given path (null: {@link KernelSelection}). */
  public static BinaryGemm create(int m, int n, int k, KernelPath path) {
    return new BinaryGemm(m, n, k, null, null, path);
  }

  /** A product with a per-row multiplier and bias (either may be null). */
  public static BinaryGemm create(
      int m, int n, int k, float[] mult, float[] bias, KernelPath path) {
    return new BinaryGemm(m, n, k, mult, bias, path);
  }

  /** Sign bits of a row-major {@code M x K} float matrix (bit = a >= 0). */
  public int[] packA(float[] a) {
    ConvLayerBuilder.checkLength("A", a, m * k, "M x K row-major");
    return BinaryWeights.packRows(a, m, k);
  }

  /** Sign bits of a row-major {@code K x N} float matrix, in panels. */
  public int[] packB(float[] b) {
    ConvLayerBuilder.checkLength("B", b, k * n, "K x N row-major");
    return BinaryWeights.columnPanels(b, k, n);
  }

  /** {@code C} (row-major {@code M x N}) from packed A and B. */
  public void multiply(int[] aBits, int[] bPanels, float[] c) {
    if (aBits.length < m * kWords || c.length < m * n) {
      throw new IllegalArgumentException("A or C is too short for " + m + " x " + n + " x " + k);
    }
    int panels = (n + PopcountGemm.PANEL - 1) / PopcountGemm.PANEL;
    for (int pn = 0; pn < panels; pn++) {
      int col0 = pn * PopcountGemm.PANEL;
      int cols = Math.min(PopcountGemm.PANEL, n - col0);
      int vecs = (cols + PopcountGemm.LANES - 1) / PopcountGemm.LANES;
      if (cols == PopcountGemm.PANEL) {
        backend.gemm.multiplyToFloat(aBits, 0, kWords, m, bPanels, pn * kWords * PopcountGemm.PANEL,
            kWords, kColumns, 0, 0, mult, bias, 0, null, 0, c, col0, n, work);
        continue;
      }
      for (int r0 = 0; r0 < m; r0 += ROWS) {
        int rows = Math.min(ROWS, m - r0);
        backend.gemm.multiply(aBits, r0 * kWords, kWords, rows, bPanels,
            pn * kWords * PopcountGemm.PANEL, kWords, vecs, tile, 0);
        backend.epilogue.rowsToFloat(tile, rows, cols, kColumns, 0, mult, bias, r0, null, 0, c,
            r0 * n + col0, n);
      }
    }
  }

  /** Binary multiply-accumulates of one product, M * N * K. */
  public long macs() {
    return (long) m * n * k;
  }

  /** The path this product runs. */
  public KernelPath path() {
    return backend.path;
  }

  private static float[] ones(int size) {
    float[] a = new float[size];
    java.util.Arrays.fill(a, 1f);
    return a;
  }
}
