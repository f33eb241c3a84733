package bibench.data.io;

import bibench.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The folder of one data set, wherever it lives: a directory on disk (a data directory) or a
 * folder of classpath resources (a set the project ships). Loaders read files by paths relative
 * to it, with '/' separators, and never care which kind it is.
 *
 * <p>Every read goes through {@link KnownFiles}: a known file that is damaged fails with one
 * message naming it, and a missing file fails with one message naming it, what was expected and
 * how to get it.
 */
public abstract sealed class DataFolder permits DiskFolder, ClasspathFolder {

  private final String setName;
  private final String howToGet;
  private final KnownFiles known;

  /**
   * @param setName the set's folder name, the first part of its {@link KnownFiles} keys
   * @param howToGet one or two sentences on where to get the set, used in error messages
   * @param known the table to check files against
   */
  protected DataFolder(String setName, String howToGet, KnownFiles known) {
    this.setName = setName;
    this.howToGet = howToGet;
    this.known = known;
  }

  /** The set's folder name, such as {@code fashion-mnist}. */
  public String setName() {
    return setName;
  }

  /** Where to get the set, for messages. */
  public String howToGet() {
    return howToGet;
  }

  /** Where the folder is, such as {@code /data/fsdd} or {@code classpath:bibench/datasets/...}. */
  public abstract String describe();

  /** Where a file inside the folder is. */
  public abstract String describe(String rel);

  /** Whether a file or directory exists at the relative path. */
  public abstract boolean exists(String rel);

  /** The file on disk, when the folder is on disk. */
  public abstract Optional<Path> path(String rel);

  /**
   * The files under a relative directory (recursively, {@code ""} for the whole folder) whose
   * names end with the suffix (case-insensitive), as relative paths, sorted.
   *
   * @throws BadInputException when the directory does not exist
   * @throws UnsupportedOperationException for classpath folders, which are read by known names
   */
  public abstract List<String> listFiles(String relDir, String suffix);

  /** Opens the raw bytes of an existing file. */
  protected abstract InputStream openRaw(String rel) throws IOException;

  /**
   * The size of an existing file in bytes, or -1 when the folder cannot tell before reading.
   *
   * @throws BadInputException when the path is not a regular file (a directory, a device such as
   *     {@code /dev/zero}, a pipe): reading it would never end or make no sense
   */
  protected abstract long regularFileSize(String rel);

  /** The whole file, checked against the known-file table. */
  public byte[] readAllBytes(String rel) {
    requireFile(rel);
    long size = regularFileSize(rel);
    if (size >= 0) {
      MemoryBudget.require(size, String.format(java.util.Locale.ROOT, "reading data file %s (%,d bytes)",
          describe(rel), size), "give a smaller file. " + howToGet);
    }
    byte[] bytes;
    try (InputStream in = openRaw(rel)) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw unreadable(rel, e);
    }
    known.checkBytes(key(rel), describe(rel), bytes, howToGet);
    return bytes;
  }

  /** Checks a file against the known-file table (once per process) without keeping its bytes. */
  public void verify(String rel) {
    requireFile(rel);
    regularFileSize(rel);
    try {
      known.checkStream(key(rel), describe(rel), () -> openRaw(rel), howToGet);
    } catch (UncheckedIOException e) {
      throw unreadable(rel, e.getCause());
    }
  }

  /** A stream over a file, checked first (once per process) against the known-file table. */
  public InputStream open(String rel) {
    verify(rel);
    try {
      return openRaw(rel);
    } catch (IOException e) {
      throw unreadable(rel, e);
    }
  }

  /** Fails with the missing-file message unless the file exists. */
  public void requireFile(String rel) {
    if (!exists(rel)) {
      throw missing(rel);
    }
  }

  /**
   * The one message for a file that exists but cannot be read (permissions, a disk error, a
   * directory where a file belongs), naming the file and the system's reason.
   */
  public BadInputException unreadable(String rel, IOException e) {
    return new BadInputException(
        "data set " + setName + ": file " + describe(rel) + " cannot be read: " + IoReasons.of(e),
        "make it a readable regular file (check permissions and the disk), or replace it. "
            + howToGet, e);
  }

  /** The one message for a missing file: which file, what was expected, how to get it. */
  public BadInputException missing(String rel) {
    String expected =
        known.lookup(key(rel)).map(e -> " (expected " + e.describe() + ")").orElse("");
    return new BadInputException(
        "data set " + setName + ": file " + describe(rel) + " is missing" + expected, howToGet);
  }

  /** The known-file key of a relative path. */
  public String key(String rel) {
    return setName + "/" + rel;
  }

  @Override
  public String toString() {
    return describe();
  }
}
