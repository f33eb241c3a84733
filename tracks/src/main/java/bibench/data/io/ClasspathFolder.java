package bibench.data.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A data set the project ships, read from classpath resources under {@code bibench/datasets/}, so
 * that the runnable jar works on a machine with no data directory. Shipped sets are read by known
 * file names; they cannot be listed.
 */
public final class ClasspathFolder extends DataFolder {

  /** The resource folder every shipped set lives under. */
  public static final String BASE = "bibench/datasets/";

  private final String prefix;

  /**
   * @param setName the shipped folder's name under {@link #BASE}
   * @param howToGet where the full set comes from, for messages
   * @param known the table to check files against
   */
  public ClasspathFolder(String setName, String howToGet, KnownFiles known) {
    super(setName, howToGet, known);
    this.prefix = BASE + setName + "/";
  }

  @Override
  public String describe() {
    return "classpath:" + prefix;
  }

  @Override
  public String describe(String rel) {
    return "classpath:" + prefix + rel;
  }

  @Override
  public boolean exists(String rel) {
    return loader().getResource(prefix + rel) != null;
  }

  @Override
  public Optional<Path> path(String rel) {
    return Optional.empty();
  }

  @Override
  public List<String> listFiles(String relDir, String suffix) {
    throw new UnsupportedOperationException(
        "shipped set " + setName() + " is read by known file names, not listed");
  }

  @Override
  protected InputStream openRaw(String rel) throws IOException {
    InputStream in = loader().getResourceAsStream(prefix + rel);
    if (in == null) {
      throw missing(rel);
    }
    return in;
  }

  @Override
  protected long regularFileSize(String rel) {
    return -1;
  }

  private static ClassLoader loader() {
    return ClasspathFolder.class.getClassLoader();
  }
}
