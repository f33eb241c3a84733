package bibench.data;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * A fingerprint of the samples a model is trained and scored on: SHA-256 over the task id, metric,
 * classes, vocabulary and every value and label of both splits. Two loads of the same files with
 * the same limits give the same fingerprint; another data directory, a different subset or a
 * changed decoder gives another. A split's hash is computed once per loaded array.
 */
public final class DataFingerprint {
  private static final Map<float[], String> SPLITS = Collections.synchronizedMap(new WeakHashMap<>());

  private DataFingerprint() {}

  /** The fingerprint of {@code data}, 32 hex digits. */
  public static String of(TaskData data) {
    MessageDigest digest = sha256();
    String header = String.join("|", data.id(), data.metric().name(), String.valueOf(data.classes()),
        String.valueOf(data.vocabularySize()));
    digest.update(header.getBytes(StandardCharsets.UTF_8));
    digest.update(of(data.train()).getBytes(StandardCharsets.UTF_8));
    digest.update(of(data.test()).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
  }

  /** The fingerprint of one split's values, labels and sample shape. */
  public static String of(Split split) {
    return SPLITS.computeIfAbsent(split.features(), k -> hash(split));
  }

  private static String hash(Split split) {
    MessageDigest digest = sha256();
    ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
    for (int d : split.sampleShape()) {
      buffer.putInt(d);
    }
    float[] values = split.features();
    for (float v : values) {
      if (buffer.remaining() < Float.BYTES) {
        flush(digest, buffer);
      }
      buffer.putFloat(v);
    }
    for (int label : split.labels()) {
      if (buffer.remaining() < Integer.BYTES) {
        flush(digest, buffer);
      }
      buffer.putInt(label);
    }
    flush(digest, buffer);
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void flush(MessageDigest digest, ByteBuffer buffer) {
    buffer.flip();
    digest.update(buffer);
    buffer.clear();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
