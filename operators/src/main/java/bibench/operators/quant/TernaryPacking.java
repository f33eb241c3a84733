package bibench.operators.quant;

/**
 * Stores ternary weights at 1.6 bits each: five trits to a byte in base 3 (3^5 = 243 &lt;= 256), the
 * storage the complexity track counts for BitNet b1.58's weights (log2(3) = 1.585 bits is the bound;
 * a byte of five trits reaches 1.6). Digit i of byte b is trit 5b + i, as t + 1 in {0, 1, 2}, so
 * byte = sum_i (t_i + 1) 3^i. The kernels unpack to two bit planes (mask, sign) at load time; 1.6
 * bits is the size of the model file, not of the kernel's working copy.
 */
public final class TernaryPacking {
  /** Trits per byte. */
  public static final int TRITS_PER_BYTE = 5;

  /** Storage per ternary weight: 8 / 5 bits. */
  public static final double BITS_PER_WEIGHT = 8.0 / TRITS_PER_BYTE;

  private TernaryPacking() {}

  /** Bytes that hold {@code n} trits. */
  public static int packedLength(int n) {
    return (n + TRITS_PER_BYTE - 1) / TRITS_PER_BYTE;
  }

  /**
   * Packs trits (each -1, 0 or 1) five to a byte.
   *
   * @throws IllegalArgumentException for a value outside {-1, 0, 1}
   */
  public static byte[] pack(byte[] trits) {
    byte[] packed = new byte[packedLength(trits.length)];
    for (int b = 0; b < packed.length; b++) {
      int value = 0;
      int power = 1;
      for (int i = 0; i < TRITS_PER_BYTE; i++) {
        int index = b * TRITS_PER_BYTE + i;
        int t = index < trits.length ? trits[index] : 0;
        if (t < -1 || t > 1) {
          throw new IllegalArgumentException("trit " + index + " is " + t + ", not -1, 0 or 1");
        }
        value += (t + 1) * power;
        power *= 3;
      }
      packed[b] = (byte) value;
    }
    return packed;
  }

  /** The first {@code n} trits of {@code packed}. */
  public static byte[] unpack(byte[] packed, int n) {
    if (packedLength(n) > packed.length) {
      throw new IllegalArgumentException(n + " trits need " + packedLength(n) + " bytes, got " + packed.length);
    }
    byte[] trits = new byte[n];
    for (int b = 0; b < packed.length && b * TRITS_PER_BYTE < n; b++) {
      int value = packed[b] & 0xFF;
      for (int i = 0; i < TRITS_PER_BYTE && b * TRITS_PER_BYTE + i < n; i++) {
        trits[b * TRITS_PER_BYTE + i] = (byte) (value % 3 - 1);
        value /= 3;
      }
    }
    return trits;
  }
}
