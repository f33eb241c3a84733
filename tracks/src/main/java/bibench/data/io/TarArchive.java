package bibench.data.io;

import bibench.BadInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * A tar archive (POSIX ustar, with pax and GNU long-name headers understood) indexed once, so
 * that chosen members can be read without unpacking the rest. Data sets with thousands of small
 * files (CIFAR-10 JPEGs, spoken-digit WAVs) are kept as one tar to save inodes and bytes.
 *
 * <p>A plain tar on disk is read in place by positional reads; a gzip-compressed tar ({@code
 * .tar.gz}) or a tar among classpath resources is read into memory first. Only regular files are
 * indexed; directories, links and global pax headers are skipped.
 */
public final class TarArchive {

  private static final int BLOCK = 512;

  /**
   * One regular file in the archive.
   *
   * @param name its path inside the archive, without a leading "./"
   * @param offset where its bytes start
   * @param size how many bytes it has
   */
  public record Entry(String name, long offset, long size) {}

  private final String where;
  private final Path file;
  private final byte[] bytes;
  private final List<Entry> entries;

  private TarArchive(String where, Path file, byte[] bytes) {
    this.where = where;
    this.file = file;
    this.bytes = bytes;
    this.entries = index();
  }

  /** Opens a tar in a data set's folder, checked against the known-file table first. */
  public static TarArchive open(DataFolder folder, String rel) {
    boolean gzip = rel.endsWith(".gz") || rel.endsWith(".tgz");
    if (!gzip && folder.path(rel).isPresent()) {
      folder.verify(rel);
      return new TarArchive(folder.describe(rel), folder.path(rel).get(), null);
    }
    byte[] raw = folder.readAllBytes(rel);
    return ofBytes(folder.describe(rel), gzip ? gunzip(raw, folder.describe(rel)) : raw);
  }

  /** A tar held in memory. */
  public static TarArchive ofBytes(String where, byte[] tar) {
    return new TarArchive(where, null, tar);
  }

  /** A plain tar file on disk, read in place. */
  public static TarArchive ofFile(Path tar) {
    return new TarArchive(tar.toString(), tar, null);
  }

  /** The regular files, in archive order. */
  public List<Entry> entries() {
    return entries;
  }

  /** Where the archive is, for messages. */
  public String where() {
    return where;
  }

  /** The bytes of the given members, in the given order. */
  public List<byte[]> read(List<Entry> wanted) {
    List<byte[]> out = new ArrayList<>(wanted.size());
    if (bytes != null) {
      for (Entry e : wanted) {
        byte[] b = new byte[Math.toIntExact(e.size())];
        System.arraycopy(bytes, Math.toIntExact(e.offset()), b, 0, b.length);
        out.add(b);
      }
      return out;
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      for (Entry e : wanted) {
        out.add(readFully(ch, e.offset(), Math.toIntExact(e.size())));
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("reading " + where, ex);
    }
    return out;
  }

  private List<Entry> index() {
    List<Entry> found = new ArrayList<>();
    try (FileChannel ch = file == null ? null : FileChannel.open(file, StandardOpenOption.READ)) {
      long length = file == null ? bytes.length : ch.size();
      long pos = 0;
      String longName = null;
      long paxSize = -1;
      while (pos + BLOCK <= length) {
        byte[] h = block(ch, pos);
        if (isZero(h)) {
          return found;
        }
        checkHeader(h, pos);
        long size = paxSize >= 0 ? paxSize : parseSize(h, pos);
        long data = pos + BLOCK;
        if (data + size > length) {
          throw damaged("member at byte " + pos + " needs " + size + " bytes but the file ends first"
              + " (truncated)");
        }
        char type = (char) h[156];
        switch (type) {
          case 'x' -> {
            String[] pax = parsePax(slice(ch, data, size));
            longName = pax[0] != null ? pax[0] : longName;
            paxSize = pax[1] != null ? Long.parseLong(pax[1]) : -1;
          }
          case 'L' -> longName = cString(slice(ch, data, size), 0, (int) size);
          case 'g', 'K' -> { }
          default -> {
            if (type == '0' || type == '\0' || type == '7') {
              String name = longName != null ? longName : ustarName(h);
              while (name.startsWith("./")) {
                name = name.substring(2);
              }
              found.add(new Entry(name, data, size));
            }
            longName = null;
            paxSize = -1;
          }
        }
        pos = data + (size + BLOCK - 1) / BLOCK * BLOCK;
      }
      if (pos != length) {
        throw damaged("it ends inside a header at byte " + pos + " (truncated)");
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + where, e);
    }
  }

  private byte[] block(FileChannel ch, long pos) throws IOException {
    return slice(ch, pos, BLOCK);
  }

  private byte[] slice(FileChannel ch, long pos, long size) throws IOException {
    int n = Math.toIntExact(size);
    if (ch == null) {
      byte[] b = new byte[n];
      System.arraycopy(bytes, Math.toIntExact(pos), b, 0, n);
      return b;
    }
    return readFully(ch, pos, n);
  }

  private static byte[] readFully(FileChannel ch, long pos, int n) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(n);
    while (buf.hasRemaining()) {
      if (ch.read(buf, pos + buf.position()) < 0) {
        throw new IOException("unexpected end of file at byte " + (pos + buf.position()));
      }
    }
    return buf.array();
  }

  private void checkHeader(byte[] h, long pos) {
    long stored;
    try {
      stored = parseOctal(h, 148, 8);
    } catch (NumberFormatException e) {
      throw damaged("the header at byte " + pos + " has no valid checksum (not a tar file?)");
    }
    long unsigned = 0;
    long signed = 0;
    for (int i = 0; i < BLOCK; i++) {
      int b = (i >= 148 && i < 156) ? ' ' : h[i];
      unsigned += b & 0xff;
      signed += b;
    }
    if (stored != unsigned && stored != signed) {
      throw damaged("the header at byte " + pos + " fails its checksum (not a tar file, or damaged)");
    }
  }

  private long parseSize(byte[] h, long pos) {
    if ((h[124] & 0x80) != 0) {
      long v = 0;
      for (int i = 125; i < 136; i++) {
        v = (v << 8) | (h[i] & 0xff);
      }
      return v;
    }
    try {
      return parseOctal(h, 124, 12);
    } catch (NumberFormatException e) {
      throw damaged("the header at byte " + pos + " has no valid size");
    }
  }

  private static long parseOctal(byte[] h, int off, int len) {
    String s = new String(h, off, len, StandardCharsets.US_ASCII).replace('\0', ' ').trim();
    return Long.parseLong(s, 8);
  }

  private static String ustarName(byte[] h) {
    String name = cString(h, 0, 100);
    boolean ustar = new String(h, 257, 5, StandardCharsets.US_ASCII).equals("ustar");
    String prefix = ustar ? cString(h, 345, 155) : "";
    return prefix.isEmpty() ? name : prefix + "/" + name;
  }

  private static String cString(byte[] b, int off, int max) {
    int end = off;
    while (end < off + max && b[end] != 0) {
      end++;
    }
    return new String(b, off, end - off, StandardCharsets.UTF_8);
  }

  /** Reads the "path" and "size" records of a pax extended header ("len key=value\n"...). */
  private String[] parsePax(byte[] data) {
    String[] out = new String[2];
    int i = 0;
    while (i < data.length && data[i] != 0) {
      int space = i;
      while (space < data.length && data[space] != ' ') {
        space++;
      }
      int len;
      try {
        len = Integer.parseInt(new String(data, i, space - i, StandardCharsets.US_ASCII));
      } catch (NumberFormatException e) {
        throw damaged("a pax header has a bad record length");
      }
      if (len <= 0 || i + len > data.length) {
        throw damaged("a pax header record runs past its end");
      }
      String record = new String(data, space + 1, i + len - space - 2, StandardCharsets.UTF_8);
      int eq = record.indexOf('=');
      if (eq > 0) {
        String key = record.substring(0, eq);
        if (key.equals("path")) {
          out[0] = record.substring(eq + 1);
        } else if (key.equals("size")) {
          out[1] = record.substring(eq + 1);
        }
      }
      i += len;
    }
    return out;
  }

  private static boolean isZero(byte[] h) {
    for (byte b : h) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  private BadInputException damaged(String problem) {
    return new BadInputException(
        "tar archive " + where + " is damaged: " + problem,
        "replace it with an intact copy (a plain POSIX tar, optionally gzip-compressed)");
  }

  private static byte[] gunzip(byte[] raw, String where) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new BadInputException(
          "file " + where + " is not a valid gzip file: " + e.getMessage(),
          "replace it with an intact copy", e);
    }
  }
}
