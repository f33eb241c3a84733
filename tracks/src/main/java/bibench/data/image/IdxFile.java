package bibench.data.image;

import bibench.BadInputException;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reader of the IDX format of MNIST and Fashion-MNIST: a big-endian header (magic {@code
 * 0x00000803} for unsigned-byte images of 3 dimensions, {@code 0x00000801} for labels), the
 * dimension sizes, then the bytes. Plain or gzip-compressed (detected by the gzip magic, not the
 * name). Magic, dimensions and the exact number of bytes are checked: a short or over-long file
 * is an error naming it.
 */
public final class IdxFile {

  /** Magic number of an unsigned-byte, 3-dimensional IDX file (images). */
  public static final int IMAGES_MAGIC = 0x00000803;

  /** Magic number of an unsigned-byte, 1-dimensional IDX file (labels). */
  public static final int LABELS_MAGIC = 0x00000801;

  private IdxFile() {}

  /**
   * Images as raw bytes.
   *
   * @param count number of images
   * @param rows image height
   * @param cols image width
   * @param pixels {@code count * rows * cols} bytes, row-major, 0 = background
   */
  public record Images(int count, int rows, int cols, byte[] pixels) {}

  /** Reads an image file; {@code where} names it in messages. */
  public static Images readImages(InputStream raw, String where) {
    try (DataInputStream in = new DataInputStream(maybeGunzip(raw))) {
      int magic = readHeaderInt(in, where);
      if (magic != IMAGES_MAGIC) {
        throw bad(where, String.format(
            "magic number 0x%08X is not 0x%08X (unsigned-byte images, 3 dimensions)", magic,
            IMAGES_MAGIC));
      }
      int count = readHeaderInt(in, where);
      int rows = readHeaderInt(in, where);
      int cols = readHeaderInt(in, where);
      if (count < 0 || rows <= 0 || cols <= 0 || (long) count * rows * cols > Integer.MAX_VALUE) {
        throw bad(where, "impossible dimensions " + count + " x " + rows + " x " + cols);
      }
      byte[] pixels = readExactly(in, count * rows * cols, where,
          "header says " + count + " images of " + rows + "x" + cols);
      return new Images(count, rows, cols, pixels);
    } catch (IOException e) {
      throw bad(where, "it cannot be read (" + e.getMessage() + ")");
    }
  }

  /** Reads a label file, checking every label is below {@code classes}. */
  public static int[] readLabels(InputStream raw, String where, int classes) {
    try (DataInputStream in = new DataInputStream(maybeGunzip(raw))) {
      int magic = readHeaderInt(in, where);
      if (magic != LABELS_MAGIC) {
        throw bad(where, String.format(
            "magic number 0x%08X is not 0x%08X (unsigned-byte labels, 1 dimension)", magic,
            LABELS_MAGIC));
      }
      int count = readHeaderInt(in, where);
      if (count < 0) {
        throw bad(where, "impossible label count " + count);
      }
      byte[] bytes = readExactly(in, count, where, "header says " + count + " labels");
      int[] labels = new int[count];
      for (int i = 0; i < count; i++) {
        labels[i] = bytes[i] & 0xff;
        if (labels[i] >= classes) {
          throw bad(where, "label " + labels[i] + " of item " + i + " is not below " + classes);
        }
      }
      return labels;
    } catch (IOException e) {
      throw bad(where, "it cannot be read (" + e.getMessage() + ")");
    }
  }

  private static InputStream maybeGunzip(InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
    in.mark(2);
    int b0 = in.read();
    int b1 = in.read();
    in.reset();
    return b0 == 0x1f && b1 == 0x8b ? new BufferedInputStream(new GZIPInputStream(in), 1 << 16) : in;
  }

  private static int readHeaderInt(DataInputStream in, String where) throws IOException {
    try {
      return in.readInt();
    } catch (EOFException e) {
      throw bad(where, "the file ends inside its header (truncated or empty)");
    }
  }

  private static byte[] readExactly(DataInputStream in, int n, String where, String expected)
      throws IOException {
    byte[] data;
    try {
      data = in.readNBytes(n);
    } catch (EOFException | ZipException e) {
      throw bad(where, expected + " but the data is cut short (" + e.getMessage() + ")");
    }
    if (data.length < n) {
      throw bad(where, String.format(
          "%s (%,d bytes) but only %,d bytes follow (truncated)", expected, n, data.length));
    }
    int extra = 0;
    try {
      while (in.read() >= 0) {
        extra++;
      }
    } catch (EOFException | ZipException e) {
      throw bad(where, "its compressed data is damaged after the expected bytes");
    }
    if (extra > 0) {
      throw bad(where, String.format(
          "%s (%,d bytes) but %,d more bytes follow", expected, n, extra));
    }
    return data;
  }

  private static BadInputException bad(String where, String problem) {
    return new BadInputException(
        "IDX file " + where + " is damaged: " + problem,
        "replace it with an intact copy of the data set file");
  }
}
