package bibench.data.catalog;

import bibench.BadInputException;
import bibench.data.DataLocation;
import bibench.data.DataSources;
import bibench.data.LoadOptions;
import bibench.data.Split;
import bibench.data.TaskData;
import bibench.data.TaskInfo;
import bibench.data.TaskLoader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry of tasks by id: {@code optdigits}, {@code fashion-mnist}, {@code cifar10}, {@code
 * fsdd}, {@code speech-commands}, {@code sst2}, {@code cola}, {@code mrpc}, {@code sentiment},
 * {@code synthetic-shapes}, {@code modelnet40}. {@link #load} finds a task's data through {@link
 * DataSources} and reads it with the task's {@link TaskLoader}.
 *
 * <p>Example: {@code Tasks.load("fsdd", DataSources.resolve(dataDirOrNull),
 * LoadOptions.defaults().withLimits(1000, 300))}.
 */
public final class Tasks {

  private static final Map<String, TaskLoader> LOADERS = new LinkedHashMap<>();

  static {
    for (TaskLoader loader : TaskCatalog.loaders()) {
      LOADERS.put(loader.info().id(), loader);
    }
  }

  private Tasks() {}

  /** The known task ids, in a fixed order. */
  public static List<String> ids() {
    return List.copyOf(LOADERS.keySet());
  }

  /** Facts about every task, in the order of {@link #ids()}. */
  public static List<TaskInfo> all() {
    return LOADERS.values().stream().map(TaskLoader::info).toList();
  }

  /**
   * Facts about one task.
   *
   * @throws BadInputException for an unknown id, listing the known ones
   */
  public static TaskInfo info(String taskId) {
    return loader(taskId).info();
  }

  /**
   * Where the task with this id would be read from.
   *
   * @throws BadInputException for an unknown id, or when no source holds the task's data
   */
  public static DataLocation locate(String taskId, DataSources sources) {
    return sources.locate(info(taskId));
  }

  /**
   * Loads a task from the first source that holds it.
   *
   * @throws BadInputException for an unknown id, missing or damaged data, or an empty split
   */
  public static TaskData load(String taskId, DataSources sources, LoadOptions options) {
    TaskLoader loader = loader(taskId);
    return load(loader, sources.locate(loader.info()), options);
  }

  /** Loads a task from a given location (tools and tests). */
  public static TaskData load(TaskLoader loader, DataLocation where, LoadOptions options) {
    TaskData data = loader.load(where, options);
    requireNonEmpty(data.train(), data.id(), where);
    requireNonEmpty(data.test(), data.id(), where);
    requireFinite(data.train(), data.id(), where);
    requireFinite(data.test(), data.id(), where);
    return data;
  }

  /**
   * Refuses NaN and infinite sample values when data are loaded, so that they are reported as
   * the data's fault (exit 2, naming where the data came from) rather than as every cell's
   * training "diverging" at epoch 0. Decoders that can produce such values (float WAVs, OFF
   * coordinates) already name the file and position; this is the net under all of them.
   */
  static void requireFinite(Split split, String taskId, DataLocation where) {
    float[] x = split.features();
    for (int i = 0; i < x.length; i++) {
      if (!Float.isFinite(x[i])) {
        int per = split.sampleSize();
        throw new BadInputException(String.format(java.util.Locale.ROOT,
            "data set %s (%s): sample %,d of the %s split has a%s value (feature %,d of %,d)",
            taskId, where.describe(), i / per, split.name(),
            Float.isNaN(x[i]) ? " NaN" : "n infinite", i % per, per),
            "replace the damaged file of that data set with an intact copy; sample values must be"
                + " finite numbers");
      }
    }
  }

  private static TaskLoader loader(String taskId) {
    TaskLoader loader = LOADERS.get(taskId);
    if (loader == null) {
      throw new BadInputException(
          "unknown task id '" + taskId + "'", "use one of " + String.join(", ", LOADERS.keySet()));
    }
    return loader;
  }

  private static void requireNonEmpty(Split split, String taskId, DataLocation where) {
    if (split.size() == 0) {
      throw new BadInputException(
          "data set " + taskId + ": the " + split.name() + " split is empty (" + where.describe()
              + ")",
          "check that the folder holds the set's files, and that the limits are positive");
    }
  }
}
