package bibench.data.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A collection of one-file-per-sample files (JPEGs, WAVs, OFF meshes) that may sit in a directory
 * tree or be packed in one tar: loaders list the names, choose the samples they want, and read
 * only those.
 *
 * <p>Names are paths with '/' separators: relative to the data set's folder for a directory
 * (for example {@code train/cat/0001.jpg}) and the member names for a tar (the same, when the tar
 * was made from the folder).
 */
public abstract sealed class SampleFiles {

  /** The sample file names, sorted. */
  public abstract List<String> names();

  /** The bytes of the given files, in the given order. */
  public abstract List<byte[]> read(List<String> names);

  /** Where a file is, for messages. */
  public abstract String where(String name);

  /** Where the collection is, for provenance. */
  public abstract String describe();

  /** The files under {@code relDir} of a data set's folder whose names end with the suffix. */
  public static SampleFiles directory(DataFolder folder, String relDir, String suffix) {
    return new InDirectory(folder, folder.listFiles(relDir, suffix), relDir);
  }

  /** The members of a tar (plain or .gz) in a data set's folder whose names end with the suffix. */
  public static SampleFiles tar(DataFolder folder, String relTar, String suffix) {
    TarArchive tar = TarArchive.open(folder, relTar);
    String lower = suffix.toLowerCase(Locale.ROOT);
    Map<String, TarArchive.Entry> byName = new HashMap<>();
    for (TarArchive.Entry e : tar.entries()) {
      if (e.name().toLowerCase(Locale.ROOT).endsWith(lower)) {
        byName.put(e.name(), e);
      }
    }
    return new InTar(tar, byName);
  }

  /** The file name without its folders. */
  public static String baseName(String name) {
    return name.substring(name.lastIndexOf('/') + 1);
  }

  /** The name of the folder holding the file ({@code cat} for {@code train/cat/0001.jpg}). */
  public static String parentName(String name) {
    int slash = name.lastIndexOf('/');
    if (slash < 0) {
      return "";
    }
    return name.substring(name.lastIndexOf('/', slash - 1) + 1, slash);
  }

  private static final class InDirectory extends SampleFiles {
    private final DataFolder folder;
    private final List<String> names;
    private final String relDir;

    InDirectory(DataFolder folder, List<String> names, String relDir) {
      this.folder = folder;
      this.names = List.copyOf(names);
      this.relDir = relDir;
    }

    @Override
    public List<String> names() {
      return names;
    }

    @Override
    public List<byte[]> read(List<String> wanted) {
      List<byte[]> out = new ArrayList<>(wanted.size());
      for (String name : wanted) {
        out.add(folder.readAllBytes(name));
      }
      return out;
    }

    @Override
    public String where(String name) {
      return folder.describe(name);
    }

    @Override
    public String describe() {
      return folder.describe(relDir);
    }
  }

  private static final class InTar extends SampleFiles {
    private final TarArchive tar;
    private final Map<String, TarArchive.Entry> byName;
    private final List<String> names;

    InTar(TarArchive tar, Map<String, TarArchive.Entry> byName) {
      this.tar = tar;
      this.byName = byName;
      this.names = byName.keySet().stream().sorted().toList();
    }

    @Override
    public List<String> names() {
      return names;
    }

    @Override
    public List<byte[]> read(List<String> wanted) {
      List<TarArchive.Entry> entries = new ArrayList<>(wanted.size());
      for (String name : wanted) {
        TarArchive.Entry e = byName.get(name);
        if (e == null) {
          throw new IllegalArgumentException("no member " + name + " in " + tar.where());
        }
        entries.add(e);
      }
      return tar.read(entries);
    }

    @Override
    public String where(String name) {
      return tar.where() + "!" + name;
    }

    @Override
    public String describe() {
      return tar.where();
    }
  }
}
