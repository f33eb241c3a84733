package bibench.tracks;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What every cell of a run shares.
 *
 * @param runId the run's id, written into every row
 * @param data loads tasks
 * @param checkpoints caches trained FP32 models that binarized cells start from
 * @param progress receives progress lines
 * @param outputDir the run's folder, for files a track writes beside the rows (pictures)
 */
public record RunContext(
    String runId, DataProvider data, CheckpointStore checkpoints, Progress progress, Path outputDir) {

  public RunContext {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(checkpoints, "checkpoints");
    progress = progress == null ? Progress.SILENT : progress;
  }
}
