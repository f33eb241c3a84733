package bibench.harness.suite;

import bibench.BadInputException;
import bibench.complexity.ComplexityPlan;
import bibench.data.Tasks;
import bibench.harness.inference.InferenceCells;
import bibench.models.Architectures;
import bibench.operators.Operators;
import bibench.tracks.TaskPlan;
import bibench.train.LrSchedule;
import bibench.train.OptimizerKind;
import bibench.train.TrainingRecipe;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** Parses a suite file strictly: unknown keys, wrong types and empty lists are errors. */
final class SuiteReader {
  private final String file;

  SuiteReader(String file) {
    this.file = file;
  }

  Suite read(String json, String source) {
    JsonElement root;
    try {
      root = JsonParser.parseString(json);
    } catch (JsonParseException e) {
      throw new BadInputException(file + " is not valid JSON (" + e.getMessage() + ")",
          "fix the syntax; start from a copy of a built-in suite (bibench list suites)");
    }
    if (!root.isJsonObject()) {
      throw new BadInputException(file + " must hold one JSON object", "start from a copy of a built-in suite");
    }
    JsonNode node = new JsonNode(file, "", root.getAsJsonObject());
    String name = node.requiredString("name");
    String description = node.string("description", "");
    List<String> operators = operators(node);
    List<Long> seeds = node.longs("seeds", List.of(1L));
    JsonNode tracks = node.object("tracks");
    if (tracks == null) {
      throw new BadInputException(file + ": tracks is missing", "add a \"tracks\" object naming at least one track");
    }
    JsonNode learningNode = tracks.object("learning_task");
    List<TaskPlan> learning = learningNode == null ? List.of() : finished(learningNode, plans(learningNode, seeds));
    JsonNode architectureNode = tracks.object("architecture");
    List<TaskPlan> architecture = architectureNode == null ? List.of()
        : finished(architectureNode, plans(architectureNode, seeds));
    JsonNode robustnessNode = tracks.object("robustness");
    Suite.Robustness robustness = robustnessNode == null ? null : new TrackReader(this).robustness(robustnessNode, seeds);
    JsonNode trainingNode = tracks.object("training");
    Suite.Training training = trainingNode == null ? null : new TrackReader(this).training(trainingNode, seeds);
    JsonNode complexityNode = tracks.object("complexity");
    List<ComplexityPlan> complexity = complexityNode == null ? List.of() : new TrackReader(this).complexity(complexityNode);
    JsonNode inferenceNode = tracks.object("inference");
    InferenceCells inference = inferenceNode == null ? null : new InferenceReader(this).read(inferenceNode, seeds);
    tracks.finish();
    node.finish();
    if (learning.isEmpty() && architecture.isEmpty() && robustness == null && training == null && complexity.isEmpty()
        && inference == null) {
      throw new BadInputException(file + ": tracks names no track to run", "add e.g. \"learning_task\" under tracks");
    }
    return new Suite(name, description, operators, learning, architecture, robustness, training, complexity, inference,
        source);
  }

  private static <T> T finished(JsonNode node, T value) {
    node.finish();
    return value;
  }

  String file() {
    return file;
  }

  private List<String> operators(JsonNode node) {
    List<String> ids = node.strings("operators", Operators.bibenchIds());
    LinkedHashSet<String> unique = new LinkedHashSet<>();
    unique.add("fp32");
    for (String id : ids) {
      unique.add(Operators.create(id).id());
    }
    return new ArrayList<>(unique);
  }

  List<TaskPlan> plans(JsonNode track, List<Long> suiteSeeds) {
    JsonNode defaults = track.object("defaults");
    TaskDefaults base = defaults == null ? TaskDefaults.NONE : TaskDefaults.read(this, defaults, suiteSeeds);
    List<JsonNode> tasks = track.objects("tasks");
    if (tasks.isEmpty()) {
      throw new BadInputException(file + ": the track's \"tasks\" list is missing or empty",
          "list at least one task, e.g. {\"task\": \"optdigits\", \"arch\": \"mlp\"}");
    }
    List<TaskPlan> plans = new ArrayList<>();
    for (JsonNode task : tasks) {
      plans.add(plan(task, base, suiteSeeds));
    }
    return plans;
  }

  private TaskPlan plan(JsonNode task, TaskDefaults base, List<Long> suiteSeeds) {
    String taskId = Tasks.info(task.requiredString("task")).id();
    String arch = task.requiredString("arch");
    Architectures.byId(arch);
    int width = task.integer("width", 0, 0);
    int maxTrain = task.integer("max_train", base.maxTrain(), 0);
    int maxTest = task.integer("max_test", base.maxTest(), 0);
    int points = task.integer("points", base.points(), 0);
    TrainingRecipe fp32 = recipe(task.object("fp32"), base.fp32(), "fp32");
    TrainingRecipe binary = recipe(task.object("binary"), base.binary(), "binary");
    boolean scratch = task.bool("from_scratch", base.fromScratch());
    List<Long> seeds = task.longs("seeds", base.seeds() == null ? suiteSeeds : base.seeds());
    task.finish();
    return new TaskPlan(taskId, arch, width, maxTrain, maxTest, points, fp32, binary, scratch, seeds);
  }

  /** A recipe object; each key falls back to {@code fallback}'s value. */
  TrainingRecipe recipe(JsonNode node, TrainingRecipe fallback, String what) {
    if (node == null) {
      if (fallback == null) {
        throw new BadInputException(file + ": no \"" + what + "\" recipe for a task",
            "give the task (or the track's \"defaults\") a \"" + what + "\" object with optimizer, lr, schedule, epochs, batch_size");
      }
      return fallback;
    }
    OptimizerKind optimizer = parseEnum(OptimizerKind.class, node, "optimizer",
        fallback == null ? null : fallback.optimizer());
    float lr = (float) node.number("lr", fallback == null ? Double.NaN : fallback.learningRate(), Double.MIN_VALUE);
    LrSchedule schedule = parseEnum(LrSchedule.class, node, "schedule", fallback == null ? LrSchedule.COSINE : fallback.schedule());
    int epochs = node.integer("epochs", fallback == null ? -1 : fallback.epochs(), 1);
    int batch = node.integer("batch_size", fallback == null ? 64 : fallback.batchSize(), 1);
    boolean sgd = optimizer == OptimizerKind.SGD;
    float momentum = (float) node.number("momentum",
        fallback != null && fallback.optimizer() == optimizer ? fallback.momentum() : (sgd ? 0.9 : 0), 0);
    float decay = (float) node.number("weight_decay",
        fallback != null && fallback.optimizer() == optimizer ? fallback.weightDecay() : (sgd ? 1e-4 : 0), 0);
    node.finish();
    if (Float.isNaN(lr) || epochs < 1) {
      throw new BadInputException(file + ": the \"" + what + "\" recipe needs " + (Float.isNaN(lr) ? "lr" : "epochs"),
          "add it to the recipe or to the track's \"defaults\"");
    }
    return new TrainingRecipe(optimizer, lr, schedule, epochs, batch, momentum, decay);
  }

  <E extends Enum<E>> E parseEnum(Class<E> type, JsonNode node, String key, E fallback) {
    String text = node.string(key, fallback == null ? null : fallback.name());
    if (text == null) {
      throw new BadInputException(file + ": \"" + key + "\" is missing", "add it to the recipe or to the track's \"defaults\"");
    }
    try {
      return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> allowed = new ArrayList<>();
      for (E value : type.getEnumConstants()) {
        allowed.add(value.name().toLowerCase(Locale.ROOT));
      }
      throw new BadInputException(file + ": \"" + key + "\" is '" + text + "'", "use one of: " + String.join(", ", allowed));
    }
  }
}
