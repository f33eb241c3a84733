package bibench.data.image;

import bibench.BadInputException;
import bibench.Excerpt;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes small colour images (JPEG, and PNG) with {@code javax.imageio} into channel-major
 * floats in [0, 1] ({@code {3, h, w}}: all red values, then green, then blue). Gray images are
 * expanded to three equal channels. Decoding happens in memory (no ImageIO disk cache). Not
 * thread-safe: one decoder per thread.
 *
 * <p>Hostile files are refused before they cost anything: the image's size is read from its header
 * and checked before any pixel is decoded (a JPEG claiming 65,000 x 65,000 pixels is never
 * allocated), and every warning of the decoder (a JPEG cut short decodes "successfully" with a
 * warning and gray rows) is an error naming the file.
 */
public final class JpegDecoder implements AutoCloseable {

  private final int height;
  private final int width;
  private final ImageReader jpeg;
  private String warning;

  /** A decoder that insists on images of the given size. */
  public JpegDecoder(int height, int width) {
    this.height = height;
    this.width = width;
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
    if (!readers.hasNext()) {
      throw new IllegalStateException("this JDK has no JPEG reader");
    }
    this.jpeg = readers.next();
    this.jpeg.addIIOReadWarningListener((source, message) -> {
      if (warning == null) {
        warning = message;
      }
    });
  }

  /** Decodes one image into {@code dst} at {@code offset} ({@code 3 * h * w} values). */
  public void decode(byte[] bytes, String where, float[] dst, int offset) {
    if (bytes.length == 0) {
      throw bad(where, "it is empty (0 bytes)");
    }
    BufferedImage img = read(bytes, where);
    int plane = height * width;
    int[] rgb = img.getRGB(0, 0, width, height, null, 0, width);
    for (int p = 0; p < plane; p++) {
      int v = rgb[p];
      dst[offset + p] = ((v >> 16) & 0xff) / 255f;
      dst[offset + plane + p] = ((v >> 8) & 0xff) / 255f;
      dst[offset + 2 * plane + p] = (v & 0xff) / 255f;
    }
  }

  private BufferedImage read(byte[] bytes, String where) {
    boolean isJpeg = bytes.length > 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xD8;
    warning = null;
    ImageReader reader = null;
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      if (isJpeg) {
        reader = jpeg;
      } else {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
          throw bad(where, String.format(Locale.ROOT,
              "it is not an image format javax.imageio reads (its %,d bytes start with %s, not the"
                  + " JPEG marker ff d8)", bytes.length, hex(bytes)));
        }
        reader = readers.next();
      }
      reader.setInput(in, true, true);
      int w = reader.getWidth(0);
      int h = reader.getHeight(0);
      if (h != height || w != width) {
        throw bad(where, "its header says " + w + "x" + h + " pixels, not " + width + "x" + height);
      }
      BufferedImage img = reader.read(0);
      if (warning != null) {
        throw bad(where, String.format(Locale.ROOT, "decoding its %,d bytes gave the warning '%s'"
            + " (cut short or damaged)", bytes.length, Excerpt.of(warning)));
      }
      return img;
    } catch (IOException | RuntimeException e) {
      if (e instanceof BadInputException b) {
        throw b;
      }
      String detail = warning != null ? warning : String.valueOf(e.getMessage());
      throw bad(where, String.format(Locale.ROOT, "its %,d bytes cannot be decoded (%s)",
          bytes.length, Excerpt.of(detail)));
    } finally {
      if (reader != null && reader != jpeg) {
        reader.dispose();
      }
    }
  }

  @Override
  public void close() {
    jpeg.dispose();
  }

  private static String hex(byte[] b) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < Math.min(4, b.length); i++) {
      s.append(i == 0 ? "" : " ").append(String.format("%02x", b[i] & 0xff));
    }
    return s.toString();
  }

  private static BadInputException bad(String where, String problem) {
    return new BadInputException(
        "image " + where + " is damaged: " + problem, "replace it with an intact copy");
  }
}
