package bibench.data.io;

import bibench.BadInputException;
import java.util.Locale;

/**
 * Checks an allocation against what this JVM can still give before it is made, so that a file
 * whose header claims a huge size (or a gzip that expands a thousandfold) stops with a message
 * naming it instead of an {@code OutOfMemoryError}. The limit is the heap still free plus what
 * it may still grow by ({@code -Xmx} minus what is in use), and never more than a Java array
 * can hold.
 */
public final class MemoryBudget {

  /** The largest byte array the JVM allocates. */
  public static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

  private MemoryBudget() {}

  /** Bytes the heap can still give: {@code maxMemory - (totalMemory - freeMemory)}. */
  public static long heapAvailable() {
    Runtime rt = Runtime.getRuntime();
    return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
  }

  /**
   * Fails unless {@code bytes} can be allocated as one array with room to spare.
   *
   * @param bytes what the allocation needs
   * @param what the thing being read, for the message ("data file /d/x.bin")
   * @param fix what the user can do, for the message
   * @throws BadInputException when it cannot
   */
  public static void require(long bytes, String what, String fix) {
    long available = heapAvailable();
    if (bytes > MAX_ARRAY) {
      throw new BadInputException(
          String.format(Locale.ROOT, "%s needs %s in one piece, more than a Java array holds (2 GiB)",
              what, bytes(bytes)), fix);
    }
    if (bytes > available) {
      throw new BadInputException(
          String.format(Locale.ROOT, "%s needs %s but the Java heap has %s left (-Xmx %s)", what,
              bytes(bytes), bytes(available), bytes(Runtime.getRuntime().maxMemory())),
          fix + "; or give Java more heap (-Xmx)");
    }
  }

  /**
   * A new float array of {@code count} values after checking that it can be held (a count that
   * overflows an int, or more than the heap has left, is an error naming {@code what}).
   *
   * @param what what the array holds, for the message ("the train split of fsdd (5,000 samples of
   *     1,024 values)")
   */
  public static float[] floats(long count, String what, String fix) {
    if (count > MAX_ARRAY) {
      throw new BadInputException(String.format(Locale.ROOT,
          "%s needs %,d values in one array, more than a Java array holds (%,d)", what, count,
          MAX_ARRAY), fix);
    }
    require(4 * count, what, fix);
    return new float[(int) count];
  }

  /** "1.5 GiB", "300 MiB", "12 KiB", "512 bytes". */
  public static String bytes(long n) {
    if (n < 1024) {
      return n + " bytes";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    double v = n;
    int u = -1;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return String.format(Locale.ROOT, v < 10 ? "%.1f %s" : "%.0f %s", v, units[u]);
  }
}
