package bibench.data.io;

import bibench.BadInputException;
import bibench.Excerpt;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.tar.TarFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Builds the member list of a {@link TarArchive}. Apache Commons Compress's {@link TarFile} parses
 * the headers (ustar, pax, GNU; it rejects negative sizes, malformed pax records and members that
 * run past the end); BiBench-J then checks what it leaves to the caller: each header's checksum,
 * the end-of-archive marker (a tar cut at a block boundary has none), member names that point
 * outside the archive's folder ({@code ../}, absolute paths) or appear twice, and sparse members.
 * Commons Compress's exceptions, whatever their type, become one {@link BadInputException} that
 * names the archive and the byte it had read up to.
 */
final class TarIndex {

  /** The fix every damaged-archive message gives. */
  static final String FIX =
      "replace it with an intact copy (a plain POSIX tar, optionally gzip-compressed)";

  private static final int BLOCK = TarConstants.DEFAULT_RCDSIZE;

  private final String where;
  private final SeekableByteChannel channel;
  private final long length;
  private long farthest;

  private TarIndex(String where, SeekableByteChannel channel) throws IOException {
    this.where = where;
    this.channel = channel;
    this.length = channel.size();
  }

  /** The regular files of a tar on disk. */
  static List<TarArchive.Entry> ofFile(Path file, String where) {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      return new TarIndex(where, ch).index();
    } catch (IOException e) {
      throw new BadInputException("tar archive " + where + " cannot be read: " + IoReasons.of(e),
          "make it a readable file (check permissions and the disk), or replace it", e);
    }
  }

  /** The regular files of a tar in memory. */
  static List<TarArchive.Entry> ofBytes(byte[] tar, String where) {
    try {
      return new TarIndex(where, new SeekableInMemoryByteChannel(tar)).index();
    } catch (IOException e) {
      throw new IllegalStateException("an in-memory channel does not fail", e);
    }
  }

  private List<TarArchive.Entry> index() throws IOException {
    if (length == 0) {
      throw damaged("it is empty (0 bytes)");
    }
    List<TarArchiveEntry> all;
    try (TarFile tar = new TarFile(new Tracking(), TarConstants.DEFAULT_BLKSIZE, BLOCK,
        StandardCharsets.UTF_8.name(), false)) {
      all = tar.getEntries();
    } catch (BadInputException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw damaged(String.format(Locale.ROOT, "reading its headers failed near byte %,d: %s",
          farthest, plain(e)), e);
    }
    List<TarArchive.Entry> found = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    long next = 0;
    for (TarArchiveEntry e : all) {
      long header = e.getDataOffset() - BLOCK;
      String pax = PaxCheck.between(channel, next, header);
      if (pax != null) {
        throw damaged(pax);
      }
      if (!e.isCheckSumOK()) {
        throw damaged(String.format(Locale.ROOT,
            "the header at byte %,d (member %s) fails its checksum", header,
            Excerpt.quoted(e.getName())));
      }
      next = e.getDataOffset() + (e.getSize() + BLOCK - 1) / BLOCK * BLOCK;
      if (!isRegular(e)) {
        continue;
      }
      if (e.isSparse()) {
        throw damaged(String.format(Locale.ROOT,
            "member %s at byte %,d is a sparse file, which BiBench-J does not read",
            Excerpt.quoted(e.getName()), header), "repack it without --sparse");
      }
      String name = checkedName(e.getName(), header);
      Long before = seen.put(name, header);
      if (before != null) {
        throw damaged(String.format(Locale.ROOT,
            "member %s appears twice (headers at bytes %,d and %,d), so which one is meant is"
                + " unclear", Excerpt.quoted(name), before, header),
            "repack it with each file once");
      }
      found.add(new TarArchive.Entry(name, e.getDataOffset(), e.getSize()));
    }
    requireEndMarker(next);
    return List.copyOf(found);
  }

  /** Commons Compress's message in the words of the other messages. */
  private static String plain(Exception e) {
    String m = String.valueOf(e.getMessage()).strip();
    if (m.endsWith(".")) {
      m = m.substring(0, m.length() - 1);
    }
    if (m.startsWith("Truncated TAR archive")) {
      return "the file ends inside a member's data or a header (truncated)";
    }
    if (m.startsWith("Corrupted TAR archive") || m.startsWith("Error detected parsing the header")) {
      return "a block there is not a valid tar header (its checksum fails: damaged, or not a tar"
          + " file at all)";
    }
    return Excerpt.of(m);
  }

  private static boolean isRegular(TarArchiveEntry e) {
    return e.isFile() && !e.isDirectory() && !e.isSymbolicLink() && !e.isLink()
        && !e.isCharacterDevice() && !e.isBlockDevice() && !e.isFIFO();
  }

  private String checkedName(String raw, long header) {
    String name = raw;
    while (name.startsWith("./")) {
      name = name.substring(2);
    }
    boolean outside = name.isEmpty() || name.startsWith("/") || name.indexOf('\0') >= 0
        || name.indexOf('\\') >= 0 || name.matches("^[A-Za-z]:.*");
    for (String part : name.split("/")) {
      outside |= part.equals("..");
    }
    if (outside) {
      throw damaged(String.format(Locale.ROOT,
          "member %s at byte %,d is named outside the archive's folder (an empty, absolute or"
              + " '..' path)", Excerpt.quoted(raw), header),
          "repack it with relative paths inside one folder (tar -C DIR -cf x.tar train)");
    }
    return name;
  }

  /** A complete archive ends with a zero block where the next header would be. */
  private void requireEndMarker(long next) throws IOException {
    if (next + BLOCK > length) {
      throw damaged(String.format(Locale.ROOT,
          "it ends at byte %,d, where a header or the end-of-archive marker (a zero block of 512"
              + " bytes) should start at byte %,d (truncated)", length, next));
    }
    ByteBuffer block = ByteBuffer.allocate(BLOCK);
    channel.position(next);
    while (block.hasRemaining() && channel.read(block) > 0) {
      // fill
    }
    for (byte b : block.array()) {
      if (b != 0) {
        throw damaged(String.format(Locale.ROOT,
            "the block at byte %,d is neither a valid header nor the end-of-archive marker", next));
      }
    }
  }

  private BadInputException damaged(String problem) {
    return damaged(problem, FIX);
  }

  private BadInputException damaged(String problem, Throwable cause) {
    return new BadInputException("tar archive " + where + " is damaged: " + problem, FIX, cause);
  }

  private BadInputException damaged(String problem, String fix) {
    return new BadInputException("tar archive " + where + " is damaged: " + problem, fix);
  }

  /** The channel as Commons Compress sees it, remembering how far it has read. */
  private final class Tracking implements SeekableByteChannel {
    @Override
    public int read(ByteBuffer dst) throws IOException {
      int n = channel.read(dst);
      farthest = Math.max(farthest, channel.position());
      return n;
    }

    @Override
    public int write(ByteBuffer src) {
      throw new UnsupportedOperationException("read only");
    }

    @Override
    public long position() throws IOException {
      return channel.position();
    }

    @Override
    public SeekableByteChannel position(long p) throws IOException {
      channel.position(p);
      return this;
    }

    @Override
    public long size() {
      return length;
    }

    @Override
    public SeekableByteChannel truncate(long size) {
      throw new UnsupportedOperationException("read only");
    }

    @Override
    public boolean isOpen() {
      return channel.isOpen();
    }

    @Override
    public void close() {
      // the owner closes the underlying channel
    }
  }
}
