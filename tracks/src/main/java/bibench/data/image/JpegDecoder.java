package bibench.data.image;

import bibench.BadInputException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes small colour images (JPEG, and PNG) with {@code javax.imageio} into channel-major
 * floats in [0, 1] ({@code {3, h, w}}: all red values, then green, then blue). Gray images are
 * expanded to three equal channels. Decoding happens in memory (no ImageIO disk cache). Not
 * thread-safe: one decoder per thread.
 */
public final class JpegDecoder implements AutoCloseable {

  private final int height;
  private final int width;
  private final ImageReader jpeg;

  /** A decoder that insists on images of the given size. */
  public JpegDecoder(int height, int width) {
    this.height = height;
    this.width = width;
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
    if (!readers.hasNext()) {
      throw new IllegalStateException("this JDK has no JPEG reader");
    }
    this.jpeg = readers.next();
  }

  /** Decodes one image into {@code dst} at {@code offset} ({@code 3 * h * w} values). */
  public void decode(byte[] bytes, String where, float[] dst, int offset) {
    BufferedImage img;
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      boolean isJpeg = bytes.length > 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xD8;
      if (isJpeg) {
        jpeg.setInput(in, true, true);
        img = jpeg.read(0);
      } else {
        img = ImageIO.read(in);
      }
    } catch (IOException | RuntimeException e) {
      throw bad(where, "it cannot be decoded (" + e.getMessage() + ")");
    }
    if (img == null) {
      throw bad(where, "it is not an image format javax.imageio reads");
    }
    if (img.getHeight() != height || img.getWidth() != width) {
      throw bad(where, "it is " + img.getWidth() + "x" + img.getHeight() + ", not " + width + "x"
          + height);
    }
    int plane = height * width;
    int[] rgb = img.getRGB(0, 0, width, height, null, 0, width);
    for (int p = 0; p < plane; p++) {
      int v = rgb[p];
      dst[offset + p] = ((v >> 16) & 0xff) / 255f;
      dst[offset + plane + p] = ((v >> 8) & 0xff) / 255f;
      dst[offset + 2 * plane + p] = (v & 0xff) / 255f;
    }
  }

  @Override
  public void close() {
    jpeg.dispose();
  }

  private static BadInputException bad(String where, String problem) {
    return new BadInputException(
        "image " + where + " is damaged: " + problem, "replace it with an intact copy");
  }
}
