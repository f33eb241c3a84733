package bibench.data.image.lazy;

import bibench.BadInputException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes a JPEG or PNG of any size with {@code javax.imageio}, in memory, skipping rows and
 * columns (source subsampling) when the image is at least twice the size the sample needs, which
 * makes large photographs several times cheaper to decode. Safe to call from several threads
 * (one reader per call).
 *
 * <p>{@code bibench.data.image.JpegDecoder} decodes images of one fixed size only; this is the
 * variable-size counterpart the lazy image folders need.
 */
final class ImageDecoding {
  private ImageDecoding() {}

  /**
   * The image in {@code bytes}, subsampled by up to {@code shorter / minShorter} in each direction.
   *
   * @throws BadInputException naming {@code where} when it cannot be decoded
   */
  static BufferedImage read(byte[] bytes, String where, int minShorter) {
    Iterator<ImageReader> readers;
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw bad(where, "it is not a JPEG or PNG file");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int shorter = Math.min(reader.getWidth(0), reader.getHeight(0));
        int step = Math.max(1, shorter / (2 * minShorter));
        ImageReadParam param = reader.getDefaultReadParam();
        if (step > 1) {
          param.setSourceSubsampling(step, step, 0, 0);
        }
        BufferedImage image = reader.read(0, param);
        if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
          throw bad(where, "it holds no image");
        }
        return image;
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof BadInputException b) {
        throw b;
      }
      throw bad(where, "it cannot be decoded (" + e.getMessage() + ")");
    }
  }

  private static BadInputException bad(String where, String problem) {
    return new BadInputException("image " + where + " is damaged: " + problem,
        "replace it with an intact RGB or gray JPEG or PNG (CMYK JPEGs: convert them to sRGB first)");
  }
}
