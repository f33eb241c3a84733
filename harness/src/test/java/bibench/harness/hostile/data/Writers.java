package bibench.harness.hostile.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Writers of small data files for the hostile cases: IDX, gzip, ustar tar (with pax and GNU
 * long-name variants, and raw headers), WAV. Written from the format specifications,
 * independently of the readers under test (a copy of the tracks tests' {@code Fixtures}, so that
 * the harness tests need not carry the tracks test classes and their test plug-ins).
 */
public final class Writers {

  private Writers() {}

  /** An IDX file of unsigned-byte images. */
  public static byte[] idxImages(int count, int rows, int cols, byte[] pixels) {
    ByteBuffer b = ByteBuffer.allocate(16 + pixels.length).order(ByteOrder.BIG_ENDIAN);
    b.putInt(0x00000803).putInt(count).putInt(rows).putInt(cols).put(pixels);
    return b.array();
  }

  /** An IDX file of unsigned-byte labels. */
  public static byte[] idxLabels(byte[] labels) {
    ByteBuffer b = ByteBuffer.allocate(8 + labels.length).order(ByteOrder.BIG_ENDIAN);
    b.putInt(0x00000801).putInt(labels.length).put(labels);
    return b.array();
  }

  /** Gzip-compressed bytes (deterministic: Java writes a zero modification time). */
  public static byte[] gzip(byte[] raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out) {
          {
            def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
          }
        }) {
      gz.write(raw);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Writes bytes to {@code dir/rel}, creating folders. */
  public static Path write(Path dir, String rel, byte[] bytes) {
    try {
      Path p = dir.resolve(rel);
      Files.createDirectories(p.getParent());
      return Files.write(p, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes UTF-8 text to {@code dir/rel}. */
  public static Path write(Path dir, String rel, String text) {
    return write(dir, rel, text.getBytes(StandardCharsets.UTF_8));
  }

  /** A 16-bit PCM WAV of interleaved samples. */
  public static byte[] wav16(int rate, int channels, short[] interleaved) {
    ByteBuffer data = ByteBuffer.allocate(interleaved.length * 2).order(ByteOrder.LITTLE_ENDIAN);
    for (short s : interleaved) {
      data.putShort(s);
    }
    return wav(1, rate, channels, 16, data.array());
  }

  /** An 8-bit unsigned PCM WAV, mono. */
  public static byte[] wav8(int rate, byte[] unsignedSamples) {
    return wav(1, rate, 1, 8, unsignedSamples);
  }

  /** A 32-bit float WAV, mono. */
  public static byte[] wavFloat(int rate, float[] samples) {
    ByteBuffer data = ByteBuffer.allocate(samples.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (float s : samples) {
      data.putFloat(s);
    }
    return wav(3, rate, 1, 32, data.array());
  }

  /** A WAV with the given format tag, an extra LIST chunk before the data (as many tools add). */
  public static byte[] wav(int formatTag, int rate, int channels, int bits, byte[] data) {
    byte[] list = "LIST\u0004\0\0\0INFO".getBytes(StandardCharsets.ISO_8859_1);
    int blockAlign = channels * bits / 8;
    ByteBuffer b = ByteBuffer.allocate(12 + 24 + list.length + 8 + data.length + (data.length & 1))
        .order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(b.capacity() - 8)
        .put("WAVE".getBytes(StandardCharsets.US_ASCII));
    b.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) formatTag)
        .putShort((short) channels).putInt(rate).putInt(rate * blockAlign)
        .putShort((short) blockAlign).putShort((short) bits);
    b.put(list);
    b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
    return b.array();
  }

  /** A mono 16-bit sine clip. */
  public static short[] sine(double hz, int rate, int samples, double amplitude) {
    short[] s = new short[samples];
    for (int i = 0; i < samples; i++) {
      s[i] = (short) Math.round(amplitude * 32767 * Math.sin(2 * Math.PI * hz * i / rate));
    }
    return s;
  }

  /** Builds a tar archive block by block, as POSIX ustar specifies. */
  public static final class TarBuilder {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** Adds a regular file (name up to 100 bytes, or split into ustar prefix and name). */
    public TarBuilder file(String name, byte[] content) {
      String prefix = "";
      String base = name;
      if (name.length() > 100) {
        int slash = name.lastIndexOf('/', 155);
        prefix = name.substring(0, slash);
        base = name.substring(slash + 1);
      }
      header(base, prefix, content.length, '0');
      body(content);
      return this;
    }

    /** Adds a directory entry. */
    public TarBuilder directory(String name) {
      header(name.endsWith("/") ? name : name + "/", "", 0, '5');
      return this;
    }

    /** Adds a file whose name comes from a pax extended header (type 'x'). */
    public TarBuilder paxFile(String longName, byte[] content) {
      String rec = " path=" + longName + "\n";
      int len = rec.length();
      len = (len + String.valueOf(len + String.valueOf(len).length()).length());
      byte[] pax = (len + rec).getBytes(StandardCharsets.UTF_8);
      header("PaxHeaders/x", "", pax.length, 'x');
      body(pax);
      header("short-name-ignored", "", content.length, '0');
      body(content);
      return this;
    }

    /** Adds a pax global header (type 'g'), which readers skip. */
    public TarBuilder globalHeader(String comment) {
      String rec = " comment=" + comment + "\n";
      int len = rec.length() + 2;
      byte[] pax = (len + rec).getBytes(StandardCharsets.UTF_8);
      header("pax_global_header", "", pax.length, 'g');
      body(pax);
      return this;
    }

    /** Adds a file whose name comes from a GNU long-name entry (type 'L'). */
    public TarBuilder gnuLongNameFile(String longName, byte[] content) {
      byte[] name = (longName + "\0").getBytes(StandardCharsets.UTF_8);
      header("././@LongLink", "", name.length, 'L');
      body(name);
      header(longName.substring(0, 99), "", content.length, '0');
      body(content);
      return this;
    }

    /**
     * Adds a member whose header is edited before its checksum is computed (hostile archives: a
     * base-256 size, a device type, a name outside the folder), followed by {@code body} padded.
     */
    public TarBuilder custom(String name, char type, long size, byte[] body,
        java.util.function.Consumer<byte[]> edit) {
      header(name, "", size, type, edit);
      body(body);
      return this;
    }

    /** Adds a pax header with exactly the given record bytes, then a regular file. */
    public TarBuilder paxRecords(String records, String name, byte[] content) {
      byte[] pax = records.getBytes(StandardCharsets.UTF_8);
      header("PaxHeaders/x", "", pax.length, 'x');
      body(pax);
      header(name, "", content.length, '0');
      body(content);
      return this;
    }

    /** Raw bytes appended as they are. */
    public TarBuilder raw(byte[] bytes) {
      out.writeBytes(bytes);
      return this;
    }

    /** The archive without the end-of-archive blocks. */
    public byte[] buildWithoutEnd() {
      return out.toByteArray();
    }

    /** The archive with its two zero end blocks. */
    public byte[] build() {
      byte[] end = new byte[1024];
      out.writeBytes(end);
      return out.toByteArray();
    }

    private void header(String name, String prefix, long size, char type) {
      header(name, prefix, size, type, h -> { });
    }

    private void header(String name, String prefix, long size, char type,
        java.util.function.Consumer<byte[]> edit) {
      byte[] h = new byte[512];
      put(h, 0, name, 100);
      put(h, 100, "0000644", 8);
      put(h, 108, "0000000", 8);
      put(h, 116, "0000000", 8);
      put(h, 124, String.format("%011o", size), 12);
      put(h, 136, "00000000000", 12);
      h[156] = (byte) type;
      put(h, 257, "ustar", 6);
      put(h, 263, "00", 2);
      put(h, 345, prefix, 155);
      edit.accept(h);
      for (int i = 148; i < 156; i++) {
        h[i] = ' ';
      }
      int sum = 0;
      for (byte b : h) {
        sum += b & 0xff;
      }
      put(h, 148, String.format("%06o", sum), 7);
      h[155] = ' ';
      out.writeBytes(h);
    }

    private void body(byte[] content) {
      out.writeBytes(content);
      int pad = (512 - content.length % 512) % 512;
      out.writeBytes(new byte[pad]);
    }

    private static void put(byte[] h, int off, String s, int max) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      if (b.length > max) {
        throw new IllegalArgumentException("tar field too long: " + s);
      }
      System.arraycopy(b, 0, h, off, b.length);
    }
  }
}
