package bibench.data.corrupt;

/**
 * How a filter or a resampler reads outside the image. The names follow the libraries the
 * CIFAR-10-C reference code calls, so each corruption can say which one it reproduces.
 */
enum Border {
  /** Repeat the edge pixel: {@code a a | a b c d | d d} (scikit-image's default, ImageMagick's). */
  NEAREST {
    @Override
    int index(int i, int n) {
      return i < 0 ? 0 : (i >= n ? n - 1 : i);
    }
  },
  /** Mirror including the edge: {@code b a | a b c d | d c} (SciPy's {@code reflect}). */
  REFLECT {
    @Override
    int index(int i, int n) {
      int period = 2 * n;
      int m = Math.floorMod(i, period);
      return m < n ? m : period - 1 - m;
    }
  },
  /** Mirror about the edge: {@code c b | a b c d | c b} (OpenCV's default, BORDER_REFLECT_101). */
  REFLECT_101 {
    @Override
    int index(int i, int n) {
      if (n == 1) {
        return 0;
      }
      int period = 2 * n - 2;
      int m = Math.floorMod(i, period);
      return m < n ? m : period - m;
    }
  };

  /** The in-range index that position {@code i} reads, for a line of {@code n} samples. */
  abstract int index(int i, int n);
}
