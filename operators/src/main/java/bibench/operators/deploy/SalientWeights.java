package bibench.operators.deploy;

import bibench.BadInputException;
import java.util.Arrays;

/**
 * The salient weights of a partially binarized layer (PB-LLM) as {@link SparseRows} reads them:
 * compressed rows (one per output channel or row of A) of (reduction word, bit, correction). The
 * binary plane keeps every weight's sign, salient ones included, so the correction of salient
 * weight i of row o is {@code c = value_i - mult[o] * sign(w_i)}: with it, {@code fma(dot, mult,
 * bias) + sum c_i x_i} is {@code mult * (dot over the binary weights) + sum value_i x_i + bias}.
 * Values are in output units (any per-channel factor applied after the product already in them).
 */
final class SalientWeights {
  final int[] rowStart;
  final int[] entries;
  final float[] fix;
  final int classes;
  final int[] columnClass;

  private SalientWeights(int[] rowStart, int[] entries, float[] fix, int classes, int[] columnClass) {
    this.rowStart = rowStart;
    this.entries = entries;
    this.fix = fix;
    this.classes = classes;
    this.columnClass = columnClass;
  }

  /**
   * For a convolution: weight i of {@code [C_out][C_in/g][kH][kW]}, reduction word {@code t *
   * cWords + c / 32}, bit {@code c % 32}; a padded tap's correction is put back per padding class.
   */
  static SalientWeights conv(float[] w, int[] index, float[] value, float[] mult, ConvShape s, Im2colPlan plan) {
    int taps = s.taps();
    int cWords = BinaryWeights.words(s.inPerGroup());
    int classes = plan.classTaps.length + 1;
    int[] order = sorted(index, value, w.length);
    int[] rowStart = new int[s.outChannels() + 1];
    int[] entries = new int[3 * order.length];
    float[] fix = new float[s.outChannels() * classes];
    for (int e = 0; e < order.length; e++) {
      int i = index[order[e]];
      int o = i / s.reduction();
      int c = i % s.reduction() / taps;
      int t = i % taps;
      float corr = entry(entries, e, t * cWords + c / 32, c % 32, value[order[e]], mult[o], w[i]);
      rowStart[o + 1]++;
      for (int cls = 0; cls < plan.classTaps.length; cls++) {
        for (int padded : plan.classTaps[cls]) {
          fix[o * classes + cls + 1] += padded == t ? corr : 0f;
        }
      }
    }
    return new SalientWeights(prefixSums(rowStart), entries, fix, classes, plan.columnClasses());
  }

  /** For a GEMM: weight i of the row-major {@code M x K} matrix A, word {@code k / 32}, bit {@code k % 32}. */
  static SalientWeights gemm(float[] a, int[] index, float[] value, float[] mult, int m, int k) {
    int[] order = sorted(index, value, a.length);
    int[] rowStart = new int[m + 1];
    int[] entries = new int[3 * order.length];
    for (int e = 0; e < order.length; e++) {
      int i = index[order[e]];
      entry(entries, e, i % k / 32, i % k % 32, value[order[e]], mult[i / k], a[i]);
      rowStart[i / k + 1]++;
    }
    return new SalientWeights(prefixSums(rowStart), entries, new float[m], 1, new int[PopcountGemm.PANEL]);
  }

  /** Entries held. */
  int count() {
    return entries.length / 3;
  }

  /** Bytes of the compressed rows as held. */
  long bytes() {
    return 4L * (entries.length + rowStart.length + fix.length);
  }

  private static float entry(int[] entries, int e, int word, int bit, float value, float mult, float w) {
    float c = value - mult * (w >= 0f ? 1f : -1f);
    entries[3 * e] = word * PopcountGemm.PANEL;
    entries[3 * e + 1] = 31 - bit;
    entries[3 * e + 2] = Float.floatToRawIntBits(-c);
    return c;
  }

  /** Positions of {@code index} in ascending order of index, checked. */
  private static int[] sorted(int[] index, float[] value, int size) {
    if (index.length != value.length) {
      throw new BadInputException("salient weights: " + index.length + " indices but " + value.length + " values",
          "pass one value per salient index");
    }
    Integer[] order = new Integer[index.length];
    for (int e = 0; e < order.length; e++) {
      order[e] = e;
      if (index[e] < 0 || index[e] >= size) {
        throw new BadInputException("salient weight index " + index[e] + " is outside 0.." + (size - 1),
            "index the layer's weight array");
      }
    }
    Arrays.sort(order, (x, y) -> Integer.compare(index[x], index[y]));
    for (int e = 1; e < order.length; e++) {
      if (index[order[e]] == index[order[e - 1]]) {
        throw new BadInputException("salient weight index " + index[order[e]] + " is given twice",
            "list each salient weight once");
      }
    }
    return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
  }

  private static int[] prefixSums(int[] counts) {
    for (int r = 1; r < counts.length; r++) {
      counts[r] += counts[r - 1];
    }
    return counts;
  }
}
