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
 * Reads the tasks of a training track's section: {@code defaults} (what every task inherits) and
 * {@code tasks[]}, each with {@code task}, {@code arch}, {@code width}, {@code max_train}, {@code
 * max_test}, {@code points}, {@code fp32} and {@code binary} recipes, {@code from_scratch} and
 * {@code seeds}. Shared by the tracks that train (and by the inference track's checks).
 */
public final class TaskPlanReader {
  private TaskPlanReader() {}

  /**
   * The plans of a section's {@code defaults} and {@code tasks}.
   *
   * @throws BadInputException for an empty task list, an unknown task or architecture, a missing recipe
   */
  public static List<TaskPlan> plans(JsonNode track, SuiteContext suite) {
    JsonNode defaults = track.object("defaults");
    TaskDefaults base = defaults == null ? TaskDefaults.NONE : TaskDefaults.read(defaults);
    List<JsonNode> tasks = track.objects("tasks");
    if (tasks.isEmpty()) {
      throw new BadInputException(track.where("tasks") + " is missing or empty",
          "list at least one task, e.g. {\"task\": \"optdigits\", \"arch\": \"mlp\"}");
    }
    List<TaskPlan> plans = new ArrayList<>();
    for (JsonNode task : tasks) {
      plans.add(plan(task, base, suite));
    }
    return plans;
  }

  private static TaskPlan plan(JsonNode task, TaskDefaults base, SuiteContext suite) {
    String taskId = Tasks.info(task.requiredString("task")).id();
    String arch = task.requiredString("arch");
    Architectures.byId(arch);
    int width = task.integer("width", 0, 0, SuiteLimits.WIDTH_MAX);
    int maxTrain = task.integer("max_train", base.maxTrain(), 0);
    int maxTest = task.integer("max_test", base.maxTest(), 0);
    int points = task.integer("points", base.points(), 0, SuiteLimits.POINTS_MAX);
    TrainingRecipe fp32 = recipe(task, "fp32", base.fp32());
    TrainingRecipe binary = recipe(task, "binary", base.binary());
    boolean scratch = task.bool("from_scratch", base.fromScratch());
    List<Long> seeds = suite.seedsFor(task.longs("seeds", base.seeds() == null ? suite.seeds() : base.seeds()));
    task.finish();
    return new TaskPlan(taskId, arch, width, maxTrain, maxTest, points, fp32, binary, scratch, seeds);
  }

  /**
   * The recipe object under {@code key} ({@code optimizer}, {@code lr}, {@code schedule}, {@code
   * epochs}, {@code batch_size}, {@code momentum}, {@code weight_decay}); each key falls back to
   * {@code fallback}'s value, and an absent object to {@code fallback} whole.
   *
   * @param parent the object holding the recipe
   * @param key the recipe's key, {@code fp32} or {@code binary}
   * @param fallback the inherited recipe, or null
   * @throws BadInputException if the recipe is absent without a fallback, or incomplete
   */
  public static TrainingRecipe recipe(JsonNode parent, String key, TrainingRecipe fallback) {
    JsonNode node = parent.object(key);
    if (node == null) {
      if (fallback == null) {
        throw new BadInputException(parent.where(key) + " is missing",
            "give the task (or the track's \"defaults\") a \"" + key + "\" object with optimizer, lr, schedule, epochs, batch_size");
      }
      return fallback;
    }
    OptimizerKind optimizer = node.choice("optimizer", OptimizerKind.class, fallback == null ? null : fallback.optimizer());
    float lr = node.float32Above("lr", fallback == null ? Float.NaN : fallback.learningRate(), 0, SuiteLimits.LR_MAX);
    LrSchedule schedule = node.choice("schedule", LrSchedule.class, fallback == null ? LrSchedule.COSINE : fallback.schedule());
    int epochs = node.integer("epochs", fallback == null ? -1 : fallback.epochs(), 1, SuiteLimits.EPOCHS_MAX);
    int batch = node.integer("batch_size", fallback == null ? 64 : fallback.batchSize(), 1, SuiteLimits.BATCH_MAX);
    boolean sgd = optimizer == OptimizerKind.SGD;
    boolean sameOptimizer = fallback != null && fallback.optimizer() == optimizer;
    float momentum = node.float32("momentum", sameOptimizer ? fallback.momentum() : (sgd ? 0.9f : 0), 0,
        SuiteLimits.MOMENTUM_MAX);
    float decay = node.float32("weight_decay", sameOptimizer ? fallback.weightDecay() : (sgd ? 1e-4f : 0), 0,
        SuiteLimits.WEIGHT_DECAY_MAX);
    node.finish();
    if (Float.isNaN(lr) || epochs < 1) {
      throw new BadInputException(node.where(Float.isNaN(lr) ? "lr" : "epochs") + " is missing",
          "add it to the recipe or to the track's \"defaults\"");
    }
    return new TrainingRecipe(optimizer, lr, schedule, epochs, batch, momentum, decay);
  }
}
