package bibench.tracks;

import bibench.BadInputException;
import bibench.data.catalog.Tasks;
import bibench.models.Architectures;
import bibench.suite.JsonNode;
import bibench.suite.SuiteLimits;
import bibench.suite.SuiteContext;
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
 * the final score over the grid to FP32's: O_train = qmean(T_fp / T_bi, S_fp / S_bi) * 100. Its
 * suite section holds {@code tasks[]} ({@code task}, {@code arch}, {@code width}, {@code
 * max_train}, {@code max_test}, {@code points}, {@code epochs}, {@code batch_size}, {@code seeds})
 * and {@code grid[]} of {@code {optimizer, lr, schedule, momentum}}.
 */
public final class TrainingConsumptionTrack implements Track {
  /** The track id in suites and result rows. */
  public static final String ID = "training";

  /**
   * The training section of a suite.
   *
   * @param plans the tasks; the {@code binary} recipe carries the epochs and batch size
   * @param grid the settings every operator is trained under
   */
  public record Plan(List<TaskPlan> plans, List<GridPoint> grid) implements TrackPlan {
    public Plan {
      plans = List.copyOf(plans);
      grid = List.copyOf(grid);
    }

    @Override
    public List<Cell> cells(List<String> operators) {
      return TrainingConsumptionTrack.cells(plans, grid, operators);
    }

    @Override
    public List<String> tasks() {
      return new TrainingTrackPlan(ID, plans).tasks();
    }

    @Override
    public List<Long> seeds() {
      return new TrainingTrackPlan(ID, plans).seeds();
    }
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "how costly and fragile is training (time per epoch, spread of scores over a grid of recipes)?";
  }

  @Override
  public Phase phase() {
    return Phase.TRAINING;
  }

  @Override
  public int order() {
    return 40;
  }

  @Override
  public Plan read(JsonNode section, SuiteContext suite) {
    List<JsonNode> tasks = section.objects("tasks");
    if (tasks.isEmpty()) {
      throw new BadInputException(section.where("tasks") + " is missing or empty",
          "list at least one task: {\"task\": \"optdigits\", \"arch\": \"mlp\", \"epochs\": 3}");
    }
    List<TaskPlan> plans = new ArrayList<>();
    for (JsonNode task : tasks) {
      String taskId = Tasks.info(task.requiredString("task")).id();
      String arch = task.requiredString("arch");
      Architectures.byId(arch);
      int epochs = task.integer("epochs", 3, 1, SuiteLimits.EPOCHS_MAX);
      int batch = task.integer("batch_size", 64, 1, SuiteLimits.BATCH_MAX);
      TrainingRecipe sizes = TrainingRecipe.adam(1e-3f, LrSchedule.COSINE, epochs, batch);
      plans.add(new TaskPlan(taskId, arch, task.integer("width", 0, 0, SuiteLimits.WIDTH_MAX),
          task.integer("max_train", 0, 0), task.integer("max_test", 0, 0),
          task.integer("points", 0, 0, SuiteLimits.POINTS_MAX), sizes, sizes, true,
          suite.seedsFor(task.longs("seeds", suite.seeds()))));
      task.finish();
    }
    return new Plan(plans, section.has("grid") ? grid(section) : defaultGrid());
  }

  private static List<GridPoint> grid(JsonNode section) {
    List<GridPoint> grid = new ArrayList<>();
    for (JsonNode point : section.objects("grid")) {
      OptimizerKind optimizer = point.choice("optimizer", OptimizerKind.class, null);
      float lr = point.float32Above("lr", Float.NaN, 0, SuiteLimits.LR_MAX);
      if (Float.isNaN(lr)) {
        throw new BadInputException(point.where("lr") + " is missing", "add \"lr\" to every grid point");
      }
      LrSchedule schedule = point.choice("schedule", LrSchedule.class, LrSchedule.COSINE);
      grid.add(new GridPoint(optimizer, lr, schedule,
          point.float32("momentum", 0.9f, 0, SuiteLimits.MOMENTUM_MAX)));
      point.finish();
    }
    return grid;
  }

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
