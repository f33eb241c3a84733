package bibench.data.corrupt;

/**
 * The diamond-square height map behind fog, as the reference code's {@code plasma_fractal}: a
 * toroidal {@code size x size} map ({@code size} a power of two) that starts at 0 in the corner and,
 * for step sizes {@code size, size / 2, ..., 2}, fills each square centre with the mean of its four
 * corners and each diamond centre with the mean of its four neighbours, plus {@code wibble * U(-wibble,
 * wibble)}; the wibble starts at 100 and is divided by {@code wibbleDecay} after each step, so a
 * smaller decay keeps more fine detail. The map is finally scaled to [0, 1].
 */
final class PlasmaFractal {
  private PlasmaFractal() {}

  /** The smallest power of two that is at least {@code n}. */
  static int sizeFor(int n) {
    int size = 1;
    while (size < n) {
      size *= 2;
    }
    return size;
  }

  static double[][] generate(int size, double wibbleDecay, CorruptionRandom rng) {
    if (Integer.bitCount(size) != 1) {
      throw new IllegalArgumentException("plasma size must be a power of two: " + size);
    }
    double[][] m = new double[size][size];
    double wibble = 100;
    for (int step = size; step >= 2; step /= 2) {
      int half = step / 2;
      int cells = size / step;
      // squares: centre = mean of the four corners (toroidal), plus noise
      for (int i = 0; i < cells; i++) {
        for (int j = 0; j < cells; j++) {
          int i1 = (i + 1) % cells;
          int j1 = (j + 1) % cells;
          double sum = m[i * step][j * step] + m[i1 * step][j * step]
              + m[i * step][j1 * step] + m[i1 * step][j1 * step];
          m[i * step + half][j * step + half] = sum / 4 + wibble * rng.uniform(-wibble, wibble);
        }
      }
      // diamonds on the corner rows, between two corners, then on the corner columns
      double[][] left = new double[cells][cells];
      double[][] top = new double[cells][cells];
      for (int i = 0; i < cells; i++) {
        int up = (i - 1 + cells) % cells;
        for (int j = 0; j < cells; j++) {
          int j1 = (j + 1) % cells;
          left[i][j] = m[i * step + half][j * step + half] + m[up * step + half][j * step + half]
              + m[i * step][j * step] + m[i * step][j1 * step];
        }
      }
      for (int i = 0; i < cells; i++) {
        int i1 = (i + 1) % cells;
        for (int j = 0; j < cells; j++) {
          int back = (j - 1 + cells) % cells;
          top[i][j] = m[i * step + half][j * step + half] + m[i * step + half][back * step + half]
              + m[i * step][j * step] + m[i1 * step][j * step];
        }
      }
      for (int i = 0; i < cells; i++) {
        for (int j = 0; j < cells; j++) {
          m[i * step][j * step + half] = left[i][j] / 4 + wibble * rng.uniform(-wibble, wibble);
        }
      }
      for (int i = 0; i < cells; i++) {
        for (int j = 0; j < cells; j++) {
          m[i * step + half][j * step] = top[i][j] / 4 + wibble * rng.uniform(-wibble, wibble);
        }
      }
      wibble /= wibbleDecay;
    }
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double[] row : m) {
      for (double v : row) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    double range = max - min;
    for (double[] row : m) {
      for (int j = 0; j < row.length; j++) {
        row[j] = range == 0 ? 0 : (row[j] - min) / range;
      }
    }
    return m;
  }
}
