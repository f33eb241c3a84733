package bibench.operators.deploy;

import bibench.BadInputException;

/**
 * Our FP32 reference matrix product, {@code C = A x B} (row-major {@code M x K} times {@code K x
 * N}), for a fair comparison with the binary kernels.
 *
 * <p>B is packed into panels of 64 columns ({@code B[k][n]} at {@code ((n / 64) * K + k) * 64 + n
 * % 64}); each panel is walked in blocks of {@link #K_BLOCK} rows that stay in L1 while the
 * register-blocked FMA micro-kernel runs over a block of rows of A. {@link #multiply} packs B into a
 * workspace on each call; {@link #multiplyPacked} takes B packed once by {@link #packB} (the case of
 * weights). Neither allocates.
 */
public final class FloatGemm {
  /** Rows of a B panel multiplied per pass (32 KB of panel, L1-resident). */
  public static final int K_BLOCK = 128;

  /** Rows of A per block in {@link #multiplyPacked}: 240 x 128 floats (120 KB) stay in L2. */
  static final int M_BLOCK = 240;

  private final int m;
  private final int n;
  private final int k;
  private final Backend backend;
  private final float[] packedB;
  private final float[] tile;

  private FloatGemm(int m, int n, int k, KernelPath path) {
    if (m < 1 || n < 1 || k < 1) {
      throw new BadInputException(
          "GEMM sizes must be 1 or more, got M=" + m + " N=" + n + " K=" + k, "use positive sizes");
    }
    this.m = m;
    this.n = n;
    this.k = k;
    this.backend = Backend.fp32(path);
    this.packedB = new float[panelLength(n, k)];
    this.tile = new float[m * PopcountGemm.PANEL];
  }

  /** A product of the given sizes on the given path (null: {@link KernelSelection}). */
  public static FloatGemm create(int m, int n, int k, KernelPath path) {
    return new FloatGemm(m, n, k, path);
  }

  /** B in panels, newly allocated. */
  public float[] packB(float[] b) {
    float[] panels = new float[panelLength(n, k)];
    packB(b, panels);
    return panels;
  }

  /** B in panels, written into {@code panels} (columns past N are left as they are). */
  public void packB(float[] b, float[] panels) {
    ConvLayerBuilder.checkLength("B", b, k * n, "K x N row-major");
    toPanels(b, k, n, panels);
  }

  /** Row-major {@code K x N} into panels of 64 columns. */
  static void toPanels(float[] b, int k, int n, float[] panels) {
    int panelCount = (n + PopcountGemm.PANEL - 1) / PopcountGemm.PANEL;
    for (int pn = 0; pn < panelCount; pn++) {
      int col0 = pn * PopcountGemm.PANEL;
      int cols = Math.min(PopcountGemm.PANEL, n - col0);
      for (int i = 0; i < k; i++) {
        System.arraycopy(b, i * n + col0, panels, (pn * k + i) * PopcountGemm.PANEL, cols);
      }
    }
  }

  /** {@code C = A x B}, packing B on the way. */
  public void multiply(float[] a, float[] b, float[] c) {
    packB(b, packedB);
    multiplyPacked(a, packedB, c);
  }

  /** {@code C = A x B} with B already packed by {@link #packB}. */
  public void multiplyPacked(float[] a, float[] bPanels, float[] c) {
    if (a.length < m * k || c.length < m * n || bPanels.length < panelLength(n, k)) {
      throw new IllegalArgumentException("A, B or C is too short for " + m + "x" + n + "x" + k);
    }
    int panelCount = (n + PopcountGemm.PANEL - 1) / PopcountGemm.PANEL;
    int full = n / PopcountGemm.PANEL;
    // Full panels straight into C: K blocks outer, then blocks of M_BLOCK rows of A (which stay
    // in L2 while every panel of B passes), then the panels; without the row blocks a large A
    // streamed from memory once per panel.
    for (int kb = 0; kb < k; kb += K_BLOCK) {
      int kLen = Math.min(K_BLOCK, k - kb);
      for (int r0 = 0; r0 < m; r0 += M_BLOCK) {
        int rows = Math.min(M_BLOCK, m - r0);
        for (int pn = 0; pn < full; pn++) {
          backend.floatGemm.multiply(a, r0 * k + kb, k, rows, bPanels,
              (pn * k + kb) * PopcountGemm.PANEL, kLen, 4, c, r0 * n + pn * PopcountGemm.PANEL, n,
              kb > 0);
        }
      }
    }
    if (full < panelCount) {
      int col0 = full * PopcountGemm.PANEL;
      int cols = n - col0;
      int vecs = (cols + PopcountGemm.LANES - 1) / PopcountGemm.LANES;
      for (int kb = 0; kb < k; kb += K_BLOCK) {
        backend.floatGemm.multiply(a, kb, k, m, bPanels, (full * k + kb) * PopcountGemm.PANEL,
            Math.min(K_BLOCK, k - kb), vecs, tile, 0, PopcountGemm.PANEL, kb > 0);
      }
      for (int r = 0; r < m; r++) {
        System.arraycopy(tile, r * PopcountGemm.PANEL, c, r * n + col0, cols);
      }
    }
  }

  /** Multiply-adds of one product, M * N * K. */
  public long macs() {
    return (long) m * n * k;
  }

  /** The path this product runs. */
  public KernelPath path() {
    return backend.path;
  }

  static int panelLength(int n, int k) {
    return (n + PopcountGemm.PANEL - 1) / PopcountGemm.PANEL * k * PopcountGemm.PANEL;
  }
}
