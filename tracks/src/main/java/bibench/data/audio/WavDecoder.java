package bibench.data.audio;

import bibench.BadInputException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reader of RIFF/WAVE files holding uncompressed samples: PCM 8-bit (unsigned), 16-, 24- and
 * 32-bit (signed), and 32-bit IEEE float, including the WAVE_FORMAT_EXTENSIBLE header. Several
 * channels are averaged to mono. Samples come out as floats in [-1, 1] (float files may exceed
 * it a little; NaN and infinite samples are refused).
 *
 * <p>Anything else is an error naming the file and the byte: not RIFF/WAVE, a compressed format
 * such as ADPCM or MP3, a missing or truncated {@code fmt } or {@code data} chunk, a chunk that
 * claims more bytes than the file holds, an impossible header (no channels, a sample rate outside
 * 1 Hz to 384 kHz, a block size that does not match), a data chunk that is not a whole number of
 * frames or holds none, or a NaN or infinite float sample.
 */
public final class WavDecoder {

  /** The highest sample rate accepted (studio audio goes to 384 kHz). */
  public static final int MAX_RATE = 384_000;

  private static final int PCM = 1;
  private static final int IEEE_FLOAT = 3;
  private static final int EXTENSIBLE = 0xFFFE;

  private WavDecoder() {}

  /**
   * Decoded audio.
   *
   * @param sampleRate samples per second
   * @param samples mono samples in [-1, 1]
   */
  public record Audio(int sampleRate, float[] samples) {}

  /** The header fields of the {@code fmt } chunk. */
  private record Format(int tag, int channels, int rate, int blockAlign, int bits) {}

  /** Decodes a whole WAV file; {@code where} names it in messages. */
  public static Audio decode(byte[] b, String where) {
    if (b.length == 0) {
      throw bad(where, "it is empty (0 bytes)");
    }
    if (b.length < 12 || !ascii(b, 0).equals("RIFF") || !ascii(b, 8).equals("WAVE")) {
      throw bad(where, "it is not a RIFF/WAVE file (no 'RIFF....WAVE' header in its first 12"
          + " bytes)");
    }
    Format format = null;
    int pos = 12;
    while (pos + 8 <= b.length) {
      String id = ascii(b, pos);
      long size = u32(b, pos + 4);
      int body = pos + 8;
      if (body + size > b.length) {
        throw bad(where, String.format(Locale.ROOT,
            "its '%s' chunk at byte %,d declares %,d bytes but only %,d follow (truncated)",
            printable(id), pos, size, b.length - body));
      }
      if (id.equals("fmt ")) {
        format = format(b, pos, (int) size, where);
      } else if (id.equals("data")) {
        if (format == null) {
          throw bad(where, String.format(Locale.ROOT,
              "its data chunk at byte %,d comes before any fmt chunk", pos));
        }
        return new Audio(format.rate(), samples(b, body, (int) size, format, where));
      }
      pos = (int) (body + size + (size & 1));
    }
    if (pos < b.length) {
      throw bad(where, String.format(Locale.ROOT,
          "it ends inside a chunk header at byte %,d (truncated)", pos));
    }
    throw bad(where, format == null ? "it has no fmt chunk" : "it has no data chunk");
  }

  private static Format format(byte[] b, int pos, int size, String where) {
    int body = pos + 8;
    if (size < 16) {
      throw bad(where, String.format(Locale.ROOT,
          "its fmt chunk at byte %,d has %d bytes, fewer than the 16 it needs", pos, size));
    }
    int tag = u16(b, body);
    if (tag == EXTENSIBLE) {
      if (size < 40) {
        throw bad(where, String.format(Locale.ROOT,
            "its extensible fmt chunk at byte %,d has %d bytes, fewer than 40", pos, size));
      }
      tag = u16(b, body + 24);
    }
    Format f = new Format(tag, u16(b, body + 2), (int) Math.min(u32(b, body + 4),
        Integer.MAX_VALUE), u16(b, body + 12), u16(b, body + 14));
    boolean pcm = tag == PCM && (f.bits() == 8 || f.bits() == 16 || f.bits() == 24 || f.bits() == 32);
    boolean flt = tag == IEEE_FLOAT && f.bits() == 32;
    if (!pcm && !flt) {
      throw bad(where, "its sample format is not supported (format tag " + tag + ", " + f.bits()
          + " bits; supported: PCM 8/16/24/32-bit and 32-bit float)");
    }
    if (f.channels() < 1 || f.rate() < 1 || f.rate() > MAX_RATE
        || f.blockAlign() != f.channels() * (f.bits() / 8)) {
      throw bad(where, String.format(Locale.ROOT,
          "its fmt chunk at byte %,d is impossible (%d channel(s), %,d Hz, block align %d, %d bits;"
              + " needs at least 1 channel, 1 Hz to %,d Hz, block align = channels x bytes per"
              + " sample)", pos, f.channels(), u32(b, body + 4), f.blockAlign(), f.bits(),
          MAX_RATE));
    }
    return f;
  }

  private static float[] samples(byte[] b, int off, int size, Format f, String where) {
    int frameBytes = f.blockAlign();
    if (size == 0 || size % frameBytes != 0) {
      throw bad(where, String.format(Locale.ROOT,
          "its data chunk at byte %,d has %,d bytes, %s of %d-byte frames (%d channel(s) x %d"
              + " bits)", off - 8, size, size == 0 ? "no samples instead" : "not a whole number",
          frameBytes, f.channels(), f.bits()));
    }
    boolean flt = f.tag() == IEEE_FLOAT;
    int bytes = f.bits() / 8;
    int frames = size / frameBytes;
    float[] out = new float[frames];
    for (int fr = 0; fr < frames; fr++) {
      double sum = 0;
      for (int c = 0; c < f.channels(); c++) {
        int p = off + fr * frameBytes + c * bytes;
        double v = sample(b, p, f.bits(), flt);
        if (!Double.isFinite(v)) {
          throw new BadInputException(String.format(Locale.ROOT,
              "WAV file %s holds a%s sample: frame %,d, channel %d, byte %,d", where,
              Double.isNaN(v) ? " NaN" : "n infinite", fr, c, p),
              "replace it with an intact recording (float samples must be finite, in [-1, 1])");
        }
        sum += v;
      }
      out[fr] = (float) (sum / f.channels());
    }
    return out;
  }

  private static double sample(byte[] b, int p, int bits, boolean flt) {
    if (flt) {
      return Float.intBitsToFloat((int) u32(b, p));
    }
    return switch (bits) {
      case 8 -> ((b[p] & 0xff) - 128) / 128.0;
      case 16 -> ((short) u16(b, p)) / 32768.0;
      case 24 -> (((b[p] & 0xff) | (b[p + 1] & 0xff) << 8 | b[p + 2] << 16)) / 8388608.0;
      default -> ((int) u32(b, p)) / 2147483648.0;
    };
  }

  private static String ascii(byte[] b, int p) {
    return new String(b, p, 4, StandardCharsets.ISO_8859_1);
  }

  private static String printable(String id) {
    StringBuilder s = new StringBuilder();
    for (char c : id.toCharArray()) {
      s.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\x%02x", (int) c));
    }
    return s.toString();
  }

  private static int u16(byte[] b, int p) {
    return (b[p] & 0xff) | (b[p + 1] & 0xff) << 8;
  }

  private static long u32(byte[] b, int p) {
    return (u16(b, p) | (long) u16(b, p + 2) << 16) & 0xffffffffL;
  }

  private static BadInputException bad(String where, String problem) {
    return new BadInputException(
        "WAV file " + where + " cannot be read: " + problem,
        "give 8-48 kHz RIFF/WAVE files with PCM or float samples (for example 16-bit mono)");
  }
}
