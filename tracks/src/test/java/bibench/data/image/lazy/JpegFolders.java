package bibench.data.image.lazy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Writes image folders in ImageNet's layout for tests: {@code <split>/c<k>/<i>.JPEG}, class k a
 * filled square of its own hue on a noisy gray background at a random place and size, so the
 * classes can be learnt and every image differs.
 */
public final class JpegFolders {
  private JpegFolders() {}

  /** The JPEG bytes of image {@code i} of class {@code k}. */
  public static byte[] image(int k, int classes, int i, int width, int height) {
    Random r = new Random(31L * k + 1_000_003L * i);
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int g = 96 + r.nextInt(64);
        img.setRGB(x, y, (g << 16) | (g << 8) | g);
      }
    }
    Graphics2D g = img.createGraphics();
    g.setColor(Color.getHSBColor((float) k / classes, 0.9f, 0.9f));
    int side = Math.min(width, height) / 2 + r.nextInt(Math.min(width, height) / 4);
    g.fillRect(r.nextInt(width - side + 1), r.nextInt(height - side + 1), side, side);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "jpeg", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Writes {@code perClass} images of each class into {@code root/split/}; returns the bytes written. */
  public static long write(Path root, String split, int classes, int perClass, int width, int height) {
    long bytes = 0;
    try {
      for (int k = 0; k < classes; k++) {
        Path dir = Files.createDirectories(root.resolve(split).resolve(String.format("c%03d", k)));
        for (int i = 0; i < perClass; i++) {
          byte[] jpeg = image(k, classes, i, width, height);
          Files.write(dir.resolve(String.format("%05d.JPEG", i)), jpeg);
          bytes += jpeg.length;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes;
  }
}
