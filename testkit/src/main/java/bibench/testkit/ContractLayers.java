package bibench.testkit;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import bibench.operators.BinaryOperator;
import bibench.operators.LayerGeometry;
import bibench.operators.LayerKind;
import bibench.operators.nn.BinaryConv1d;
import bibench.operators.nn.BinaryConv2d;
import bibench.operators.nn.BinaryConvolution;
import bibench.operators.nn.BinaryLayer;
import bibench.operators.nn.BinaryLinear;
import bibench.operators.nn.ConvSettings;
import bibench.operators.LayerContext;
import java.util.Random;

/**
 * The layers the contract runs an operator in, and the plain products it checks them against: a
 * linear layer, and 1-D and 2-D convolutions with stride 2, padding 1, 2 groups and a bias.
 */
public final class ContractLayers {
  private ContractLayers() {}

  /** The input shape the contract uses for each layer kind. */
  public static Shape input(LayerKind kind) {
    return switch (kind) {
      case LINEAR -> new Shape(3, 16);
      case CONV1D -> new Shape(2, 32, 9);
      case CONV2D -> new Shape(2, 32, 7, 6);
    };
  }

  /** A layer of {@code kind} with {@code out} outputs, stride 2, padding 1, groups 2 and a bias. */
  public static BinaryLayer strided(LayerKind kind, BinaryOperator op, int out) {
    return switch (kind) {
      case LINEAR -> BinaryLinear.builder().setOperator(op).setUnits(out).optBias(true).build();
      case CONV1D -> BinaryConv1d.builder().setOperator(op).setFilters(out).setKernelShape(3)
          .optStride(2).optPadding(1).optGroups(2).optBias(true).build();
      case CONV2D -> BinaryConv2d.builder().setOperator(op).setFilters(out).setKernelShape(3, 3)
          .optStride(2, 2).optPadding(1, 1).optGroups(2).optBias(true).build();
    };
  }

  /** Initializes {@code layer} for inputs of {@code shape} in {@code manager}. */
  public static void initialize(BinaryLayer layer, NDManager manager, Shape shape) {
    layer.initialize(manager, DataType.FLOAT32, shape);
  }

  /** One forward pass, training or evaluation. */
  public static NDArray forward(BinaryLayer layer, NDManager manager, NDArray x, boolean training) {
    NDList out = layer.forward(new ParameterStore(manager, false), new NDList(x), training);
    return out.singletonOrThrow();
  }

  /** Gaussian values (sd 1.2) of {@code shape}, the same for the same seed. */
  public static NDArray randomInput(NDManager manager, Shape shape, long seed) {
    Random random = new Random(seed);
    float[] values = new float[(int) shape.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) (random.nextGaussian() * 1.2);
    }
    return manager.create(values, shape);
  }

  /** A context over an initialized layer's own parameters, as the layer itself would build it. */
  public static LayerContext context(BinaryLayer layer, NDManager manager, boolean training) {
    return new LayerContext() {
      @Override
      public boolean training() {
        return training;
      }

      @Override
      public LayerGeometry geometry() {
        return layer.geometry();
      }

      @Override
      public NDManager manager() {
        return manager;
      }

      @Override
      public NDArray value(Parameter parameter) {
        return parameter.getArray();
      }
    };
  }

  /**
   * The layer's product computed plainly from already-quantized activations {@code qx} and weights
   * {@code qw}, without bias or output scale: a matrix product, or a convolution with the layer's
   * stride, zero padding, dilation and groups.
   */
  public static double[] product(BinaryLayer layer, Shape shape, double[] qx, double[] qw) {
    int o = layer.outChannels();
    if (layer.kind() == LayerKind.LINEAR) {
      int rows = (int) shape.get(0);
      int in = (int) shape.get(1);
      double[] y = new double[rows * o];
      for (int r = 0; r < rows; r++) {
        for (int j = 0; j < o; j++) {
          double sum = 0;
          for (int i = 0; i < in; i++) {
            sum += qx[r * in + i] * qw[j * in + i];
          }
          y[r * o + j] = sum;
        }
      }
      return y;
    }
    ConvSettings s = ((BinaryConvolution) layer).settings();
    boolean twoD = layer.kind() == LayerKind.CONV2D;
    int n = (int) shape.get(0);
    int c = (int) shape.get(1);
    int h = twoD ? (int) shape.get(2) : 1;
    int w = (int) shape.get(twoD ? 3 : 2);
    int kh = twoD ? s.kernel()[0] : 1;
    int kw = s.kernel()[twoD ? 1 : 0];
    int sh = twoD ? s.stride()[0] : 1;
    int sw = s.stride()[twoD ? 1 : 0];
    int ph = twoD ? s.padding()[0] : 0;
    int pw = s.padding()[twoD ? 1 : 0];
    int dh = twoD ? s.dilation()[0] : 1;
    int dw = s.dilation()[twoD ? 1 : 0];
    int oh = (h + 2 * ph - dh * (kh - 1) - 1) / sh + 1;
    int ow = (w + 2 * pw - dw * (kw - 1) - 1) / sw + 1;
    int cg = c / s.groups();
    int og = o / s.groups();
    double[] y = new double[n * o * oh * ow];
    for (int b = 0; b < n; b++) {
      for (int oc = 0; oc < o; oc++) {
        for (int i = 0; i < oh; i++) {
          for (int j = 0; j < ow; j++) {
            double sum = 0;
            for (int ic = 0; ic < cg; ic++) {
              for (int u = 0; u < kh; u++) {
                for (int v = 0; v < kw; v++) {
                  int yy = i * sh - ph + u * dh;
                  int xx = j * sw - pw + v * dw;
                  if (yy >= 0 && yy < h && xx >= 0 && xx < w) {
                    int channel = (oc / og) * cg + ic;
                    sum += qx[((b * c + channel) * h + yy) * w + xx] * qw[((oc * cg + ic) * kh + u) * kw + v];
                  }
                }
              }
            }
            y[((b * o + oc) * oh + i) * ow + j] = sum;
          }
        }
      }
    }
    return y;
  }

  /** {@code values} as doubles. */
  public static double[] toDouble(float[] values) {
    double[] d = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      d[i] = values[i];
    }
    return d;
  }

  /** {@code values} as floats. */
  public static float[] toFloat(double[] values) {
    float[] f = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      f[i] = (float) values[i];
    }
    return f;
  }
}
