package bibench.harness.suite;

import bibench.BadInputException;
import bibench.complexity.ComplexityPlan;
import bibench.data.Tasks;
import bibench.data.corrupt.Corruption;
import bibench.data.corrupt.Corruptions;
import bibench.models.Architectures;
import bibench.tracks.ComplexityTrack;
import bibench.tracks.TaskPlan;
import bibench.tracks.TrainingConsumptionTrack;
import bibench.tracks.TrainingConsumptionTrack.GridPoint;
import bibench.train.LrSchedule;
import bibench.train.OptimizerKind;
import bibench.train.TrainingRecipe;
import java.util.ArrayList;
import java.util.List;

/** Reads the track sections that have keys of their own (robustness, training). */
final class TrackReader {
  private final SuiteReader suite;

  TrackReader(SuiteReader suite) {
    this.suite = suite;
  }

  Suite.Robustness robustness(JsonNode node, List<Long> seeds) {
    List<TaskPlan> plans = suite.plans(node, seeds);
    List<String> ids = node.strings("corruptions", Corruptions.required().stream().map(Corruption::id).toList());
    List<String> canonical = Corruptions.byIds(ids).stream().map(Corruption::id).toList();
    List<Integer> severities = new ArrayList<>();
    for (long s : node.longs("severities", List.of(1L, 2L, 3L, 4L, 5L))) {
      if (s < 1 || s > Corruption.SEVERITIES) {
        throw new BadInputException(suite.file() + ": tracks.robustness.severities holds " + s,
            "use severities from 1 to " + Corruption.SEVERITIES);
      }
      severities.add((int) s);
    }
    node.finish();
    return new Suite.Robustness(plans, canonical, severities);
  }

  /**
   * The complexity track: without {@code "models"}, BiBench's architectures at the paper's input
   * shapes; else a list of {@code {"arch", "input": [C, H, W] or [T] or [3, N], "classes",
   * "vocabulary", "width"}}.
   */
  List<ComplexityPlan> complexity(JsonNode node) {
    List<ComplexityPlan> plans = new ArrayList<>();
    List<JsonNode> models = node.objects("models");
    if (models.isEmpty()) {
      plans.addAll(ComplexityTrack.paperPlans());
    }
    for (JsonNode model : models) {
      String arch = model.requiredString("arch");
      Architectures.byId(arch);
      List<Long> input = model.longs("input", null);
      if (input == null) {
        throw new BadInputException(suite.file() + ": a tracks.complexity model has no \"input\"",
            "give the sample shape, e.g. \"input\": [3, 32, 32]");
      }
      int[] shape = input.stream().mapToInt(Long::intValue).toArray();
      plans.add(new ComplexityPlan(arch, shape, model.integer("classes", 10, 2), model.integer("vocabulary", 0, 0),
          model.integer("width", 0, 0)));
      model.finish();
    }
    node.finish();
    return plans;
  }

  Suite.Training training(JsonNode node, List<Long> seeds) {
    List<JsonNode> tasks = node.objects("tasks");
    if (tasks.isEmpty()) {
      throw new BadInputException(suite.file() + ": tracks.training.tasks is missing or empty",
          "list at least one task: {\"task\": \"optdigits\", \"arch\": \"mlp\", \"epochs\": 3}");
    }
    List<TaskPlan> plans = new ArrayList<>();
    for (JsonNode task : tasks) {
      String taskId = Tasks.info(task.requiredString("task")).id();
      String arch = task.requiredString("arch");
      Architectures.byId(arch);
      int epochs = task.integer("epochs", 3, 1);
      int batch = task.integer("batch_size", 64, 1);
      TrainingRecipe sizes = TrainingRecipe.adam(1e-3f, LrSchedule.COSINE, epochs, batch);
      plans.add(new TaskPlan(taskId, arch, task.integer("width", 0, 0), task.integer("max_train", 0, 0),
          task.integer("max_test", 0, 0), task.integer("points", 0, 0), sizes, sizes, true, task.longs("seeds", seeds)));
      task.finish();
    }
    List<GridPoint> grid = TrainingConsumptionTrack.defaultGrid();
    if (node.has("grid")) {
      grid = new ArrayList<>();
      for (JsonNode point : node.objects("grid")) {
        OptimizerKind optimizer = suite.parseEnum(OptimizerKind.class, point, "optimizer", null);
        float lr = (float) point.number("lr", Double.NaN, Double.MIN_VALUE);
        if (Float.isNaN(lr)) {
          throw new BadInputException(suite.file() + ": a tracks.training.grid point has no lr", "add \"lr\"");
        }
        LrSchedule schedule = suite.parseEnum(LrSchedule.class, point, "schedule", LrSchedule.COSINE);
        grid.add(new GridPoint(optimizer, lr, schedule, (float) point.number("momentum", 0.9, 0)));
        point.finish();
      }
    }
    node.finish();
    return new Suite.Training(plans, grid);
  }
}
