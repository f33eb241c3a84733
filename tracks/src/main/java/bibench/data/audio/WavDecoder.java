package bibench.data.audio;

import bibench.BadInputException;
import java.nio.charset.StandardCharsets;

/**
 * Reader of RIFF/WAVE files holding uncompressed samples: PCM 8-bit (unsigned), 16-, 24- and
 * 32-bit (signed), and 32-bit IEEE float, including the WAVE_FORMAT_EXTENSIBLE header. Several
 * channels are averaged to mono. Samples come out as floats in [-1, 1].
 *
 * <p>Anything else (not RIFF/WAVE, a compressed format such as ADPCM or MP3, a missing or
 * truncated {@code fmt } or {@code data} chunk) is an error naming the file.
 */
public final class WavDecoder {

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

  /** Decodes a whole WAV file; {@code where} names it in messages. */
  public static Audio decode(byte[] b, String where) {
    if (b.length < 12 || !ascii(b, 0).equals("RIFF") || !ascii(b, 8).equals("WAVE")) {
      throw bad(where, "it is not a RIFF/WAVE file (no 'RIFF....WAVE' header)");
    }
    int format = -1;
    int channels = 0;
    int rate = 0;
    int bits = 0;
    int blockAlign = 0;
    int pos = 12;
    while (pos + 8 <= b.length) {
      String id = ascii(b, pos);
      long size = u32(b, pos + 4);
      int body = pos + 8;
      if (id.equals("fmt ")) {
        if (size < 16 || body + size > b.length) {
          throw bad(where, "its fmt chunk is shorter than 16 bytes or truncated");
        }
        format = u16(b, body);
        channels = u16(b, body + 2);
        rate = (int) u32(b, body + 4);
        blockAlign = u16(b, body + 12);
        bits = u16(b, body + 14);
        if (format == EXTENSIBLE) {
          if (size < 40) {
            throw bad(where, "its extensible fmt chunk is shorter than 40 bytes");
          }
          format = u16(b, body + 24);
        }
      } else if (id.equals("data")) {
        if (format < 0) {
          throw bad(where, "its data chunk comes before any fmt chunk");
        }
        if (body + size > b.length) {
          throw bad(where, String.format(
              "its data chunk declares %,d bytes but only %,d follow (truncated)", size,
              b.length - body));
        }
        return new Audio(rate, samples(b, body, (int) size, format, channels, bits, blockAlign,
            rate, where));
      }
      long next = body + size + (size & 1);
      if (next > b.length) {
        break;
      }
      pos = (int) next;
    }
    throw bad(where, format < 0 ? "it has no fmt chunk" : "it has no data chunk");
  }

  private static float[] samples(byte[] b, int off, int size, int format, int channels, int bits,
      int blockAlign, int rate, String where) {
    boolean pcm = format == PCM && (bits == 8 || bits == 16 || bits == 24 || bits == 32);
    boolean flt = format == IEEE_FLOAT && bits == 32;
    if (!pcm && !flt) {
      throw bad(where, "its sample format is not supported (format tag " + format + ", " + bits
          + " bits; supported: PCM 8/16/24/32-bit and 32-bit float)");
    }
    int bytes = bits / 8;
    if (channels < 1 || rate <= 0 || blockAlign != channels * bytes) {
      throw bad(where, "its fmt chunk is inconsistent (" + channels + " channels, " + rate
          + " Hz, block align " + blockAlign + ", " + bits + " bits)");
    }
    int frames = size / blockAlign;
    float[] out = new float[frames];
    for (int f = 0; f < frames; f++) {
      double sum = 0;
      for (int c = 0; c < channels; c++) {
        sum += sample(b, off + f * blockAlign + c * bytes, bits, flt);
      }
      out[f] = (float) (sum / channels);
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
    return new String(b, p, 4, StandardCharsets.US_ASCII);
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
