package bibench.data.io;

import bibench.BadInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * The table of data files BiBench-J knows, with their sizes and SHA-256 digests, so that a
 * damaged or truncated download fails with one clear message instead of a strange accuracy.
 *
 * <p>Keys are {@code <set folder>/<path inside it>}, for example {@code
 * fashion-mnist/train-images-idx3-ubyte.gz}: the same key matches the file in any data directory
 * (and in Debian's {@code /usr/share/datasets}). Container files (IDX, tar, TSV, CSV) carry the
 * full 64-hex-digit digest; the many small per-sample files (single WAVs and JPEGs) carry its
 * first 16 hex digits (64 bits), which keeps the table small and still catches any damage.
 *
 * <p>Only the files a loader actually reads are checked, each at most once per process and
 * table: small files are hashed from the bytes already read, large ones by one streaming pass
 * before they are parsed. Files that are not in the table (another release, a user's own copy)
 * are read unchecked; their format checks still apply.
 */
public final class KnownFiles {

  /** The resource holding the bundled table (gzip, lines {@code key<TAB>size<TAB>sha256}). */
  public static final String RESOURCE = "bibench/datasets/known-files.tsv.gz";

  private static volatile KnownFiles bundled;

  private final Map<String, Entry> entries;
  private final Set<String> verified = ConcurrentHashMap.newKeySet();

  /**
   * One known file.
   *
   * @param key {@code <set folder>/<relative path>}
   * @param size its exact size in bytes
   * @param sha256 its SHA-256 in lower-case hex, whole (64 digits) or a prefix of it
   */
  public record Entry(String key, long size, String sha256) {
    /** Whether a full hex digest matches this entry. */
    public boolean matches(String fullHex) {
      return fullHex.startsWith(sha256);
    }

    /** "26,421,856 bytes, SHA-256 3aede3..." for messages. */
    public String describe() {
      return String.format("%,d bytes, SHA-256 %s%s", size, sha256, sha256.length() < 64 ? "..." : "");
    }
  }

  /** A table of the given entries (tests build their own). */
  public static KnownFiles of(List<Entry> list) {
    Map<String, Entry> map = new LinkedHashMap<>();
    for (Entry e : list) {
      map.put(e.key(), e);
    }
    return new KnownFiles(map);
  }

  /** The table bundled with BiBench-J, read once from the classpath. */
  public static KnownFiles bundled() {
    KnownFiles table = bundled;
    if (table == null) {
      synchronized (KnownFiles.class) {
        if (bundled == null) {
          bundled = readBundled();
        }
        table = bundled;
      }
    }
    return table;
  }

  private KnownFiles(Map<String, Entry> entries) {
    this.entries = Map.copyOf(entries);
  }

  /** The entry for a key, if the file is known. */
  public Optional<Entry> lookup(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  /** Number of known files. */
  public int size() {
    return entries.size();
  }

  /** All entries (for reports and the integration test). */
  public List<Entry> entries() {
    return List.copyOf(entries.values());
  }

  /**
   * Checks content already read. Does nothing when the key is unknown.
   *
   * @param where the file's location, for the message
   * @param howToGet how to get an intact copy, for the message
   * @throws BadInputException when size or digest differ
   */
  public void checkBytes(String key, String where, byte[] content, String howToGet) {
    Entry e = entries.get(key);
    if (e == null || verified.contains(where)) {
      return;
    }
    String hex = sha256(content);
    if (content.length != e.size() || !e.matches(hex)) {
      throw damaged(e, where, content.length, hex, howToGet);
    }
    verified.add(where);
  }

  /**
   * Checks a file by one streaming pass, once per process. Does nothing when the key is unknown
   * or the file was checked before.
   *
   * @param content opens the file's bytes (called only when a check is due)
   */
  public void checkStream(String key, String where, StreamOpener content, String howToGet) {
    Entry e = entries.get(key);
    if (e == null || verified.contains(where)) {
      return;
    }
    MessageDigest md = digest();
    long size = 0;
    try (InputStream in = content.open()) {
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; size += n) {
        md.update(buf, 0, n);
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("reading " + where, ex);
    }
    String hex = HexFormat.of().formatHex(md.digest());
    if (size != e.size() || !e.matches(hex)) {
      throw damaged(e, where, size, hex, howToGet);
    }
    verified.add(where);
  }

  /** Opens a stream over a file's bytes. */
  @FunctionalInterface
  public interface StreamOpener {
    /** A fresh stream from the first byte. */
    InputStream open() throws IOException;
  }

  private static BadInputException damaged(Entry e, String where, long size, String hex, String howToGet) {
    return new BadInputException(
        String.format(
            "data file %s is damaged or a different version: it has %,d bytes, SHA-256 %s; expected %s",
            where, size, hex.substring(0, Math.min(hex.length(), Math.max(16, e.sha256().length()))),
            e.describe()),
        "replace it with an intact copy. " + howToGet);
  }

  /** SHA-256 of bytes, lower-case hex. */
  public static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  /** SHA-256 of a stream's remaining bytes, lower-case hex. */
  public static String sha256(InputStream in) throws IOException {
    MessageDigest md = digest();
    byte[] buf = new byte[1 << 16];
    for (int n; (n = in.read(buf)) > 0; ) {
      md.update(buf, 0, n);
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static KnownFiles readBundled() {
    InputStream raw = KnownFiles.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (raw == null) {
      throw new IllegalStateException("resource " + RESOURCE + " is missing from the build");
    }
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
      return new KnownFiles(parse(r.lines().toList()));
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + RESOURCE, e);
    }
  }

  /** Parses table lines {@code key<TAB>size<TAB>sha256}; '#' starts a comment line. */
  static Map<String, Entry> parse(List<String> lines) {
    Map<String, Entry> map = new LinkedHashMap<>();
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 3) {
        throw new IllegalStateException("bad line in " + RESOURCE + ": " + line);
      }
      map.put(f[0], new Entry(f[0], Long.parseLong(f[1]), f[2]));
    }
    return map;
  }
}
