package bibench.data.image.lazy;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/**
 * How an image of any size becomes a {@code {3, crop, crop}} sample in [0, 1], the ImageNet way.
 *
 * <ul>
 *   <li>Training (a random generator given): a random resized crop (a box of 8% to 100% of the
 *       image's area, aspect ratio 3/4 to 4/3, scaled to crop x crop) and a horizontal flip with
 *       probability 1/2.
 *   <li>Evaluation (no generator): the shorter side scaled to {@code resize}, then the centre crop
 *       x crop.
 * </ul>
 *
 * Scaling is bilinear, done with Java2D in one step from the source box to the sample.
 *
 * @param resize the shorter side before the evaluation crop (256 for ImageNet)
 * @param crop the sample's height and width (224 for ImageNet)
 */
public record ImageTransform(int resize, int crop) {
  /** ImageNet's: 256 then 224. */
  public static final ImageTransform IMAGENET = new ImageTransform(256, 224);

  public ImageTransform {
    if (crop < 1 || resize < crop) {
      throw new IllegalArgumentException("need 1 <= crop <= resize: " + crop + ", " + resize);
    }
  }

  /** The shape of a sample: {3, crop, crop}. */
  public int[] sampleShape() {
    return new int[] {3, crop, crop};
  }

  /**
   * The source box {x, y, width, height} this sample is cut from.
   *
   * @param augment null for the evaluation view
   */
  int[] box(int width, int height, SplittableRandom augment) {
    if (augment == null) {
      int side = Math.max(1, Math.round((float) Math.min(width, height) * crop / resize));
      return new int[] {(width - side) / 2, (height - side) / 2, side, side};
    }
    double area = (double) width * height;
    for (int attempt = 0; attempt < 10; attempt++) {
      double target = area * (0.08 + 0.92 * augment.nextDouble());
      double logRatio = Math.log(3.0 / 4) + (Math.log(4.0 / 3) - Math.log(3.0 / 4)) * augment.nextDouble();
      double ratio = Math.exp(logRatio);
      int w = (int) Math.round(Math.sqrt(target * ratio));
      int h = (int) Math.round(Math.sqrt(target / ratio));
      if (w >= 1 && h >= 1 && w <= width && h <= height) {
        return new int[] {augment.nextInt(width - w + 1), augment.nextInt(height - h + 1), w, h};
      }
    }
    int side = Math.min(width, height);
    return new int[] {(width - side) / 2, (height - side) / 2, side, side};
  }

  /** Cuts, scales and (when training) flips {@code image} into {@code dst} at {@code offset}. */
  public void apply(BufferedImage image, SplittableRandom augment, float[] dst, int offset) {
    int[] b = box(image.getWidth(), image.getHeight(), augment);
    boolean flip = augment != null && augment.nextBoolean();
    BufferedImage out = new BufferedImage(crop, crop, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      int dx1 = flip ? crop : 0;
      int dx2 = flip ? 0 : crop;
      g.drawImage(image, dx1, 0, dx2, crop, b[0], b[1], b[0] + b[2], b[1] + b[3], null);
    } finally {
      g.dispose();
    }
    int plane = crop * crop;
    int[] rgb = out.getRGB(0, 0, crop, crop, null, 0, crop);
    for (int p = 0; p < plane; p++) {
      int v = rgb[p];
      dst[offset + p] = ((v >> 16) & 0xff) / 255f;
      dst[offset + plane + p] = ((v >> 8) & 0xff) / 255f;
      dst[offset + 2 * plane + p] = (v & 0xff) / 255f;
    }
  }
}
