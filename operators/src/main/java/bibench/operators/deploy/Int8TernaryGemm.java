package bibench.operators.deploy;

import bibench.BadInputException;

/**
 * A matrix product of ternary A and int8 B (BitNet b1.58's W1.58A8): {@code C[m][n] = (float)
 * sum_k t(A[m][k]) * B[k][n]}, exact in integers, t the trit of a weight (its sign, 0 kept as 0).
 *
 * <p>No multiplies: A is held, from creation, as two lists of reduction steps per row (where its
 * weight is +1 and where it is -1; zeros cost nothing), and each nonzero weight adds or subtracts a
 * whole block of B's row ({@link Int8TernaryRows}). B is {@code K x N} int8, packed by {@link
 * #packB} into column blocks of int16 ({@code [N / block][K][block]}, block = 64 columns on the
 * scalar path, four vectors of int16 on the vector paths), as a previous layer's quantized output
 * would be. BitNet's per-tensor gamma and per-token activation scale multiply C afterwards (one
 * multiply per output, not timed here). {@link #multiply} allocates nothing.
 */
public final class Int8TernaryGemm {
  private final int m;
  private final int n;
  private final int k;
  private final KernelPath path;
  private final Int8TernaryRows rows;
  private final int block;
  private final int[] plusStart;
  private final int[] plus;
  private final int[] minusStart;
  private final int[] minus;
  private final int[] acc;

  private Int8TernaryGemm(int m, int n, int k, float[] a, KernelPath path) {
    if (m < 1 || n < 1 || k < 1) {
      throw new BadInputException("GEMM sizes must be 1 or more, got M=" + m + " N=" + n + " K=" + k,
          "use positive sizes");
    }
    ConvLayerBuilder.checkLength("A", a, m * k, "M x K row-major");
    this.m = m;
    this.n = n;
    this.k = k;
    this.path = path == null ? KernelSelection.resolveBinary() : path;
    if (this.path == KernelPath.SCALAR) {
      rows = new Int8TernaryRowsScalar();
    } else {
      KernelSelection.requireVectorModule();
      rows = new Int8TernaryRowsVector();
    }
    block = rows.block();
    acc = new int[block];
    plusStart = new int[m + 1];
    minusStart = new int[m + 1];
    int plusCount = 0;
    int minusCount = 0;
    for (float v : a) {
      plusCount += v > 0f ? 1 : 0;
      minusCount += v < 0f ? 1 : 0;
    }
    plus = new int[plusCount];
    minus = new int[minusCount];
    plusCount = 0;
    minusCount = 0;
    for (int r = 0; r < m; r++) {
      for (int i = 0; i < k; i++) {
        float v = a[r * k + i];
        if (v > 0f) {
          plus[plusCount++] = i * block;
        } else if (v < 0f) {
          minus[minusCount++] = i * block;
        }
      }
      plusStart[r + 1] = plusCount;
      minusStart[r + 1] = minusCount;
    }
  }

  /**
   * The product with the trits of row-major {@code M x K} A (sign, 0 kept as 0; a scale such as
   * BitNet's gamma is applied by the caller), on the given path (null: the binary kernels' path).
   */
  public static Int8TernaryGemm create(int m, int n, int k, float[] a, KernelPath path) {
    return new Int8TernaryGemm(m, n, k, a, path);
  }

  /** Row-major {@code K x N} int8 values into this path's int16 column blocks (0 past N). */
  public short[] packB(byte[] b) {
    if (b.length != k * n) {
      throw new BadInputException("B has " + b.length + " values, expected K x N = " + k * n,
          "pass a K x N row-major int8 matrix");
    }
    int blocks = (n + block - 1) / block;
    short[] packed = new short[blocks * k * block];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < n; j++) {
        packed[((j / block) * k + i) * block + j % block] = b[i * n + j];
      }
    }
    return packed;
  }

  /** {@code C} (row-major {@code M x N}) from packed B. */
  public void multiply(short[] bBlocks, float[] c) {
    int blocks = (n + block - 1) / block;
    if (bBlocks.length < blocks * k * block || c.length < m * n) {
      throw new IllegalArgumentException("B or C is too short for " + m + " x " + n + " x " + k);
    }
    for (int cb = 0; cb < blocks; cb++) {
      int col0 = cb * block;
      int cols = Math.min(block, n - col0);
      for (int r = 0; r < m; r++) {
        rows.row(bBlocks, cb * k * block, plus, plusStart[r], plusStart[r + 1], minus, minusStart[r],
            minusStart[r + 1], acc);
        for (int j = 0; j < cols; j++) {
          c[r * n + col0 + j] = acc[j];
        }
      }
    }
  }

  /** Multiply-accumulates of one product, M * N * K (ternary x int8, zeros included). */
  public long macs() {
    return (long) m * n * k;
  }

  /** The path this product runs. */
  public KernelPath path() {
    return path;
  }
}
