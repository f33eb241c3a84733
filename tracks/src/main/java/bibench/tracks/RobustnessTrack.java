package bibench.tracks;

import bibench.data.corrupt.Corruption;
import java.util.ArrayList;
import java.util.List;

/**
 * Track 3, corruption robustness (BiBench section 3): is a binarized network as robust as FP32?
 * Models are trained on clean data and scored on clean and CIFAR-10-C-style corrupted copies of the
 * test split (corruptions written in Java, 5 severities each). The table compares each operator's
 * gap G = clean - mean corrupted accuracy with FP32's: O_robust = qmean over corruptions of G_fp /
 * G_op, with raw gaps always shown beside it.
 */
public final class RobustnessTrack {
  /** The track id in suites and result rows. */
  public static final String ID = "robustness";

  private RobustnessTrack() {}

  /** One cell per task, seed and operator (FP32 first); corrupted test sets are shared by all. */
  public static List<Cell> cells(List<TaskPlan> plans, List<String> operators, List<Corruption> corruptions,
      List<Integer> severities) {
    CorruptedSets sets = new CorruptedSets();
    List<Cell> cells = new ArrayList<>();
    for (TaskPlan plan : plans) {
      for (long seed : plan.seeds()) {
        for (String op : TrainingCells.fp32First(operators)) {
          cells.add(new RobustnessCell(plan, op, seed, corruptions, severities, sets));
        }
      }
    }
    return cells;
  }
}
