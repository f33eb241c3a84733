package bibench.data.image;

import bibench.BadInputException;
import bibench.data.io.Gzip;
import bibench.data.io.IoReasons;
import bibench.data.io.MemoryBudget;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Reader of the IDX format of MNIST and Fashion-MNIST: a big-endian header (magic {@code
 * 0x00000803} for unsigned-byte images of 3 dimensions, {@code 0x00000801} for labels), the
 * dimension sizes, then the bytes. Plain or gzip-compressed (detected by the gzip magic, not the
 * name). Magic, dimensions and the exact number of bytes are checked before anything is trusted:
 * the header's counts are never used to allocate more than the bytes actually present (the data
 * is read incrementally), and a short, over-long or damaged file is an error naming it and the
 * byte where it went wrong.
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

  /** Reads an image file of any image size; {@code where} names it in messages. */
  public static Images readImages(InputStream raw, String where) {
    return readImages(raw, where, 0, 0);
  }

  /**
   * Reads an image file whose images must be {@code rows x cols} (0 = any), checked from the
   * header before the pixels are read.
   */
  public static Images readImages(InputStream raw, String where, int rows, int cols) {
    try (Reader r = new Reader(raw, where)) {
      return images(r, where, rows, cols);
    }
  }

  private static Images images(Reader r, String where, int rows, int cols) {
    int magic = r.headerInt();
    if (magic != IMAGES_MAGIC) {
      throw r.bad(String.format(Locale.ROOT,
          "magic number 0x%08X at byte 0 is not 0x%08X (unsigned-byte images, 3 dimensions)",
          magic, IMAGES_MAGIC));
    }
    int count = r.headerInt();
    int h = r.headerInt();
    int w = r.headerInt();
    if (count < 0 || h <= 0 || w <= 0 || (long) count * h * w > Integer.MAX_VALUE) {
      throw r.bad("impossible dimensions " + count + " x " + h + " x " + w + " in its header");
    }
    if ((rows > 0 && h != rows) || (cols > 0 && w != cols)) {
      throw new BadInputException(
          "IDX file " + where + " holds " + h + "x" + w + " images (header, bytes 8-15), not "
              + rows + "x" + cols,
          "use the data set's own files (" + rows + "x" + cols + " gray images)");
    }
    byte[] pixels = r.exactly(count * h * w, "header says " + count + " images of " + h + "x" + w);
    return new Images(count, h, w, pixels);
  }

  /** Reads a label file, checking every label is below {@code classes}. */
  public static int[] readLabels(InputStream raw, String where, int classes) {
    try (Reader r = new Reader(raw, where)) {
      return labels(r, classes);
    }
  }

  private static int[] labels(Reader r, int classes) {
    int magic = r.headerInt();
    if (magic != LABELS_MAGIC) {
      throw r.bad(String.format(Locale.ROOT,
          "magic number 0x%08X at byte 0 is not 0x%08X (unsigned-byte labels, 1 dimension)",
          magic, LABELS_MAGIC));
    }
    int count = r.headerInt();
    if (count < 0) {
      throw r.bad("impossible label count " + count + " in its header");
    }
    byte[] bytes = r.exactly(count, "header says " + count + " labels");
    int[] labels = new int[count];
    for (int i = 0; i < count; i++) {
      labels[i] = bytes[i] & 0xff;
      if (labels[i] >= classes) {
        throw r.bad(String.format(Locale.ROOT, "label %d of item %d (byte %,d) is not below %d",
            labels[i], i, 8 + i, classes));
      }
    }
    return labels;
  }

  /** Reads the header and data of one file, counting bytes for messages. */
  private static final class Reader implements AutoCloseable {
    private final String where;
    private final Counting counted;
    private final DataInputStream in;
    private boolean gzip;

    Reader(InputStream raw, String where) {
      this.where = where;
      BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16);
      try {
        buffered.mark(2);
        byte[] head = buffered.readNBytes(2);
        buffered.reset();
        gzip = Gzip.isGzip(head);
        InputStream data = gzip ? new GZIPInputStream(buffered, 1 << 16) : buffered;
        this.counted = new Counting(new BufferedInputStream(data, 1 << 16));
      } catch (IOException e) {
        throw damaged(e, 0);
      }
      this.in = new DataInputStream(counted);
    }

    @Override
    public void close() {
      try {
        in.close();
      } catch (IOException e) {
        // nothing was written; a failing close loses nothing
      }
    }

    int headerInt() {
      long at = counted.count;
      try {
        return in.readInt();
      } catch (EOFException e) {
        throw bad(at == 0 && counted.count == 0 ? "it is empty (0 bytes" + (gzip ? " expanded" : "")
            + "), without even the 4-byte header" : String.format(Locale.ROOT, "it ends inside its header, at byte %,d (truncated)",
            counted.count));
      } catch (IOException e) {
        throw damaged(e, counted.count);
      }
    }

    byte[] exactly(int n, String expected) {
      MemoryBudget.require(n, "IDX file " + where + " (" + expected + ")",
          "replace it with an intact copy of the data set file");
      byte[] data;
      try {
        data = in.readNBytes(n);
      } catch (IOException e) {
        throw damaged(e, counted.count);
      }
      if (data.length < n) {
        throw bad(String.format(Locale.ROOT,
            "%s (%,d bytes) but only %,d bytes follow: the file ends at byte %,d (truncated)",
            expected, n, data.length, counted.count));
      }
      long extra;
      try {
        extra = in.transferTo(OutputSink.INSTANCE);
      } catch (IOException e) {
        throw damaged(e, counted.count);
      }
      if (extra > 0) {
        throw bad(String.format(Locale.ROOT, "%s (%,d bytes) but %,d more bytes follow", expected,
            n, extra));
      }
      return data;
    }

    BadInputException bad(String problem) {
      return new BadInputException("IDX file " + where + " is damaged: " + problem,
          "replace it with an intact copy of the data set file");
    }

    private BadInputException damaged(IOException e, long expanded) {
      String problem = gzip ? Gzip.problem(where, e, expanded, -1, -1)
          : "IDX file " + where + " cannot be read at byte " + expanded + ": " + IoReasons.of(e);
      return new BadInputException(problem, "replace it with an intact copy of the data set file", e);
    }
  }

  /** Counts the bytes read through it (the expanded bytes for gzip files). */
  private static final class Counting extends FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count += b >= 0 ? 1 : 0;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      count += Math.max(0, n);
      return n;
    }
  }

  /** Discards what is written to it (counting the bytes past the expected end). */
  private static final class OutputSink extends java.io.OutputStream {
    static final OutputSink INSTANCE = new OutputSink();

    @Override
    public void write(int b) {
      // discard
    }

    @Override
    public void write(byte[] b, int off, int len) {
      // discard
    }
  }
}
