package bibench.harness.cli;

import bibench.data.DataSources;
import bibench.data.LoadOptions;
import bibench.data.TaskData;
import bibench.data.catalog.Tasks;
import bibench.tracks.DataProvider;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads tasks from the resolved data directory ({@code --data-dir}, {@code BIBENCH_DATA}, Debian's
 * dataset folder, then the sets the project ships), each task and size once per run; with {@code
 * --validation}, each task scored on a held-out part of its training split instead of its test split.
 */
final class HarnessData implements DataProvider {
  private final DataSources sources;
  private final double validation;
  private final Map<String, TaskData> loaded = new ConcurrentHashMap<>();

  /**
   * @param validation 0 to score on test splits; else the share of each training split held out and
   *     scored instead ({@code run --validation})
   */
  HarnessData(DataSources sources, double validation) {
    this.sources = sources;
    this.validation = validation;
  }

  @Override
  public TaskData load(String taskId, int maxTrain, int maxTest, int points) {
    String key = taskId + "|" + maxTrain + "|" + maxTest + "|" + points;
    return loaded.computeIfAbsent(key, k -> {
      LoadOptions options = LoadOptions.defaults()
          .withLimits(maxTrain == 0 ? Integer.MAX_VALUE : maxTrain, maxTest == 0 ? Integer.MAX_VALUE : maxTest);
      TaskData data = Tasks.load(taskId, sources, points == 0 ? options : options.withPointsPerCloud(points));
      return validation > 0 ? data.validationOf(validation) : data;
    });
  }
}
