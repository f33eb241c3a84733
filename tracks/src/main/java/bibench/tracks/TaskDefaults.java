package bibench.tracks;

import bibench.suite.JsonNode;
import bibench.suite.SuiteLimits;
import bibench.train.TrainingRecipe;
import java.util.List;

/** The {@code defaults} object of a training track: values every task inherits unless it says otherwise. */
record TaskDefaults(TrainingRecipe fp32, TrainingRecipe binary, int maxTrain, int maxTest, int points,
    boolean fromScratch, List<Long> seeds) {

  static final TaskDefaults NONE = new TaskDefaults(null, null, 0, 0, 0, false, null);

  static TaskDefaults read(JsonNode node) {
    TrainingRecipe fp32 = node.has("fp32") ? TaskPlanReader.recipe(node, "fp32", null) : null;
    TrainingRecipe binary = node.has("binary") ? TaskPlanReader.recipe(node, "binary", null) : null;
    TaskDefaults defaults = new TaskDefaults(fp32, binary, node.integer("max_train", 0, 0),
        node.integer("max_test", 0, 0), node.integer("points", 0, 0, SuiteLimits.POINTS_MAX),
        node.bool("from_scratch", false),
        node.longs("seeds", null));
    node.finish();
    return defaults;
  }
}
