package bibench.tracks;

import bibench.data.TaskData;

/** Loads tasks for the tracks; the harness backs it with the data directory it resolved. */
@FunctionalInterface
public interface DataProvider {

  /**
   * The task with at most {@code maxTrain} training and {@code maxTest} test samples (0 = all), a
   * class-balanced subset that is the same for every seed and operator, so that seeds vary only
   * initialization and batch order; point clouds with {@code points} points (0 = the default).
   */
  TaskData load(String taskId, int maxTrain, int maxTest, int points);
}
