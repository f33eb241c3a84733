package bibench.tracks;

import bibench.suite.JsonNode;
import bibench.suite.SuiteContext;
import java.util.List;

/**
 * Track 1, learning task (BiBench section 1): does an operator hold accuracy across tasks and
 * modalities? Every operator, FP32 included, is trained on every task of the suite with the same
 * architecture, data, recipe and seeds, and scored with the task's metric. The table divides each
 * operator's score by FP32's on the same task (A = max(0, acc_bi) / acc_fp) and takes the quadratic
 * mean over tasks, O_task = qmean(A) * 100. Its suite section holds {@code defaults} and {@code
 * tasks} ({@link TaskPlanReader}).
 */
public final class LearningTaskTrack implements Track {
  /** The track id in suites and result rows. */
  public static final String ID = "learning_task";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "does an operator hold accuracy across tasks and modalities (image, speech, text, point clouds)?";
  }

  @Override
  public Phase phase() {
    return Phase.TRAINING;
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public TrackPlan read(JsonNode section, SuiteContext suite) {
    return new TrainingTrackPlan(ID, TaskPlanReader.plans(section, suite));
  }

  /** One cell per task, seed and operator, FP32 first within each task so its model is reused. */
  public static List<Cell> cells(List<TaskPlan> plans, List<String> operators) {
    return TrainingCells.expand(ID, plans, operators);
  }
}
