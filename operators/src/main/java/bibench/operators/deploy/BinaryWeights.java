package bibench.operators.deploy;

/**
 * Packs latent float weights into sign bits (bit = w >= 0, so sign(0) = +1) in the layouts the
 * kernels read, and counts the weight bits that padding corrections need.
 */
final class BinaryWeights {
  private BinaryWeights() {}

  /** Words needed for {@code bits} bits. */
  static int words(int bits) {
    return (bits + 31) / 32;
  }

  /**
   * Convolution weights {@code [C_out][C_in/g][kH][kW]} to rows of {@code taps * cWords} words:
   * word {@code t * cWords + cw} of row o holds channels {@code cw * 32 + b} of tap t at bit b.
   */
  static int[] packConv(float[] w, ConvShape s) {
    int cin = s.inPerGroup();
    int taps = s.taps();
    int cWords = words(cin);
    int kWords = taps * cWords;
    int[] packed = new int[s.outChannels() * kWords];
    for (int o = 0; o < s.outChannels(); o++) {
      for (int c = 0; c < cin; c++) {
        for (int t = 0; t < taps; t++) {
          if (w[(o * cin + c) * taps + t] >= 0f) {
            packed[o * kWords + t * cWords + c / 32] |= 1 << (c % 32);
          }
        }
      }
    }
    return packed;
  }

  /**
   * For each padding class and output channel, the number of +1 weight bits under the class's
   * padded taps: {@code result[cls * C_out + o]}.
   */
  static int[] paddedOnes(int[] packed, ConvShape s, Im2colPlan plan) {
    int cWords = words(s.inPerGroup());
    int kWords = s.taps() * cWords;
    int cout = s.outChannels();
    int[] ones = new int[plan.classTaps.length * cout];
    for (int cls = 0; cls < plan.classTaps.length; cls++) {
      for (int o = 0; o < cout; o++) {
        int n = 0;
        for (int t : plan.classTaps[cls]) {
          for (int cw = 0; cw < cWords; cw++) {
            n += Integer.bitCount(packed[o * kWords + t * cWords + cw]);
          }
        }
        ones[cls * cout + o] = n;
      }
    }
    return ones;
  }

  /** Row-major {@code [rows][cols]} floats to rows of {@code ceil(cols / 32)} words. */
  static int[] packRows(float[] m, int rows, int cols) {
    int kWords = words(cols);
    int[] packed = new int[rows * kWords];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        if (m[r * cols + c] >= 0f) {
          packed[r * kWords + c / 32] |= 1 << (c % 32);
        }
      }
    }
    return packed;
  }

  /**
   * Sign bits of a row-major {@code K x N} float matrix, in panels of 64 columns ({@link
   * #toPanels}): the B operand of the GEMMs.
   */
  static int[] columnPanels(float[] b, int k, int n) {
    float[] columns = new float[n * k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < n; j++) {
        columns[j * k + i] = b[i * n + j];
      }
    }
    return toPanels(packRows(columns, n, k), n, words(k));
  }

  /**
   * Puts packed rows (one per column of the product, {@code kWords} words each) into panels:
   * word k of column n at {@code ((n / 64) * kWords + k) * 64 + n % 64}; columns past n are 0.
   */
  static int[] toPanels(int[] rows, int n, int kWords) {
    int panels = (n + PopcountGemm.PANEL - 1) / PopcountGemm.PANEL;
    int[] out = new int[panels * kWords * PopcountGemm.PANEL];
    for (int col = 0; col < n; col++) {
      int base = (col / PopcountGemm.PANEL) * kWords * PopcountGemm.PANEL + col % PopcountGemm.PANEL;
      for (int k = 0; k < kWords; k++) {
        out[base + k * PopcountGemm.PANEL] = rows[col * kWords + k];
      }
    }
    return out;
  }
}
