package bibench.data.corrupt;

import java.util.ArrayDeque;

/**
 * The OpenCV steps spatter's water drops need, on 8-bit planes held as {@code int[]} (values
 * 0..255): Canny edges, the chamfer distance transform, histogram equalisation, and 8-bit
 * filtering with OpenCV's rounding.
 */
final class EdgeMaps {
  /** OpenCV's 5x5 chamfer weights for {@code DIST_L2}: side, diagonal and knight's-move steps. */
  private static final float SIDE = 1f;
  private static final float DIAGONAL = 1.4f;
  private static final float KNIGHT = 2.1969f;
  private static final float FAR = 1e9f;

  private EdgeMaps() {}

  /**
   * OpenCV's {@code Canny(img, low, high)} with a 3x3 Sobel (edges repeated) and the L1 gradient
   * {@code |gx| + |gy|}: non-maximum suppression along the gradient direction quantised to 0, 45,
   * 90 or 135 degrees (tan 22.5 and tan 67.5 bounds, OpenCV's tie rules), then hysteresis: pixels
   * above {@code high} seed edges that grow through 8-connected pixels above {@code low}.
   *
   * @return true at edge pixels
   */
  static boolean[] canny(int[] img, int h, int w, int low, int high) {
    int[] gx = new int[h * w];
    int[] gy = new int[h * w];
    int[] mag = new int[(h + 2) * (w + 2)]; // zero frame around the image
    for (int y = 0; y < h; y++) {
      int up = Border.NEAREST.index(y - 1, h) * w;
      int mid = y * w;
      int down = Border.NEAREST.index(y + 1, h) * w;
      for (int x = 0; x < w; x++) {
        int l = Border.NEAREST.index(x - 1, w);
        int r = Border.NEAREST.index(x + 1, w);
        int dx = (img[up + r] - img[up + l]) + 2 * (img[mid + r] - img[mid + l]) + (img[down + r] - img[down + l]);
        int dy = (img[down + l] - img[up + l]) + 2 * (img[down + x] - img[up + x]) + (img[down + r] - img[up + r]);
        gx[mid + x] = dx;
        gy[mid + x] = dy;
        mag[(y + 1) * (w + 2) + x + 1] = Math.abs(dx) + Math.abs(dy);
      }
    }
    final double tan22 = Math.tan(Math.toRadians(22.5));
    final double tan67 = Math.tan(Math.toRadians(67.5));
    byte[] state = new byte[h * w]; // 0 none, 1 weak candidate, 2 edge
    ArrayDeque<Integer> stack = new ArrayDeque<>();
    int stride = w + 2;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int i = y * w + x;
        int k = (y + 1) * stride + x + 1;
        int m = mag[k];
        if (m <= low) {
          continue;
        }
        int ax = Math.abs(gx[i]);
        int ay = Math.abs(gy[i]);
        boolean local;
        if (ay < ax * tan22) {
          local = m > mag[k - 1] && m >= mag[k + 1];
        } else if (ay > ax * tan67) {
          local = m > mag[k - stride] && m >= mag[k + stride];
        } else {
          int s = (gx[i] ^ gy[i]) < 0 ? -1 : 1;
          local = m > mag[k - stride - s] && m > mag[k + stride + s];
        }
        if (local) {
          if (m > high) {
            state[i] = 2;
            stack.push(i);
          } else {
            state[i] = 1;
          }
        }
      }
    }
    while (!stack.isEmpty()) {
      int i = stack.pop();
      int y = i / w;
      int x = i % w;
      for (int ny = Math.max(0, y - 1); ny <= Math.min(h - 1, y + 1); ny++) {
        for (int nx = Math.max(0, x - 1); nx <= Math.min(w - 1, x + 1); nx++) {
          int j = ny * w + nx;
          if (state[j] == 1) {
            state[j] = 2;
            stack.push(j);
          }
        }
      }
    }
    boolean[] edges = new boolean[h * w];
    for (int i = 0; i < edges.length; i++) {
      edges[i] = state[i] == 2;
    }
    return edges;
  }

  /**
   * OpenCV's {@code distanceTransform(src, DIST_L2, 5)}: for every pixel the chamfer distance to the
   * nearest {@code source} pixel, with steps 1 (side), 1.4 (diagonal) and 2.1969 (knight's move),
   * in one forward and one backward pass; pixels outside the image are never sources. Where there
   * is no source at all, every distance is huge (1e9).
   */
  static float[] chamferDistance(boolean[] source, int h, int w) {
    float[] d = new float[h * w];
    for (int i = 0; i < d.length; i++) {
      d[i] = source[i] ? 0f : FAR;
    }
    int[][] forward = {{-2, -1}, {-2, 1}, {-1, -2}, {-1, -1}, {-1, 0}, {-1, 1}, {-1, 2}, {0, -1}};
    float[] cost = {KNIGHT, KNIGHT, KNIGHT, DIAGONAL, SIDE, DIAGONAL, KNIGHT, SIDE};
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        relax(d, h, w, y, x, forward, cost, 1);
      }
    }
    for (int y = h - 1; y >= 0; y--) {
      for (int x = w - 1; x >= 0; x--) {
        relax(d, h, w, y, x, forward, cost, -1);
      }
    }
    return d;
  }

  private static void relax(float[] d, int h, int w, int y, int x, int[][] offsets, float[] cost, int sign) {
    float best = d[y * w + x];
    for (int k = 0; k < offsets.length; k++) {
      int ny = y + sign * offsets[k][0];
      int nx = x + sign * offsets[k][1];
      if (ny >= 0 && ny < h && nx >= 0 && nx < w) {
        best = Math.min(best, d[ny * w + nx] + cost[k]);
      }
    }
    d[y * w + x] = best;
  }

  /**
   * OpenCV's {@code equalizeHist}: with {@code i0} the smallest value present, value v maps to
   * {@code round(255 * (#pixels in (i0, v]) / (n - #pixels at i0))}; a constant image is unchanged.
   */
  static int[] equalizeHistogram(int[] img) {
    int[] hist = new int[256];
    for (int v : img) {
      hist[v]++;
    }
    int first = 0;
    while (hist[first] == 0) {
      first++;
    }
    if (hist[first] == img.length) {
      return img.clone();
    }
    double scale = 255.0 / (img.length - hist[first]);
    int[] lut = new int[256];
    long sum = 0;
    for (int v = first + 1; v < 256; v++) {
      sum += hist[v];
      lut[v] = saturate(sum * scale);
    }
    int[] out = new int[img.length];
    for (int i = 0; i < img.length; i++) {
      out[i] = lut[img[i]];
    }
    return out;
  }

  /** OpenCV's {@code saturate_cast<uchar>}: round half to even, clamp to 0..255. */
  static int saturate(double v) {
    return (int) Math.min(255, Math.max(0, Math.rint(v)));
  }

  /** Rounds and clamps a float plane to 8-bit values, as OpenCV stores an 8-bit result. */
  static int[] saturate(float[] plane) {
    int[] out = new int[plane.length];
    for (int i = 0; i < plane.length; i++) {
      out[i] = saturate(plane[i]);
    }
    return out;
  }

  /** The int plane as floats. */
  static float[] toFloat(int[] plane) {
    float[] out = new float[plane.length];
    for (int i = 0; i < plane.length; i++) {
      out[i] = plane[i];
    }
    return out;
  }
}
