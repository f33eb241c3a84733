package bibench.data.io;

import bibench.BadInputException;
import bibench.Excerpt;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A tar archive (POSIX ustar, with pax and GNU long-name headers understood) indexed once, so
 * that chosen members can be read without unpacking the rest. Data sets with thousands of small
 * files (CIFAR-10 JPEGs, spoken-digit WAVs) are kept as one tar to save inodes and bytes.
 *
 * <p>A plain tar on disk is read in place by positional reads; a gzip-compressed tar ({@code
 * .tar.gz}, or any tar that starts with the gzip magic) or a tar among classpath resources is read
 * into memory first. Only regular files are indexed; directories, links, devices and global pax
 * headers are skipped. The headers are parsed by Apache Commons Compress ({@link TarIndex}); every
 * problem it or BiBench-J's own checks find (a truncated archive, a bad checksum, a negative or
 * over-long size, a malformed pax record, a member named outside the archive's folder, a member
 * named twice) is one {@link BadInputException} naming the archive, the byte where it went wrong
 * and the fix.
 */
public final class TarArchive {

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
    this.entries = file != null ? TarIndex.ofFile(file, where) : TarIndex.ofBytes(bytes, where);
  }

  /** Opens a tar in a data set's folder, checked against the known-file table first. */
  public static TarArchive open(DataFolder folder, String rel) {
    String where = folder.describe(rel);
    boolean gzip = rel.endsWith(".gz") || rel.endsWith(".tgz");
    if (!gzip && folder.path(rel).isPresent()) {
      folder.verify(rel);
      Path path = folder.path(rel).get();
      if (!startsWithGzipMagic(path, folder, rel)) {
        return new TarArchive(where, path, null);
      }
      gzip = true;
    }
    byte[] raw = folder.readAllBytes(rel);
    if (gzip || Gzip.isGzip(raw)) {
      raw = Gzip.gunzip(raw, where, TarIndex.FIX + ". " + folder.howToGet());
    }
    return new TarArchive(where, null, raw);
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
    long total = 0;
    for (Entry e : wanted) {
      total += e.size();
    }
    MemoryBudget.require(total, String.format(Locale.ROOT, "reading %,d members of tar archive %s",
        wanted.size(), where), "give smaller members or read fewer samples (max_train, max_test)");
    if (bytes != null) {
      for (Entry e : wanted) {
        byte[] b = new byte[(int) e.size()];
        System.arraycopy(bytes, (int) e.offset(), b, 0, b.length);
        out.add(b);
      }
      return out;
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      for (Entry e : wanted) {
        out.add(readFully(ch, e));
      }
    } catch (IOException ex) {
      throw new BadInputException("tar archive " + where + " cannot be read: " + IoReasons.of(ex),
          "make it a readable file (check permissions and the disk), or replace it", ex);
    }
    return out;
  }

  private byte[] readFully(FileChannel ch, Entry e) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate((int) e.size());
    while (buf.hasRemaining()) {
      if (ch.read(buf, e.offset() + buf.position()) < 0) {
        throw new BadInputException(String.format(Locale.ROOT,
            "tar archive %s is damaged: member %s needs bytes %,d to %,d but the file now ends at"
                + " byte %,d (it was cut short after it was opened)", where, Excerpt.quoted(e.name()),
            e.offset(), e.offset() + e.size(), e.offset() + buf.position()), TarIndex.FIX);
      }
    }
    return buf.array();
  }

  private static boolean startsWithGzipMagic(Path path, DataFolder folder, String rel) {
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
      ByteBuffer head = ByteBuffer.allocate(2);
      while (head.hasRemaining() && ch.read(head) > 0) {
        // fill
      }
      return Gzip.isGzip(head.array());
    } catch (IOException e) {
      throw folder.unreadable(rel, e);
    }
  }
}
