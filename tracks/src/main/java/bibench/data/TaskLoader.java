package bibench.data;

/**
 * Loads one task from wherever {@link DataSources} found it. One implementation per task (or per
 * family of tasks sharing a format); {@link Tasks} holds them by id.
 */
public interface TaskLoader {

  /** The task's id, metric, folder names and origin. */
  TaskInfo info();

  /**
   * Reads (or generates) the task.
   *
   * @param where the data set's folder and how it was found
   * @param options subset limits, seed and task-specific knobs
   * @return the train and test splits in class-balanced round-robin order ({@link BalancedOrder})
   */
  TaskData load(DataLocation where, LoadOptions options);
}
