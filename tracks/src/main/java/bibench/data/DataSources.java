package bibench.data;

import bibench.BadInputException;
import bibench.data.DataLocation.Origin;
import bibench.data.io.ClasspathFolder;
import bibench.data.io.DiskFolder;
import bibench.data.io.KnownFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where data sets are looked for, in order: an explicit directory (the CLI's {@code --data-dir}),
 * the directory named by the environment variable {@code BIBENCH_DATA}, the system directory
 * {@code /usr/share/datasets} (where Debian's {@code dataset-fashion-mnist} installs {@code
 * fashion-mnist/}), and finally the small sets the project ships. The first source that holds a
 * task's set folder (for example {@code fsdd/}) serves it; {@link #locate} says which (by id:
 * {@link bibench.data.catalog.Tasks#locate}).
 *
 * <p>A directory that was asked for explicitly (flag or variable) but does not exist is an error;
 * an absent system directory is skipped silently.
 */
public final class DataSources {

  /** The environment variable naming a data directory. */
  public static final String ENV = "BIBENCH_DATA";

  /** Where Debian's dataset packages install their data. */
  public static final Path SYSTEM_DIR = Path.of("/usr/share/datasets");

  /**
   * One directory searched for set folders.
   *
   * @param dir the directory
   * @param origin why it is searched
   */
  public record Root(Path dir, Origin origin) {}

  private final List<Root> roots;
  private final boolean includeShipped;
  private final KnownFiles known;

  private DataSources(List<Root> roots, boolean includeShipped, KnownFiles known) {
    this.roots = List.copyOf(roots);
    this.includeShipped = includeShipped;
    this.known = known;
  }

  /**
   * The standard order: the explicit directory (may be {@code null}), {@code BIBENCH_DATA},
   * {@code /usr/share/datasets}, then the shipped sets.
   */
  public static DataSources resolve(Path explicitDirOrNull) {
    return of(explicitDirOrNull, System.getenv(ENV), SYSTEM_DIR, true);
  }

  /**
   * The same order from given parts (tests and tools).
   *
   * @param explicitDir the {@code --data-dir} directory, or {@code null}
   * @param envValue the value of {@code BIBENCH_DATA}, or {@code null} / blank when unset
   * @param systemDir the system directory, or {@code null} to skip it
   * @param includeShipped whether the shipped sets come last
   */
  public static DataSources of(
      Path explicitDir, String envValue, Path systemDir, boolean includeShipped) {
    List<Root> roots = new ArrayList<>();
    if (explicitDir != null) {
      roots.add(new Root(requireDir(explicitDir, "--data-dir " + explicitDir), Origin.DATA_DIR));
    }
    if (envValue != null && !envValue.isBlank()) {
      Path env = Path.of(envValue.trim());
      roots.add(new Root(requireDir(env, ENV + "=" + envValue), Origin.ENVIRONMENT));
    }
    if (systemDir != null && Files.isDirectory(systemDir)) {
      roots.add(new Root(systemDir.toAbsolutePath().normalize(), Origin.SYSTEM));
    }
    return new DataSources(roots, includeShipped, KnownFiles.bundled());
  }

  /** Only the sets the project ships (and generated ones). */
  public static DataSources shippedOnly() {
    return new DataSources(List.of(), true, KnownFiles.bundled());
  }

  /** The same sources checking files against another table (tests). */
  public DataSources withKnownFiles(KnownFiles table) {
    return new DataSources(roots, includeShipped, table);
  }

  /** The directories searched, in order. */
  public List<Root> roots() {
    return roots;
  }

  /** Whether the shipped sets are the last resort. */
  public boolean includesShipped() {
    return includeShipped;
  }

  /**
   * Where a task's data would be read from.
   *
   * @throws BadInputException when no source holds it, naming the folders searched and how to
   *     get the set
   */
  public DataLocation locate(TaskInfo info) {
    if (info.synthetic()) {
      return new DataLocation(info.id(), Origin.GENERATED, null, "");
    }
    for (Root root : roots) {
      for (String name : info.folderNames()) {
        Path dir = root.dir().resolve(name);
        if (Files.isDirectory(dir)) {
          return new DataLocation(
              info.id(), root.origin(), new DiskFolder(dir, name, info.howToGet(), known), "");
        }
      }
    }
    if (includeShipped && info.shipped()) {
      ClasspathFolder folder = new ClasspathFolder(info.shippedFolder(), info.howToGet(), known);
      if (folder.exists("SOURCE.txt")) {
        return new DataLocation(info.id(), Origin.SHIPPED, folder, info.shippedNote());
      }
    }
    String searched =
        roots.isEmpty()
            ? "no data directory was given"
            : "looked in " + roots.stream()
                .map(r -> r.dir() + " (" + r.origin().label() + ")")
                .collect(Collectors.joining(", "));
    String folders = String.join(" or ", info.folderNames());
    throw new BadInputException(
        "no data for task " + info.id() + ": no folder " + folders + " found; " + searched
            + (info.shipped() ? "" : "; BiBench-J does not ship this set (license or size)"),
        info.howToGet() + " Put it in DIR/" + info.folderNames().get(0)
            + " and pass --data-dir DIR or set " + ENV + "=DIR");
  }

  /** One line listing the sources, for provenance. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    for (Root r : roots) {
      parts.add(r.dir() + " (" + r.origin().label() + ")");
    }
    if (includeShipped) {
      parts.add("shipped sets");
    }
    return String.join(", then ", parts);
  }

  private static Path requireDir(Path dir, String what) {
    if (!Files.isDirectory(dir)) {
      throw new BadInputException(
          "data directory " + dir.toAbsolutePath() + " (" + what + ") does not exist or is not a"
              + " directory",
          "give a directory that holds data set folders such as fashion-mnist/ or fsdd/");
    }
    return dir.toAbsolutePath().normalize();
  }
}
