package bibench.data.corrupt;

import java.util.Objects;

/**
 * One image as float planes in channel-major order (CHW): value {@code (c, y, x)} sits at {@code
 * data[(c * height + y) * width + x]}. Pixel values are nominally in [0, 1]; {@code channels} is 1
 * (gray, such as Fashion-MNIST or optdigits) or 3 (RGB, such as CIFAR-10).
 *
 * <p>The array is not copied, for speed: corruptions never write into the image they are given and
 * always return an image with a fresh array, so callers may share arrays freely as long as they do
 * not modify them either.
 *
 * @param data the values, {@code channels * height * width} of them
 * @param channels number of channels, 1 or 3
 * @param height rows
 * @param width columns
 */
public record ChwImage(float[] data, int channels, int height, int width) {

  public ChwImage {
    Objects.requireNonNull(data, "data");
    if (channels != 1 && channels != 3) {
      throw new IllegalArgumentException("images have 1 or 3 channels, not " + channels);
    }
    if (height <= 0 || width <= 0) {
      throw new IllegalArgumentException("image size must be positive: " + height + "x" + width);
    }
    if ((long) channels * height * width != data.length) {
      throw new IllegalArgumentException(
          data.length + " values do not make a " + channels + "x" + height + "x" + width + " image");
    }
  }

  /** An all-zero image of the given shape. */
  public static ChwImage zeros(int channels, int height, int width) {
    return new ChwImage(new float[channels * height * width], channels, height, width);
  }

  /** An image whose every value is {@code value}. */
  public static ChwImage filled(int channels, int height, int width, float value) {
    float[] data = new float[channels * height * width];
    java.util.Arrays.fill(data, value);
    return new ChwImage(data, channels, height, width);
  }

  /** Values per channel, {@code height * width}. */
  public int planeSize() {
    return height * width;
  }

  /** Offset of channel {@code c} in {@link #data()}. */
  public int planeOffset(int c) {
    return c * height * width;
  }

  /** The value at channel {@code c}, row {@code y}, column {@code x}. */
  public float get(int c, int y, int x) {
    return data[(c * height + y) * width + x];
  }

  /** A copy of channel {@code c} as a row-major {@code height * width} plane. */
  public float[] plane(int c) {
    float[] p = new float[planeSize()];
    System.arraycopy(data, planeOffset(c), p, 0, p.length);
    return p;
  }

  /** An image of the same shape with another array of values. */
  public ChwImage withData(float[] newData) {
    return new ChwImage(newData, channels, height, width);
  }

  /** A deep copy. */
  public ChwImage copy() {
    return withData(data.clone());
  }

  /** A copy with every value clipped to [0, 1] (NaN becomes 0). */
  public ChwImage clipped() {
    float[] out = new float[data.length];
    for (int i = 0; i < out.length; i++) {
      float v = data[i];
      out[i] = v > 1f ? 1f : (v >= 0f ? v : 0f);
    }
    return withData(out);
  }

  /** Mean absolute difference to another image of the same shape. */
  public double meanAbsoluteDifference(ChwImage other) {
    if (other.data.length != data.length) {
      throw new IllegalArgumentException("images differ in shape");
    }
    double sum = 0;
    for (int i = 0; i < data.length; i++) {
      sum += Math.abs(data[i] - other.data[i]);
    }
    return sum / data.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChwImage m
        && channels == m.channels
        && height == m.height
        && width == m.width
        && java.util.Arrays.equals(data, m.data);
  }

  @Override
  public int hashCode() {
    return Objects.hash(channels, height, width, java.util.Arrays.hashCode(data));
  }

  @Override
  public String toString() {
    return "ChwImage[" + channels + "x" + height + "x" + width + "]";
  }
}
