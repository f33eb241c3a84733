package bibench.data.image;

import bibench.BadInputException;
import java.util.Locale;

/**
 * The official CIFAR-10 binary layout ({@code data_batch_1.bin} .. {@code data_batch_5.bin},
 * {@code test_batch.bin}): records of 3,073 bytes, a label byte 0..9 then 3,072 pixel bytes in
 * channel-major order (1,024 red, 1,024 green, 1,024 blue, each row-major 32x32). An official
 * file holds 10,000 records (30,730,000 bytes).
 */
public final class CifarBinary {

  /** Bytes per record: the label and 3 x 32 x 32 pixels. */
  public static final int RECORD = 1 + 3 * 32 * 32;

  private static final String FIX =
      "replace it with an intact file of the official binary version (cifar-10-binary.tar.gz)";

  private CifarBinary() {}

  /** Number of records in a file's bytes, checking the length; {@code where} names it. */
  public static int count(byte[] file, String where) {
    if (file.length == 0) {
      throw new BadInputException("CIFAR-10 binary file " + where + " is empty (0 bytes)", FIX);
    }
    if (file.length % RECORD != 0) {
      int whole = file.length / RECORD;
      throw new BadInputException(
          String.format(Locale.ROOT,
              "CIFAR-10 binary file %s has %,d bytes, not a whole number of %d-byte records"
                  + " (1 label byte + 3,072 pixel bytes; an official batch has 30,730,000):"
                  + " record %,d, from byte %,d, has only %,d bytes (truncated, or not a CIFAR-10"
                  + " batch)", where, file.length, RECORD, whole, (long) whole * RECORD,
              file.length % RECORD),
          FIX);
    }
    return file.length / RECORD;
  }

  /** The labels of all records, each checked to be below 10. */
  public static int[] labels(byte[] file, String where) {
    int n = count(file, where);
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      y[i] = file[i * RECORD] & 0xff;
      if (y[i] > 9) {
        throw new BadInputException(String.format(Locale.ROOT,
            "CIFAR-10 binary file %s: record %,d has label %d (byte %,d), not 0..9 (damaged, or"
                + " not a CIFAR-10 batch: CIFAR-100's have two label bytes)", where, i, y[i],
            (long) i * RECORD), FIX);
      }
    }
    return y;
  }

  /** Writes record {@code i}'s pixels, scaled to [0, 1], into {@code dst} at {@code offset}. */
  public static void pixels(byte[] file, int i, float[] dst, int offset) {
    int src = i * RECORD + 1;
    for (int j = 0; j < RECORD - 1; j++) {
      dst[offset + j] = (file[src + j] & 0xff) / 255f;
    }
  }
}
