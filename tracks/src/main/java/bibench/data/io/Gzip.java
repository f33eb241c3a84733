package bibench.data.io;

import bibench.BadInputException;
import bibench.Excerpt;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Gzip-compressed data files ({@code .gz}, {@code .tar.gz}) expanded in memory, with every
 * failure one message naming the file: not gzip at all, cut short (and after how many bytes of
 * output), damaged (and near which compressed byte), or expanding to more than the heap can hold
 * (a gzip of zeros expands about a thousandfold, so the expanded size is checked as it grows, not
 * trusted from the file's trailer).
 */
public final class Gzip {

  private static final int CHUNK = 1 << 16;

  private Gzip() {}

  /** Whether bytes start with the gzip magic number {@code 1f 8b}. */
  public static boolean isGzip(byte[] head) {
    return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
  }

  /**
   * The expanded bytes of a whole gzip file.
   *
   * @param where the file, for messages
   * @param fix what to do about a damaged file, for messages
   */
  public static byte[] gunzip(byte[] raw, String where, String fix) {
    return gunzip(raw, where, fix, Math.min(MemoryBudget.MAX_ARRAY,
        MemoryBudget.heapAvailable() / 2));
  }

  /** The same with an explicit limit on the expanded size (tests). */
  static byte[] gunzip(byte[] raw, String where, String fix, long limit) {
    if (raw.length == 0) {
      throw new BadInputException("gzip file " + where + " is empty (0 bytes)", fix);
    }
    if (!isGzip(raw)) {
      throw new BadInputException(String.format(Locale.ROOT,
          "file %s is not gzip-compressed: it starts with %s, not the gzip magic 1f 8b", where,
          hex(raw)), fix);
    }
    ByteArrayInputStream source = new ByteArrayInputStream(raw);
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(raw.length * 4, 1 << 24));
    try (InputStream in = new GZIPInputStream(source, CHUNK)) {
      byte[] buf = new byte[CHUNK];
      for (int n; (n = in.read(buf)) > 0; ) {
        if ((long) out.size() + n > limit) {
          throw new BadInputException(String.format(Locale.ROOT,
              "gzip file %s (%,d bytes) expands to more than %s, more than the Java heap can hold"
                  + " (%s left)", where, raw.length, MemoryBudget.bytes(out.size()),
              MemoryBudget.bytes(MemoryBudget.heapAvailable())),
              fix + "; or give Java more heap (-Xmx)");
        }
        out.write(buf, 0, n);
      }
    } catch (IOException e) {
      long at = raw.length - source.available();
      throw new BadInputException(problem(where, e, out.size(), at, raw.length), fix, e);
    }
    return out.toByteArray();
  }

  /**
   * The message for a failure while expanding: cut short or damaged, with positions.
   *
   * @param expanded bytes of output produced before the failure
   * @param compressedAt about where in the compressed file it failed (-1 when unknown)
   * @param compressedSize the compressed file's size (-1 when unknown)
   */
  public static String problem(String where, IOException e, long expanded, long compressedAt,
      long compressedSize) {
    String near = compressedAt >= 0
        ? String.format(Locale.ROOT, " near compressed byte %,d", compressedAt) : "";
    String size = compressedSize >= 0
        ? String.format(Locale.ROOT, " of %,d", compressedSize) : "";
    if (e instanceof EOFException) {
      return String.format(Locale.ROOT,
          "gzip file %s is cut short (truncated): its compressed data ends%s%s after %,d expanded"
              + " bytes, before the gzip trailer", where, near, size, expanded);
    }
    String kind = e instanceof ZipException ? "damaged" : "unreadable";
    return String.format(Locale.ROOT, "gzip file %s is %s%s%s after %,d expanded bytes (%s)",
        where, kind, near, size, expanded, Excerpt.of(String.valueOf(e.getMessage())));
  }

  private static String hex(byte[] b) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < Math.min(4, b.length); i++) {
      s.append(i == 0 ? "" : " ").append(String.format("%02x", b[i] & 0xff));
    }
    return s.toString();
  }
}
