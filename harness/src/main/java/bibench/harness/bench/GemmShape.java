package bibench.harness.bench;

/**
 * A matrix-product shape written {@code MxNxK} (C is M x N, the reduction K), as used in JMH
 * parameters.
 *
 * @param m rows of A and C
 * @param n columns of B and C
 * @param k the reduction
 */
public record GemmShape(int m, int n, int k) {
  /** The benchmarked shapes: 256^3, 1024^3 and the 64-channel 56x56 3x3 conv as a GEMM. */
  public static final String ALL = "256x256x256,1024x1024x1024,64x3136x576";

  /** Parses {@code MxNxK}. */
  public static GemmShape parse(String text) {
    String[] p = text.trim().toLowerCase(java.util.Locale.ROOT).split("x");
    if (p.length != 3) {
      throw new bibench.BadInputException(
          "GEMM shape '" + text + "' is not MxNxK", "write it like 1024x1024x1024");
    }
    return new GemmShape(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
  }

  /** Multiply-accumulates of one product. */
  public long macs() {
    return (long) m * n * k;
  }
}
