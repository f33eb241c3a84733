package bibench.data.corrupt;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * JPEG compression: encode the image as a baseline JPEG at a quality, decode it again; quality =
 * 80, 65, 58, 50, 40 for severities 1 to 5 (Hendrycks and Dietterich 2019, CIFAR-10-C parameters,
 * where Pillow's {@code save(..., 'JPEG', quality=q)} encodes).
 *
 * <p>Encoding uses {@code javax.imageio} with explicit compression quality {@code q / 100}, which
 * scales the standard IJG quantisation tables exactly as libjpeg's (and so Pillow's) quality
 * setting does, with 4:2:0 chroma subsampling for colour, Pillow's default as well. Values are
 * first rounded to 8 bits ({@code round(255 x)}), as in the reference, where the image is 8-bit.
 * Gray images are encoded as one-channel JPEGs ({@code TYPE_BYTE_GRAY}). Decoders differ in
 * rounding and chroma upsampling, so single pixels can differ from Pillow's by a level or two.
 */
final class JpegCompression extends TabulatedCorruption {
  JpegCompression() {
    super("jpeg_compression", true, false, List.of("quality"),
        new double[][] {{80}, {65}, {58}, {50}, {40}});
  }

  @Override
  ChwImage corrupt(ChwImage image, double[] p, CorruptionRandom rng) {
    byte[] jpeg = encode(toBuffered(image), (float) (p[0] / 100.0));
    return fromBuffered(decode(jpeg), image);
  }

  private static BufferedImage toBuffered(ChwImage image) {
    int h = image.height();
    int w = image.width();
    boolean gray = image.channels() == 1;
    BufferedImage out = new BufferedImage(w, h, gray ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR);
    WritableRaster raster = out.getRaster();
    for (int c = 0; c < image.channels(); c++) {
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          raster.setSample(x, y, c, toByte(image.get(c, y, x)));
        }
      }
    }
    return out;
  }

  private static ChwImage fromBuffered(BufferedImage decoded, ChwImage like) {
    int h = like.height();
    int w = like.width();
    float[] out = new float[like.data().length];
    int n = h * w;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        if (like.channels() == 1) {
          out[y * w + x] = decoded.getRaster().getSample(x, y, 0) / 255f;
        } else {
          int rgb = decoded.getRGB(x, y);
          out[y * w + x] = ((rgb >> 16) & 0xFF) / 255f;
          out[n + y * w + x] = ((rgb >> 8) & 0xFF) / 255f;
          out[2 * n + y * w + x] = (rgb & 0xFF) / 255f;
        }
      }
    }
    return like.withData(out);
  }

  static int toByte(float v) {
    float clipped = v > 1f ? 1f : (v >= 0f ? v : 0f);
    return Math.round(clipped * 255f);
  }

  private static byte[] encode(BufferedImage image, float quality) {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
    if (!writers.hasNext()) {
      throw new IllegalStateException("this JDK has no JPEG writer in javax.imageio");
    }
    ImageWriter writer = writers.next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(bytes)) {
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      writer.setOutput(stream);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException("JPEG encoding in memory failed", e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  private static BufferedImage decode(byte[] jpeg) {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
      if (image == null) {
        throw new IllegalStateException("javax.imageio could not read back its own JPEG");
      }
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException("JPEG decoding in memory failed", e);
    }
  }
}
