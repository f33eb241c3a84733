package bibench.tracks;

import java.util.List;

/**
 * Track 1, learning task (BiBench section 1): does an operator hold accuracy across tasks and
 * modalities? Every operator, FP32 included, is trained on every task of the suite with the same
 * architecture, data, recipe and seeds, and scored with the task's metric. The table divides each
 * operator's score by FP32's on the same task (A = max(0, acc_bi) / acc_fp) and takes the quadratic
 * mean over tasks, O_task = qmean(A) * 100.
 */
public final class LearningTaskTrack {
  /** The track id in suites and result rows. */
  public static final String ID = "learning_task";

  private LearningTaskTrack() {}

  /** One cell per task, seed and operator, FP32 first within each task so its model is reused. */
  public static List<Cell> cells(List<TaskPlan> plans, List<String> operators) {
    return TrainingCells.expand(ID, plans, operators);
  }
}
