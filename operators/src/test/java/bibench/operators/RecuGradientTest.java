package bibench.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import bibench.operators.impl.ReCU;
import bibench.operators.nn.BinaryLayer;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * ReCU's gradients flow through ordinary differentiable operations (centring, standardisation,
 * clamp), so their oracle is a finite difference, in doubles, of the documented smooth path.
 */
class RecuGradientTest {
  private static final int OUT = 2;
  private static final int IN = 6;

  @Test
  void weightGradientFollowsCentringStandardisationAndClamp() {
    double tau = OperatorSpecs.recuTau(3, 10);
    Random random = new Random(3);
    double[] w = new double[OUT * IN];
    double[] u = new double[OUT * IN];
    for (int i = 0; i < w.length; i++) {
      w[i] = random.nextGaussian() * 0.1;
      u[i] = random.nextGaussian();
    }
    double q = clampBound(w, tau);
    float[] autograd;
    try (NDManager manager = NDManager.newBaseManager()) {
      BinaryOperator op = Operators.create("recu");
      op.onEpoch(3, 10);
      assertEquals(tau, ((ReCU) op).tau(), 1e-12);
      BinaryLayer layer = LayerHarness.pointwise(LayerKind.CONV2D, op, OUT);
      LayerHarness.initialize(layer, manager, new Shape(1, IN, 1, 1));
      LayerHarness.setValues(layer.weight(), NaiveConv.toFloat(w));
      NDArray weight = layer.weight().getArray();
      try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
        NDArray quantized = layer.binarizer().weights().quantize(weight, LayerHarness.context(layer, manager, true));
        collector.backward(quantized.mul(manager.create(NaiveConv.toFloat(u), weight.getShape())).sum());
      }
      autograd = weight.getGradient().toFloatArray();
    }
    double h = 1e-6;
    for (int i = 0; i < w.length; i++) {
      double[] plus = w.clone();
      double[] minus = w.clone();
      plus[i] += h;
      minus[i] -= h;
      double expected = (smoothWeights(plus, u, q) - smoothWeights(minus, u, q)) / (2 * h);
      assertEquals(expected, autograd[i], 1e-2 * Math.max(1, Math.abs(expected)), "dW at " + i);
    }
  }

  /** sum u * clamp(w1(W), -q, q) with w1 the centred, standardised weights of each channel. */
  private static double smoothWeights(double[] w, double[] u, double q) {
    double[] w1 = standardised(w);
    double sum = 0;
    for (int i = 0; i < w.length; i++) {
      sum += u[i] * Math.max(-q, Math.min(q, w1[i]));
    }
    return sum;
  }

  private static double[] standardised(double[] w) {
    double[] w1 = new double[w.length];
    for (int o = 0; o < OUT; o++) {
      double mean = 0;
      for (int i = 0; i < IN; i++) {
        mean += w[o * IN + i] / IN;
      }
      double var = 0;
      for (int i = 0; i < IN; i++) {
        double d = w[o * IN + i] - mean;
        var += d * d / (IN - 1);
      }
      double scale = Math.sqrt(var + 1e-5) / (2 * Math.sqrt(2));
      for (int i = 0; i < IN; i++) {
        w1[o * IN + i] = (w[o * IN + i] - mean) / scale;
      }
    }
    return w1;
  }

  private static double clampBound(double[] w, double tau) {
    double meanAbs = 0;
    for (double v : standardised(w)) {
      meanAbs += Math.abs(v) / w.length;
    }
    return -meanAbs * Math.log(2 - 2 * tau);
  }

  @Test
  void activationGradientInTrainingFollowsTheStandardisation() {
    int n = 2;
    int per = 12;
    Random random = new Random(8);
    double[] x = new double[n * per];
    double[] u = new double[n * per];
    for (int i = 0; i < x.length; i++) {
      x[i] = random.nextGaussian() * 0.7;
      u[i] = random.nextGaussian();
    }
    Shape shape = new Shape(n, 3, 2, 2);
    float[] autograd;
    float[] forward;
    try (NDManager manager = NDManager.newBaseManager()) {
      BinaryLayer layer = LayerHarness.pointwise(LayerKind.CONV2D, Operators.create("recu"), OUT);
      LayerHarness.initialize(layer, manager, shape);
      NDArray input = manager.create(NaiveConv.toFloat(x), shape);
      input.setRequiresGradient(true);
      try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
        NDArray q = layer.binarizer().activations().quantize(input, LayerHarness.context(layer, manager, true));
        forward = q.toFloatArray();
        collector.backward(q.mul(manager.create(NaiveConv.toFloat(u), shape)).sum());
      }
      autograd = input.getGradient().toFloatArray();
    }
    double[] a0 = standardisedPerSample(x, n, per);
    for (int i = 0; i < x.length; i++) {
      assertEquals(OperatorSpecs.sign(a0[i]), forward[i], 0, "forward at " + i);
    }
    double h = 1e-6;
    for (int i = 0; i < x.length; i++) {
      double[] plus = x.clone();
      double[] minus = x.clone();
      plus[i] += h;
      minus[i] -= h;
      double expected = (smoothActivations(plus, u, n, per) - smoothActivations(minus, u, n, per)) / (2 * h);
      assertEquals(expected, autograd[i], 1e-2 * Math.max(1, Math.abs(expected)), "dX at " + i);
    }
  }

  /** sum u * s(a0(X)), s the ApproxSign polynomial whose derivative is max(0, 2 - 2|a|). */
  private static double smoothActivations(double[] x, double[] u, int n, int per) {
    double[] a0 = standardisedPerSample(x, n, per);
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      double a = Math.max(-1, Math.min(1, a0[i]));
      sum += u[i] * (2 * a - a * Math.abs(a));
    }
    return sum;
  }

  private static double[] standardisedPerSample(double[] x, int n, int per) {
    double[] a0 = new double[x.length];
    for (int s = 0; s < n; s++) {
      double mean = 0;
      for (int i = 0; i < per; i++) {
        mean += x[s * per + i] / per;
      }
      double var = 0;
      for (int i = 0; i < per; i++) {
        double d = x[s * per + i] - mean;
        var += d * d / (per - 1);
      }
      for (int i = 0; i < per; i++) {
        a0[s * per + i] = x[s * per + i] / Math.sqrt(var + 1e-5);
      }
    }
    return a0;
  }
}
