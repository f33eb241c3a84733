package bibench.data;

import bibench.data.io.DataFolder;

/**
 * Where a task's data was found, kept for the run's provenance.
 *
 * @param taskId the task
 * @param origin which source of the resolution order supplied it
 * @param folder the data set's folder ({@code null} for generated tasks)
 * @param note what the copy holds when that is not the whole set (a shipped subset), else empty
 */
public record DataLocation(String taskId, Origin origin, DataFolder folder, String note) {

  /** The sources in the order they are searched, plus generation. */
  public enum Origin {
    /** The directory given explicitly (the CLI's {@code --data-dir}). */
    DATA_DIR("--data-dir"),
    /** The directory named by the environment variable {@code BIBENCH_DATA}. */
    ENVIRONMENT("BIBENCH_DATA"),
    /** The system directory {@code /usr/share/datasets} (Debian's dataset packages). */
    SYSTEM("/usr/share/datasets"),
    /** The copy shipped inside BiBench-J (classpath resources). */
    SHIPPED("shipped with BiBench-J"),
    /** Samples generated in Java from the seed. */
    GENERATED("generated");

    private final String label;

    Origin(String label) {
      this.label = label;
    }

    /** A short label such as {@code --data-dir}. */
    public String label() {
      return label;
    }
  }

  /** True when the project's shipped copy serves the task. */
  public boolean shipped() {
    return origin == Origin.SHIPPED;
  }

  /** One line such as {@code /data/fsdd (--data-dir)}. */
  public String describe() {
    if (folder == null) {
      return "generated in Java from the data seed";
    }
    String extra = note == null || note.isEmpty() ? "" : ", " + note;
    return folder.describe() + " (" + origin.label() + extra + ")";
  }
}
