package bibench.operators.deploy;

import bibench.BadInputException;

/**
 * A matrix product of ternary A and +-1 B (W1.58A1): {@code C[m][n] = fma((float) dot(A_m, B_n),
 * mult[m], bias[m])} with {@code dot = M_m - 2 * popcount((b XOR s) AND m)} = {@code 2 *
 * popcount(m & ~(b ^ s)) - popcount(m)}, where s and m are row m's sign and mask planes and
 * {@code M_m} its count of nonzero weights.
 *
 * <p>A is {@code M x K} (trits: the sign of each value, 0 kept as 0), packed by {@link #packA}
 * into rows of sign and mask words interleaved ({@code 2 * ceil(K/32)} words); B is {@code K x N}
 * sign bits in panels of 64 columns as for {@link BinaryGemm}. {@link #multiply} allocates
 * nothing; it counts {@code M_m} from packed A on each call (M * K / 32 popcounts).
 */
public final class TernaryGemm {
  private final int m;
  private final int n;
  private final int k;
  private final int kWords;
  private final Backend backend;
  private final TernaryPanel product;
  private final float[] mult;
  private final float[] bias;
  private final int[] nonzeros;
  private final int[] classes = new int[PopcountGemm.PANEL];

  private TernaryGemm(int m, int n, int k, float[] mult, float[] bias, KernelPath path) {
    if (m < 1 || n < 1 || k < 1) {
      throw new BadInputException("GEMM sizes must be 1 or more, got M=" + m + " N=" + n + " K=" + k,
          "use positive sizes");
    }
    this.m = m;
    this.n = n;
    this.k = k;
    this.kWords = BinaryWeights.words(k);
    this.backend = Backend.binary(path);
    this.product = new TernaryPanel(backend);
    this.mult = mult == null ? filled(m, 1f) : mult.clone();
    this.bias = bias == null ? new float[m] : bias.clone();
    this.nonzeros = new int[m];
    ConvLayerBuilder.checkLength("multiplier", this.mult, m, "one per row of A");
    ConvLayerBuilder.checkLength("bias", this.bias, m, "one per row of A");
  }

  /** An unscaled product, {@code C = dot}, on the given path (null: {@link KernelSelection}). */
  public static TernaryGemm create(int m, int n, int k, KernelPath path) {
    return new TernaryGemm(m, n, k, null, null, path);
  }

  /** A product with a per-row multiplier and bias (either may be null). */
  public static TernaryGemm create(int m, int n, int k, float[] mult, float[] bias, KernelPath path) {
    return new TernaryGemm(m, n, k, mult, bias, path);
  }

  /** Sign and mask planes of a row-major {@code M x K} matrix (trit = sign, 0 kept as 0). */
  public int[] packA(float[] a) {
    ConvLayerBuilder.checkLength("A", a, m * k, "M x K row-major");
    return TernaryBits.packRows(a, m, k);
  }

  /** Sign bits of a row-major {@code K x N} float matrix, in panels. */
  public int[] packB(float[] b) {
    ConvLayerBuilder.checkLength("B", b, k * n, "K x N row-major");
    return BinaryWeights.columnPanels(b, k, n);
  }

  /** {@code C} (row-major {@code M x N}) from packed A and B. */
  public void multiply(int[] aTrits, int[] bPanels, float[] c) {
    if (aTrits.length < 2 * m * kWords || c.length < m * n) {
      throw new IllegalArgumentException("A or C is too short for " + m + " x " + n + " x " + k);
    }
    TernaryBits.nonzeros(aTrits, m, kWords, nonzeros);
    int panels = (n + PopcountGemm.PANEL - 1) / PopcountGemm.PANEL;
    for (int pn = 0; pn < panels; pn++) {
      int col0 = pn * PopcountGemm.PANEL;
      int cols = Math.min(PopcountGemm.PANEL, n - col0);
      int vecs = (cols + PopcountGemm.LANES - 1) / PopcountGemm.LANES;
      product.toFloat(aTrits, 0, 2 * kWords, m, 0, bPanels, pn * kWords * PopcountGemm.PANEL, kWords, vecs, cols,
          nonzeros, 1, classes, 0, mult, bias, c, col0, n);
    }
  }

  /** Multiply-accumulates of one product, M * N * K (ternary x binary). */
  public long macs() {
    return (long) m * n * k;
  }

  /** The path this product runs. */
  public KernelPath path() {
    return backend.path;
  }

  private static float[] filled(int size, float v) {
    float[] a = new float[size];
    java.util.Arrays.fill(a, v);
    return a;
  }
}
