package bibench.operators.nn;

import ai.djl.ndarray.types.Shape;
import java.util.Arrays;

/**
 * The ordinary options of a convolution, per spatial axis: kernel, stride, padding (zeros, on both
 * sides), dilation, and the number of groups.
 *
 * @param kernel kernel size per axis
 * @param stride stride per axis
 * @param padding zero padding per axis
 * @param dilation dilation per axis
 * @param groups channel groups
 */
public record ConvSettings(int[] kernel, int[] stride, int[] padding, int[] dilation, int groups) {

  public ConvSettings {
    int dims = kernel.length;
    kernel = kernel.clone();
    stride = stride.clone();
    padding = padding.clone();
    dilation = dilation.clone();
    if (stride.length != dims || padding.length != dims || dilation.length != dims) {
      throw new IllegalArgumentException(
          "kernel, stride, padding and dilation need " + dims + " values each");
    }
    for (int i = 0; i < dims; i++) {
      if (kernel[i] <= 0 || stride[i] <= 0 || padding[i] < 0 || dilation[i] <= 0) {
        throw new IllegalArgumentException("bad convolution settings: " + describe(kernel, stride, padding, dilation));
      }
    }
    if (groups <= 0) {
      throw new IllegalArgumentException("groups must be positive, got " + groups);
    }
  }

  private static String describe(int[] k, int[] s, int[] p, int[] d) {
    return "kernel=" + Arrays.toString(k) + " stride=" + Arrays.toString(s) + " padding="
        + Arrays.toString(p) + " dilation=" + Arrays.toString(d);
  }

  /** Output size along axis {@code i} for input size {@code in}. */
  public int outputSize(int i, long in) {
    long out = (in + 2L * padding[i] - (long) dilation[i] * (kernel[i] - 1) - 1) / stride[i] + 1;
    if (out <= 0) {
      throw new IllegalArgumentException("input size " + in + " too small for " + describe(kernel, stride, padding, dilation));
    }
    return (int) out;
  }

  Shape strideShape() {
    return shape(stride);
  }

  Shape paddingShape() {
    return shape(padding);
  }

  Shape dilationShape() {
    return shape(dilation);
  }

  private static Shape shape(int[] values) {
    return new Shape(Arrays.stream(values).asLongStream().toArray());
  }

  @Override
  public int[] kernel() {
    return kernel.clone();
  }

  @Override
  public int[] stride() {
    return stride.clone();
  }

  @Override
  public int[] padding() {
    return padding.clone();
  }

  @Override
  public int[] dilation() {
    return dilation.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConvSettings c && groups == c.groups && Arrays.equals(kernel, c.kernel)
        && Arrays.equals(stride, c.stride) && Arrays.equals(padding, c.padding)
        && Arrays.equals(dilation, c.dilation);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(kernel) * 31 + Arrays.hashCode(stride) * 17 + Arrays.hashCode(padding) * 7
        + Arrays.hashCode(dilation) + groups;
  }

  @Override
  public String toString() {
    return describe(kernel, stride, padding, dilation) + " groups=" + groups;
  }
}
