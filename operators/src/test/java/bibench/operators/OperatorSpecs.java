package bibench.operators;

import java.util.Set;

/**
 * The documented formulas of every built-in operator (OPERATORS.md), written again here in doubles
 * as the oracle of the contract tests, independently of the quantizer code. An operator without an
 * entry gets an explicit "no documented formulas" outcome from the formula tests.
 */
final class OperatorSpecs {
  private OperatorSpecs() {}

  static final Set<String> DOCUMENTED = Set.of("bnn", "xnor", "dorefa", "bireal", "xnorpp", "react", "recu", "fda",
      "fp32", "biper", "bitnet158", "bitnet158-median", "bitnet158-a1", "pbllm", "bivit");

  /** BiPer's omega0. */
  static final double OMEGA = 20;

  static double sign(double x) {
    return x >= 0 ? 1 : -1;
  }

  /** Clipped STE: 1 on [-1, 1]. */
  static double ste(double x) {
    return Math.abs(x) <= 1 ? 1 : 0;
  }

  /** ApproxSign gradient, written piecewise as OPERATORS.md gives it. */
  static double approxSign(double x) {
    if (x >= -1 && x < 0) {
      return 2 + 2 * x;
    }
    if (x >= 0 && x < 1) {
      return 2 - 2 * x;
    }
    return 0;
  }

  /** FDA's gradient as the explicit sum of n + 1 cosines. */
  static double fourier(double x, int n) {
    if (Math.abs(x) > 1) {
      return 0;
    }
    double omega = 0.1;
    double sum = 0;
    for (int i = 0; i <= n; i++) {
      sum += Math.cos((2 * i + 1) * omega * x);
    }
    return 4 * omega / Math.PI * sum;
  }

  /**
   * Expected quantized weights for weights {@code w} laid out (out, perOut) row-major, in
   * evaluation (FDA with a_t = 0). {@code linear} selects XNOR's row centring.
   */
  static double[] weights(String id, double[] w, int out, boolean linear) {
    if (id.startsWith("bitnet158")) {
      return ternary(w, id.equals("bitnet158-median"));
    }
    if (id.equals("pbllm")) {
      return partial(w, out, 0.1);
    }
    int per = w.length / out;
    double[] q = new double[w.length];
    for (int o = 0; o < out; o++) {
      double mean = 0;
      for (int i = 0; i < per; i++) {
        mean += w[o * per + i];
      }
      mean /= per;
      double[] src = new double[per];
      for (int i = 0; i < per; i++) {
        double v = w[o * per + i];
        src[i] = switch (id) {
          case "xnor" -> linear ? v - mean : v;
          case "recu" -> v - mean;
          default -> v;
        };
      }
      double alpha = 0;
      for (double v : src) {
        alpha += Math.abs(v);
      }
      alpha /= per;
      for (int i = 0; i < per; i++) {
        double v = src[i];
        q[o * per + i] = switch (id) {
          case "bnn", "xnorpp", "recu", "bivit" -> sign(v);
          case "biper" -> sign(Math.sin(OMEGA * v));
          case "xnor", "dorefa", "bireal", "react", "fda" -> alpha * sign(v);
          case "fp32" -> v;
          default -> throw new IllegalArgumentException(id);
        };
      }
    }
    return q;
  }

  /**
   * Expected quantized activations in evaluation for x laid out (samples, perSample) where each
   * sample has {@code channels} channels along a channel-major layout of {@code perSample / channels}
   * positions; {@code theta} per channel is ReActNet's threshold.
   */
  static double[] activations(String id, double[] x, int samples, int channels, double[] theta) {
    int per = x.length / samples;
    int positions = per / channels;
    double[] q = new double[x.length];
    for (int s = 0; s < samples; s++) {
      double beta = 0;
      for (int i = 0; i < per; i++) {
        beta += Math.abs(x[s * per + i]);
      }
      beta /= per;
      for (int i = 0; i < per; i++) {
        double v = x[s * per + i];
        int c = i / positions;
        q[s * per + i] = switch (id) {
          case "bnn", "dorefa", "bireal", "xnorpp", "recu", "fda", "biper", "bitnet158-a1", "pbllm", "bivit" -> sign(v);
          case "bitnet158", "bitnet158-median" -> int8(v, x, s * per, per);
          case "xnor" -> beta * sign(v);
          case "react" -> sign(v + theta[c]);
          case "fp32" -> v;
          default -> throw new IllegalArgumentException(id);
        };
      }
    }
    return q;
  }

  /** Expected d q / d x of the activation quantizer in evaluation, per element. */
  static double activationGradient(String id, double x, double theta, int fdaTerms) {
    return switch (id) {
      case "bnn", "dorefa", "xnor", "xnorpp", "bitnet158-a1", "pbllm", "bivit" -> ste(x);
      case "bireal", "recu", "biper" -> approxSign(x);
      case "bitnet158", "bitnet158-median" -> 1;
      case "react" -> approxSign(x + theta);
      case "fda" -> fourier(x, fdaTerms);
      case "fp32" -> 1;
      default -> throw new IllegalArgumentException(id);
    };
  }

  /** Expected d q / d w of the weight quantizer (conv layer), or NaN where a finite-difference oracle is used. */
  static double weightGradient(String id, double w, double alpha, int fdaTerms) {
    return switch (id) {
      case "bnn", "dorefa", "xnor", "xnorpp", "bireal", "react", "bivit" -> ste(w);
      case "biper" -> OMEGA * Math.cos(OMEGA * w);
      case "bitnet158", "bitnet158-median", "bitnet158-a1" -> 1;
      case "fda" -> alpha * fourier(w, fdaTerms);
      case "fp32" -> 1;
      case "recu", "pbllm" -> Double.NaN;
      default -> throw new IllegalArgumentException(id);
    };
  }

  /** ReCU's tau at epoch e of E. */
  static double recuTau(int e, int epochs) {
    double a = (0.99 - 0.85) / (Math.E - 1);
    double b = 0.85 - a;
    return a * Math.exp((double) e / epochs) + b;
  }

  /** FDA's number of terms at epoch e of E. */
  static int fdaTerms(int e, int epochs) {
    return 9 + (int) Math.floor(9.0 * e / epochs);
  }

  /** FDA's noise weight at epoch e of E. */
  static double fdaNoise(int e, int epochs) {
    return 0.05 * (1 + Math.cos(Math.PI * (e + 1) / epochs));
  }

  /**
   * BitNet b1.58's ternary weights: gamma = mean |w| (or the lower median) over the whole tensor,
   * q = clip(rint(w / gamma), -1, 1) gamma.
   */
  static double[] ternary(double[] w, boolean median) {
    double[] magnitudes = new double[w.length];
    double sum = 0;
    for (int i = 0; i < w.length; i++) {
      magnitudes[i] = Math.abs(w[i]);
      sum += magnitudes[i];
    }
    java.util.Arrays.sort(magnitudes);
    double gamma = Math.max(1e-5, median ? magnitudes[(w.length - 1) / 2] : sum / w.length);
    double[] q = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      q[i] = Math.max(-1, Math.min(1, Math.rint(w[i] / gamma))) * gamma;
    }
    return q;
  }

  /**
   * 8-bit absmax of value v of a sample (the {@code per} values of {@code x} from {@code from}), in
   * float arithmetic as the engine does it: s = 127 / max|x|, clip(rint(v s), -128, 127) / s.
   */
  static double int8(double v, double[] x, int from, int per) {
    float max = 0;
    for (int i = from; i < from + per; i++) {
      max = Math.max(max, (float) Math.abs(x[i]));
    }
    float scale = 127f / Math.max(max, 1e-5f);
    float q = (float) Math.rint((float) v * scale);
    return Math.max(-128f, Math.min(127f, q)) / scale;
  }

  /**
   * PB-LLM's partial binarization: the round(p n) largest |w| (ties: earlier first) at 8 bits per
   * output channel (s = max salient |w| / 127), the rest alpha sign(w) with alpha the mean |w| of
   * the channel's other weights.
   */
  static double[] partial(double[] w, int out, double p) {
    int n = w.length;
    int k = (int) Math.floor(p * n + 0.5);
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(Math.abs((float) w[b]), Math.abs((float) w[a])));
    boolean[] salient = new boolean[n];
    for (int i = 0; i < k; i++) {
      salient[order[i]] = true;
    }
    int per = n / out;
    double[] q = new double[n];
    for (int o = 0; o < out; o++) {
      double max = 0;
      double sum = 0;
      int rest = 0;
      for (int i = o * per; i < (o + 1) * per; i++) {
        if (salient[i]) {
          max = Math.max(max, Math.abs(w[i]));
        } else {
          sum += Math.abs(w[i]);
          rest++;
        }
      }
      double alpha = sum / Math.max(1, rest);
      double step = max / 127;
      for (int i = o * per; i < (o + 1) * per; i++) {
        q[i] = salient[i] ? Math.rint(w[i] / step) * step : alpha * sign(w[i]);
      }
    }
    return q;
  }
}
