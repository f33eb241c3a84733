package bibench.operators.deploy;

/**
 * Ternary weights as the kernels keep them: two bit planes per 32 weights, interleaved word by
 * word, sign (1 for +1) then mask (1 where the weight is not 0). A weight's trit is the sign of its
 * value with 0 (and -0.0) kept as 0, so the deployed layer takes the quantizer's output {-gamma, 0,
 * +gamma} directly (gamma goes into the multiplier). Working copy only: the model file stores five
 * trits a byte ({@code bibench.operators.quant.TernaryPacking}).
 */
final class TernaryBits {
  private TernaryBits() {}

  /** Row-major {@code [rows][cols]} values to rows of {@code 2 * ceil(cols / 32)} words. */
  static int[] packRows(float[] m, int rows, int cols) {
    int kWords = BinaryWeights.words(cols);
    int[] packed = new int[rows * 2 * kWords];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        set(packed, r * 2 * kWords + 2 * (c / 32), c % 32, m[r * cols + c]);
      }
    }
    return packed;
  }

  /**
   * Convolution weights {@code [C_out][C_in/g][kH][kW]} to rows of {@code 2 * taps * cWords}
   * words: reduction word {@code t * cWords + cw} (channels {@code cw * 32 + b} of tap t at bit b)
   * at {@code 2 * (t * cWords + cw)}, its mask after it.
   */
  static int[] packConv(float[] w, ConvShape s) {
    int cin = s.inPerGroup();
    int taps = s.taps();
    int cWords = BinaryWeights.words(cin);
    int lda = 2 * taps * cWords;
    int[] packed = new int[s.outChannels() * lda];
    for (int o = 0; o < s.outChannels(); o++) {
      for (int c = 0; c < cin; c++) {
        for (int t = 0; t < taps; t++) {
          set(packed, o * lda + 2 * (t * cWords + c / 32), c % 32, w[(o * cin + c) * taps + t]);
        }
      }
    }
    return packed;
  }

  private static void set(int[] packed, int word, int bit, float v) {
    if (v > 0f) {
      packed[word] |= 1 << bit;
    }
    if (v > 0f || v < 0f) {
      packed[word + 1] |= 1 << bit;
    }
  }

  /** Nonzero weights of each of {@code rows} rows of {@code kWords} reduction words: M_r. */
  static void nonzeros(int[] packed, int rows, int kWords, int[] counts) {
    for (int r = 0; r < rows; r++) {
      int n = 0;
      for (int k = 0; k < kWords; k++) {
        n += Integer.bitCount(packed[(r * kWords + k) * 2 + 1]);
      }
      counts[r] = n;
    }
  }

  /**
   * K of the ternary dot per output channel and padding class, {@code table[o * classes + c]}:
   * class 0 has no padded tap and K = M_o; class {@code c + 1} ({@code plan.classTaps[c]}) has
   * {@code K = M_o - maskOnes + 2 * plusOnes} over its padded taps. Padded pixels are packed as 0
   * bits, so a padded tap adds its +1 weights to the count of differing signs; with this K, {@code
   * K - 2 * count} is the exact dot over the valid taps.
   */
  static int[] kTable(int[] packed, ConvShape s, Im2colPlan plan) {
    int cWords = BinaryWeights.words(s.inPerGroup());
    int kWords = s.taps() * cWords;
    int classes = plan.classTaps.length + 1;
    int[] table = new int[s.outChannels() * classes];
    int[] m = new int[s.outChannels()];
    nonzeros(packed, s.outChannels(), kWords, m);
    for (int o = 0; o < s.outChannels(); o++) {
      table[o * classes] = m[o];
      for (int c = 0; c < plan.classTaps.length; c++) {
        int k = m[o];
        for (int t : plan.classTaps[c]) {
          for (int cw = 0; cw < cWords; cw++) {
            int at = (o * kWords + t * cWords + cw) * 2;
            k += 2 * Integer.bitCount(packed[at]) - Integer.bitCount(packed[at + 1]);
          }
        }
        table[o * classes + c + 1] = k;
      }
    }
    return table;
  }
}
