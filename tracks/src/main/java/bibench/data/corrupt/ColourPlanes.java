package bibench.data.corrupt;

/** Small helpers for corruptions that work on whole channel planes. */
final class ColourPlanes {
  /** ITU-R BT.601 luma weights, OpenCV's {@code COLOR_RGB2GRAY}. */
  static final float LUMA_R = 0.299f;
  static final float LUMA_G = 0.587f;
  static final float LUMA_B = 0.114f;

  private ColourPlanes() {}

  /** A new image of {@code like}'s shape from three planes R, G, B. */
  static ChwImage join(ChwImage like, float[] r, float[] g, float[] b) {
    int n = like.planeSize();
    float[] out = new float[3 * n];
    System.arraycopy(r, 0, out, 0, n);
    System.arraycopy(g, 0, out, n, n);
    System.arraycopy(b, 0, out, 2 * n, n);
    return like.withData(out);
  }

  /** The gray plane: the only channel of a gray image, the BT.601 luma of a colour one. */
  static float[] gray(ChwImage image) {
    if (image.channels() == 1) {
      return image.plane(0);
    }
    int n = image.planeSize();
    float[] x = image.data();
    float[] out = new float[n];
    for (int i = 0; i < n; i++) {
      out[i] = LUMA_R * x[i] + LUMA_G * x[n + i] + LUMA_B * x[2 * n + i];
    }
    return out;
  }

  /** Applies the same plane operation to every channel. */
  static ChwImage perChannel(ChwImage image, java.util.function.UnaryOperator<float[]> op) {
    float[] out = new float[image.data().length];
    for (int c = 0; c < image.channels(); c++) {
      float[] p = op.apply(image.plane(c));
      System.arraycopy(p, 0, out, image.planeOffset(c), p.length);
    }
    return image.withData(out);
  }
}
