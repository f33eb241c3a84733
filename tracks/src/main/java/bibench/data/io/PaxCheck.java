package bibench.data.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.util.Locale;
import org.apache.commons.compress.archivers.tar.TarUtils;

/**
 * Strict reading of the pax extended headers (types {@code x} and {@code g}) that precede a tar
 * member: every record must be {@code "<length> <key>=<value>\n"} with a decimal length that counts
 * the whole record, exactly. Commons Compress forgives some malformed records (a length of 1 is
 * taken as "delete this key"); a data set's archive with such a record is damaged, and is said to
 * be, with the byte where the record starts.
 */
final class PaxCheck {

  private static final int BLOCK = 512;

  private PaxCheck() {}

  /**
   * Checks the extension headers between {@code from} (where the previous member's data ended)
   * and {@code header} (the member's own header).
   *
   * @return a problem, or {@code null} when every record is well formed
   */
  static String between(SeekableByteChannel ch, long from, long header) throws IOException {
    long p = from;
    while (p + BLOCK <= header) {
      byte[] h = read(ch, p, BLOCK);
      long size;
      try {
        size = TarUtils.parseOctalOrBinary(h, 124, 12);
      } catch (RuntimeException e) {
        return String.format(Locale.ROOT, "the header at byte %,d has no valid size", p);
      }
      if (size < 0 || p + BLOCK + size > header) {
        return String.format(Locale.ROOT,
            "the extension header at byte %,d claims %,d bytes, more than lie before the next"
                + " header", p, size);
      }
      char type = (char) h[156];
      if (type == 'x' || type == 'g') {
        String problem = records(read(ch, p + BLOCK, (int) size), p + BLOCK);
        if (problem != null) {
          return problem;
        }
      }
      p += BLOCK + (size + BLOCK - 1) / BLOCK * BLOCK;
    }
    return null;
  }

  /** The first malformed record of a pax header's data, or {@code null}. */
  static String records(byte[] d, long at) {
    int i = 0;
    while (i < d.length) {
      if (d[i] == 0 && allZero(d, i)) {
        return null;
      }
      int j = i;
      long len = 0;
      while (j < d.length && j - i < 19 && d[j] >= '0' && d[j] <= '9') {
        len = len * 10 + (d[j++] - '0');
      }
      if (j == i || j >= d.length || d[j] != ' ') {
        return String.format(Locale.ROOT,
            "the pax record at byte %,d does not start with a decimal length and a space", at + i);
      }
      int minimum = j - i + 1 + 3;
      if (len < minimum || i + len > d.length) {
        return String.format(Locale.ROOT,
            "the pax record at byte %,d declares a length of %,d, but a record of that header must"
                + " be %,d to %,d bytes long", at + i, len, minimum, d.length - i);
      }
      int end = (int) (i + len - 1);
      if (d[end] != '\n') {
        return String.format(Locale.ROOT,
            "the pax record at byte %,d declares a length of %,d that does not end at a newline",
            at + i, len);
      }
      int eq = j + 1;
      while (eq < end && d[eq] != '=') {
        eq++;
      }
      if (eq == j + 1 || eq >= end) {
        return String.format(Locale.ROOT, "the pax record at byte %,d has no 'key=value'", at + i);
      }
      i = end + 1;
    }
    return null;
  }

  private static boolean allZero(byte[] d, int from) {
    for (int k = from; k < d.length; k++) {
      if (d[k] != 0) {
        return false;
      }
    }
    return true;
  }

  private static byte[] read(SeekableByteChannel ch, long pos, int n) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(n);
    ch.position(pos);
    while (b.hasRemaining() && ch.read(b) > 0) {
      // fill
    }
    return b.array();
  }
}
