package bibench.tracks;

import bibench.train.LrSchedule;
import bibench.train.OptimizerKind;
import bibench.train.TrainingRecipe;
import java.util.ArrayList;
import java.util.List;

/**
 * Track 4, training consumption (BiBench section 4): how costly and how fragile is training? Every
 * operator and FP32 is trained from scratch on the same architecture and data under each setting of
 * a grid, by default BiBench's 8: {SGD 0.1, SGD 0.01, Adam 1e-3, Adam 1e-4} x {cosine, step at 50%
 * and 75%} (SGD with momentum 0.9 and weight decay 1e-4; Adam without weight decay). The table
 * relates the wall time per epoch T (warm-up epoch excluded, same thread count) and the spread S of
 * the final score over the grid to FP32's: O_train = qmean(T_fp / T_bi, S_fp / S_bi) * 100.
 */
public final class TrainingConsumptionTrack {
  /** The track id in suites and result rows. */
  public static final String ID = "training";

  private TrainingConsumptionTrack() {}

  /** A grid point: optimizer, learning rate and schedule (epochs and batch size come from the task). */
  public record GridPoint(OptimizerKind optimizer, float learningRate, LrSchedule schedule, float momentum) {

    /** The recipe of this point for a task's epochs and batch size. */
    public TrainingRecipe recipe(int epochs, int batchSize) {
      return optimizer == OptimizerKind.SGD
          ? new TrainingRecipe(optimizer, learningRate, schedule, epochs, batchSize, momentum, 1e-4f)
          : TrainingRecipe.adam(learningRate, schedule, epochs, batchSize);
    }
  }

  /** BiBench's grid: {SGD 0.1, SGD 0.01, Adam 1e-3, Adam 1e-4} x {cosine, step}. */
  public static List<GridPoint> defaultGrid() {
    List<GridPoint> grid = new ArrayList<>();
    Object[][] optimizers = {{OptimizerKind.SGD, 0.1f}, {OptimizerKind.SGD, 0.01f}, {OptimizerKind.ADAM, 1e-3f},
        {OptimizerKind.ADAM, 1e-4f}};
    for (Object[] o : optimizers) {
      for (LrSchedule schedule : List.of(LrSchedule.COSINE, LrSchedule.STEP)) {
        grid.add(new GridPoint((OptimizerKind) o[0], (float) o[1], schedule, 0.9f));
      }
    }
    return grid;
  }

  /**
   * One cell per task, seed, grid point and operator (FP32 first). Each plan gives the task,
   * architecture, data limits, seeds, and in its {@code binary} recipe the epochs and batch size.
   */
  public static List<Cell> cells(List<TaskPlan> plans, List<GridPoint> grid, List<String> operators) {
    List<Cell> cells = new ArrayList<>();
    for (TaskPlan plan : plans) {
      for (long seed : plan.seeds()) {
        for (GridPoint point : grid) {
          TrainingRecipe recipe = point.recipe(plan.binary().epochs(), plan.binary().batchSize());
          TaskPlan fromScratch = new TaskPlan(plan.task(), plan.arch(), plan.width(), plan.maxTrain(), plan.maxTest(),
              plan.points(), recipe, recipe, true, List.of(seed));
          for (String op : TrainingCells.fp32First(operators)) {
            cells.add(new TrainingCell(ID, fromScratch, op, seed, recipe.settingId()));
          }
        }
      }
    }
    return cells;
  }
}
