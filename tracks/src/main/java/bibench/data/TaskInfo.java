package bibench.data;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What BiBench-J knows about a task before loading it: its modality and metric, the folder names
 * a data directory may hold it under, whether the project ships a copy, and where to get it.
 *
 * @param id the task id, such as {@code fsdd}
 * @param modality image, speech, text or point cloud
 * @param metric how its test split is scored
 * @param title the data set's name and authors, such as {@code Free Spoken Digit Dataset
 *     (Jackson et al.)}
 * @param license the data set's license, such as {@code CC BY-SA 4.0}
 * @param folderNames the sub-folders of a data directory that may hold it, in order of preference
 *     (empty for generated tasks)
 * @param shippedFolder the folder under {@code bibench/datasets/} of the copy the project ships,
 *     or {@code null} when it ships none
 * @param shippedNote what the shipped copy holds, such as {@code 4,000 train + 1,000 test}; empty
 *     when nothing is shipped
 * @param synthetic true when the samples are generated (no folder needed)
 * @param howToGet where to get the set and where to put it, for error messages
 */
public record TaskInfo(
    String id,
    Modality modality,
    TaskMetric metric,
    String title,
    String license,
    List<String> folderNames,
    String shippedFolder,
    String shippedNote,
    boolean synthetic,
    String howToGet) {

  public TaskInfo {
    Objects.requireNonNull(id, "id");
    folderNames = List.copyOf(folderNames);
  }

  /** Whether the project ships a copy (complete or a subset) that can serve this task. */
  public boolean shipped() {
    return shippedFolder != null;
  }

  /** The one-line source of a loaded task: title, license and where it was read from. */
  public String sourceLine(DataLocation where) {
    return title + ", " + license + "; " + where.describe();
  }

  /** The shipped folder, if any. */
  public Optional<String> shippedFolderName() {
    return Optional.ofNullable(shippedFolder);
  }
}
