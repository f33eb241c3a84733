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
 * dataset folder, then the sets the project ships), each task and size once per run.
 */
final class HarnessData implements DataProvider {
  private final DataSources sources;
  private final Map<String, TaskData> loaded = new ConcurrentHashMap<>();

  HarnessData(DataSources sources) {
    this.sources = sources;
  }

  @Override
  public TaskData load(String taskId, int maxTrain, int maxTest, int points) {
    String key = taskId + "|" + maxTrain + "|" + maxTest + "|" + points;
    return loaded.computeIfAbsent(key, k -> {
      LoadOptions options = LoadOptions.defaults()
          .withLimits(maxTrain == 0 ? Integer.MAX_VALUE : maxTrain, maxTest == 0 ? Integer.MAX_VALUE : maxTest);
      return Tasks.load(taskId, sources, points == 0 ? options : options.withPointsPerCloud(points));
    });
  }
}
