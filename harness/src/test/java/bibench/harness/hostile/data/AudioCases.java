package bibench.harness.hostile.data;

import bibench.data.audio.Decimator;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;

/**
 * Hostile WAV files among the FSDD recordings, and float samples that are NaN, infinite or so
 * large they overflow (issue 15, item 5: they must stop at load naming the file, not look like
 * training that diverged).
 */
final class AudioCases {

  private static final String WAV = "fsdd/recordings/3_eve_7.wav";
  private static final int FMT = 20;
  private static final int DATA = 48;

  private AudioCases() {}

  static List<HostileCase> all() {
    byte[] good = GoodSets.clip(3, 8000);
    return List.of(
        wav("wav-not-riff", "wav", "held", "an MP3 (ID3 header) named .wav", "not a RIFF/WAVE",
            GoodSets.utf8("ID3\u0004\u0000 this is an mp3 frame")),
        wav("wav-truncated-data", "wav", "held", "data chunk cut 1,000 bytes short",
            "declares 8,000 bytes but only 7,000 follow", Arrays.copyOf(good, good.length - 1000)),
        wav("wav-nan-samples", "samples", "issue", "32-bit float WAV whose samples are NaN",
            "NaN sample", Writers.wavFloat(8000, filled(4000, Float.NaN))),
        wav("wav-infinite-samples", "samples", "issue", "32-bit float WAV with +Infinity samples",
            "an infinite sample", Writers.wavFloat(8000, filled(4000, Float.POSITIVE_INFINITY))),
        wav("wav-one-nan-sample", "samples", "new", "float WAV with one NaN at frame 1,234",
            "frame 1,234", Writers.wavFloat(8000, oneNan(4000, 1234))),
        wav("wav-overflowing-samples", "samples", "new",
            "16 kHz float WAV of +-3.4e38 samples (finite, but overflow when resampled)",
            "log-mel features", Writers.wavFloat(16000, overflowing())),
        wav("wav-zero-channels", "wav", "new", "fmt chunk with 0 channels", "0 channel(s)",
            le(good, FMT + 2, 0, 2)),
        wav("wav-rate-4ghz", "wav", "new", "fmt chunk with a sample rate of 4,294,967,295 Hz",
            "4,294,967,295 Hz", le(good, FMT + 4, 0xFFFFFFFFL, 4)),
        wav("wav-block-align", "wav", "new", "block align 3 for 16-bit mono", "block align 3",
            le(good, FMT + 12, 3, 2)),
        wav("wav-chunk-4gb", "wav", "new", "a LIST chunk claiming 4 GB", "'LIST' chunk",
            le(good, 36 + 4, 0xFFFFFFF0L, 4)),
        wav("wav-partial-frame", "wav", "new", "16-bit data chunk of an odd 7,999 bytes",
            "not a whole number", le(Arrays.copyOf(good, good.length - 1), DATA + 4, 7999, 4)),
        wav("wav-no-samples", "wav", "new", "data chunk of 0 bytes", "no samples",
            le(Arrays.copyOf(good, DATA + 8), DATA + 4, 0, 4)),
        wav("wav-empty", "wav", "new", "an empty .wav", "is empty", new byte[0]),
        wav("wav-data-before-fmt", "wav", "new", "data chunk before the fmt chunk",
            "before any fmt chunk", dataFirst(good)));
  }

  private static HostileCase wav(String id, String kind, String origin, String input,
      String expected, byte[] bytes) {
    return new HostileCase(id, kind, origin, "fsdd", input, WAV, expected, dir -> {
      GoodSets.fsdd(dir);
      Writers.write(dir, WAV, bytes);
    });
  }

  private static float[] filled(int n, float v) {
    float[] x = new float[n];
    Arrays.fill(x, v);
    return x;
  }

  private static float[] oneNan(int n, int at) {
    float[] x = new float[n];
    for (int i = 0; i < n; i++) {
      x[i] = (float) (0.5 * Math.sin(i * 0.3));
    }
    x[at] = Float.NaN;
    return x;
  }

  /** Samples of +-Float.MAX_VALUE signed like the decimation filter, so one output overflows. */
  private static float[] overflowing() {
    double[] taps = new Decimator(2).taps();
    float[] x = new float[16000];
    int centre = 8000;
    for (int j = 0; j < taps.length; j++) {
      x[centre + j - taps.length / 2] = taps[j] >= 0 ? Float.MAX_VALUE : -Float.MAX_VALUE;
    }
    return x;
  }

  /** Little-endian {@code value} of {@code width} bytes written at {@code at} in a copy. */
  static byte[] le(byte[] b, int at, long value, int width) {
    byte[] c = b.clone();
    for (int i = 0; i < width; i++) {
      c[at + i] = (byte) (value >>> (8 * i));
    }
    return c;
  }

  /** The same WAV with its data chunk moved before its fmt chunk. */
  private static byte[] dataFirst(byte[] wav) {
    ByteBuffer out = ByteBuffer.allocate(wav.length).order(ByteOrder.LITTLE_ENDIAN);
    out.put(wav, 0, 12);
    out.put(wav, DATA, wav.length - DATA);
    out.put(wav, 12, DATA - 12);
    return out.array();
  }
}
