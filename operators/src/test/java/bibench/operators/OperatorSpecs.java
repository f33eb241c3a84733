package bibench.operators;

import java.util.Set;

/**
 * The documented formulas of every built-in operator (OPERATORS.md), written again here in doubles
 * as the oracle of the contract tests, independently of the quantizer code. An operator without an
 * entry gets an explicit "no documented formulas" outcome from the formula tests.
 */
final class OperatorSpecs {
  private OperatorSpecs() {}

  static final Set<String> DOCUMENTED =
      Set.of("bnn", "xnor", "dorefa", "bireal", "xnorpp", "react", "recu", "fda", "fp32");

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
          case "bnn", "xnorpp", "recu" -> sign(v);
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
          case "bnn", "dorefa", "bireal", "xnorpp", "recu", "fda" -> sign(v);
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
      case "bnn", "dorefa", "xnor", "xnorpp" -> ste(x);
      case "bireal", "recu" -> approxSign(x);
      case "react" -> approxSign(x + theta);
      case "fda" -> fourier(x, fdaTerms);
      case "fp32" -> 1;
      default -> throw new IllegalArgumentException(id);
    };
  }

  /** Expected d q / d w of the weight quantizer (conv layer), or NaN where a finite-difference oracle is used. */
  static double weightGradient(String id, double w, double alpha, int fdaTerms) {
    return switch (id) {
      case "bnn", "dorefa", "xnor", "xnorpp", "bireal", "react" -> ste(w);
      case "fda" -> alpha * fourier(w, fdaTerms);
      case "fp32" -> 1;
      case "recu" -> Double.NaN;
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
}
