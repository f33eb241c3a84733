package bibench.operators.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv1d;
import ai.djl.nn.convolutional.Conv2d;
import bibench.operators.BinaryOperator;
import bibench.operators.LayerGeometry;
import bibench.operators.LayerKind;
import java.util.Arrays;

/**
 * The common part of {@link BinaryConv1d} and {@link BinaryConv2d}: a convolution of binarized
 * activations with binarized weights, keeping stride, zero padding, dilation, groups and bias.
 * Padding adds zeros to the binarized activations, as in training with any framework; the deployed
 * kernels count only the valid positions of a border window so that both agree.
 */
public abstract class BinaryConvolution extends BinaryLayer {
  private final ConvSettings settings;

  protected BinaryConvolution(LayerKind kind, ConvBuilder<?> builder) {
    super(kind, builder.operator, builder.filters, builder.bias);
    int dims = kind.spatialDims();
    this.settings = new ConvSettings(
        orDefault(builder.kernel, dims, 0, "kernel size: call setKernelShape"),
        orDefault(builder.stride, dims, 1, null),
        orDefault(builder.padding, dims, 0, null),
        orDefault(builder.dilation, dims, 1, null),
        builder.groups);
    if (builder.filters % builder.groups != 0) {
      throw new IllegalArgumentException(
          "filters (" + builder.filters + ") must be divisible by groups (" + builder.groups + ")");
    }
  }

  private static int[] orDefault(int[] values, int dims, int fallback, String missing) {
    if (values == null) {
      if (missing != null) {
        throw new IllegalArgumentException("missing " + missing);
      }
      int[] filled = new int[dims];
      Arrays.fill(filled, fallback);
      return filled;
    }
    if (values.length == 1 && dims > 1) {
      int[] filled = new int[dims];
      Arrays.fill(filled, values[0]);
      return filled;
    }
    return values;
  }

  /** Kernel, stride, padding, dilation and groups. */
  public ConvSettings settings() {
    return settings;
  }

  @Override
  public LayerGeometry geometryFor(Shape input) {
    int dims = kind().spatialDims();
    if (input.dimension() != dims + 2) {
      throw new IllegalArgumentException(
          getClass().getSimpleName() + " needs input of rank " + (dims + 2) + ", got " + input);
    }
    int[] out = new int[dims];
    for (int i = 0; i < dims; i++) {
      out[i] = settings.outputSize(i, input.get(2 + i));
    }
    int in = Math.toIntExact(input.get(1));
    if (in % settings.groups() != 0) {
      throw new IllegalArgumentException(
          "input channels (" + in + ") must be divisible by groups (" + settings.groups() + ")");
    }
    return new LayerGeometry(kind(), in, outChannels(), settings.groups(), settings.kernel(), out);
  }

  @Override
  protected Shape weightShape(LayerGeometry geometry) {
    long[] dims = new long[2 + geometry.kernel().length];
    dims[0] = geometry.outChannels();
    dims[1] = geometry.inChannels() / geometry.groups();
    int[] kernel = geometry.kernel();
    for (int i = 0; i < kernel.length; i++) {
      dims[2 + i] = kernel[i];
    }
    return new Shape(dims);
  }

  @Override
  protected Shape outputShape(Shape input) {
    LayerGeometry g = geometryFor(input);
    long[] dims = new long[input.dimension()];
    dims[0] = input.get(0);
    dims[1] = outChannels();
    int[] out = g.outSpatial();
    for (int i = 0; i < out.length; i++) {
      dims[2 + i] = out[i];
    }
    return new Shape(dims);
  }

  @Override
  protected NDArray product(NDArray x, NDArray w, NDArray biasOrNull) {
    Shape s = settings.strideShape();
    Shape p = settings.paddingShape();
    Shape d = settings.dilationShape();
    if (kind() == LayerKind.CONV1D) {
      return Conv1d.conv1d(x, w, biasOrNull, s, p, d, settings.groups()).singletonOrThrow();
    }
    return Conv2d.conv2d(x, w, biasOrNull, s, p, d, settings.groups()).singletonOrThrow();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + operator().id() + ", out=" + outChannels() + ", "
        + settings + ", bias=" + hasBias() + "]";
  }

  /**
   * Builds a binarized convolution: {@code setX} for what is required, {@code optX} for what has a
   * default (stride 1, padding 0, dilation 1, groups 1, no bias). A single value for a 2-D setting
   * applies to both axes.
   */
  @SuppressWarnings("unchecked")
  public abstract static class ConvBuilder<T extends ConvBuilder<T>> {
    BinaryOperator operator;
    int filters;
    int[] kernel;
    int[] stride;
    int[] padding;
    int[] dilation;
    int groups = 1;
    boolean bias;

    /** The operator that binarizes the layer (required). */
    public T setOperator(BinaryOperator operator) {
      this.operator = operator;
      return (T) this;
    }

    /** Number of output channels (required). */
    public T setFilters(int filters) {
      this.filters = filters;
      return (T) this;
    }

    /** Kernel size per spatial axis (required). */
    public T setKernelShape(int... kernel) {
      this.kernel = kernel.clone();
      return (T) this;
    }

    /** Stride per spatial axis (default 1). */
    public T optStride(int... stride) {
      this.stride = stride.clone();
      return (T) this;
    }

    /** Zero padding per spatial axis, on both sides (default 0). */
    public T optPadding(int... padding) {
      this.padding = padding.clone();
      return (T) this;
    }

    /** Dilation per spatial axis (default 1). */
    public T optDilation(int... dilation) {
      this.dilation = dilation.clone();
      return (T) this;
    }

    /** Channel groups (default 1); input and output channels must divide by it. */
    public T optGroups(int groups) {
      this.groups = groups;
      return (T) this;
    }

    /** Whether to add a bias (default false). */
    public T optBias(boolean bias) {
      this.bias = bias;
      return (T) this;
    }
  }
}
