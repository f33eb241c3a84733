package bibench.operators.quant;

import ai.djl.ndarray.NDArray;
import java.util.Arrays;

/**
 * PB-LLM's salient weights of one layer: the k = round(p n) weights of largest magnitude (ties by
 * position, earlier first), and their 8-bit values, symmetric per output channel (s_o = max |W_o
 * salient| / 127, value = round(W / s_o) s_o, round halves to even). Computed once, on the host.
 *
 * @param mask 1 for a salient weight, 0 otherwise, in the weight tensor's order
 * @param values the 8-bit value of each salient weight, 0 elsewhere
 */
record SalientSelection(float[] mask, float[] values) {

  /** The selection for weights {@code w} laid out (outChannels, ...) row-major. */
  static SalientSelection select(float[] w, int outChannels, double fraction) {
    int n = w.length;
    int k = (int) PartialBinaryWeights.salientCount(n, fraction);
    float[] mask = new float[n];
    float[] values = new float[n];
    if (k > 0) {
      float[] magnitudes = new float[n];
      for (int i = 0; i < n; i++) {
        magnitudes[i] = Math.abs(w[i]);
      }
      float[] sorted = magnitudes.clone();
      Arrays.sort(sorted);
      float threshold = sorted[n - k];
      int above = 0;
      for (float m : magnitudes) {
        above += m > threshold ? 1 : 0;
      }
      int ties = k - above;
      for (int i = 0; i < n; i++) {
        if (magnitudes[i] > threshold || (magnitudes[i] == threshold && ties-- > 0)) {
          mask[i] = 1;
        }
      }
    }
    int per = n / outChannels;
    for (int o = 0; o < outChannels; o++) {
      float max = 0;
      for (int i = o * per; i < (o + 1) * per; i++) {
        max = mask[i] > 0 ? Math.max(max, Math.abs(w[i])) : max;
      }
      float step = max / 127f;
      for (int i = o * per; i < (o + 1) * per; i++) {
        if (mask[i] > 0 && step > 0) {
          values[i] = (float) (Math.rint(w[i] / step) * step);
        }
      }
    }
    return new SalientSelection(mask, values);
  }

  /** Writes the selection into the layer's (non-trainable) parameter arrays. */
  void writeInto(NDArray maskArray, NDArray valuesArray) {
    maskArray.set(mask);
    valuesArray.set(values);
  }
}
