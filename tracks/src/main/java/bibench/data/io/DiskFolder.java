package bibench.data.io;

import bibench.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** A data set's folder on disk, such as {@code <data dir>/fsdd}. */
public final class DiskFolder extends DataFolder {

  private final Path root;

  /**
   * @param root the set's folder
   * @param setName its conventional name (the key prefix in {@link KnownFiles})
   * @param howToGet where to get the set, for messages
   * @param known the table to check files against
   */
  public DiskFolder(Path root, String setName, String howToGet, KnownFiles known) {
    super(setName, howToGet, known);
    this.root = root.toAbsolutePath().normalize();
  }

  /** The folder itself. */
  public Path root() {
    return root;
  }

  @Override
  public String describe() {
    return root.toString();
  }

  @Override
  public String describe(String rel) {
    return rel.isEmpty() ? root.toString() : root.resolve(rel).toString();
  }

  @Override
  public boolean exists(String rel) {
    return Files.exists(root.resolve(rel));
  }

  @Override
  public Optional<Path> path(String rel) {
    return Optional.of(root.resolve(rel));
  }

  @Override
  public List<String> listFiles(String relDir, String suffix) {
    Path dir = relDir.isEmpty() ? root : root.resolve(relDir);
    if (!Files.isDirectory(dir)) {
      throw new BadInputException(
          "data set " + setName() + ": directory " + dir + " is missing", howToGet());
    }
    String lowerSuffix = suffix.toLowerCase(Locale.ROOT);
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(name -> name.toLowerCase(Locale.ROOT).endsWith(lowerSuffix))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw unlistable(dir, e);
    } catch (UncheckedIOException e) {
      throw unlistable(dir, e.getCause());
    }
  }

  private BadInputException unlistable(Path dir, IOException e) {
    return new BadInputException(
        "data set " + setName() + ": directory " + dir + " cannot be listed: " + IoReasons.of(e),
        "make the folder and its sub-folders readable (check permissions and the disk)", e);
  }

  @Override
  protected InputStream openRaw(String rel) throws IOException {
    return Files.newInputStream(root.resolve(rel));
  }

  @Override
  protected long regularFileSize(String rel) {
    Path p = root.resolve(rel);
    if (!Files.isRegularFile(p)) {
      String kind = Files.isDirectory(p) ? "a directory" : "not a regular file (a device, pipe or socket)";
      throw new BadInputException(
          "data set " + setName() + ": " + p + " is " + kind + ", where a data file belongs",
          "put the data set's file there. " + howToGet());
    }
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw unreadable(rel, e);
    }
  }
}
