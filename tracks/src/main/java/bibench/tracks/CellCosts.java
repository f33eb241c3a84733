package bibench.tracks;

import bibench.cost.TrainingCost;
import bibench.train.TrainingRecipe;

/** The cost estimates of the training-type cells ({@link Cell#estimatedCost()}), from their plan. */
final class CellCosts {
  private CellCosts() {}

  /** Training one model of {@code plan} with {@code recipe}, then scoring it. */
  static double training(TaskPlan plan, TrainingRecipe recipe) {
    return TrainingCost.training(workload(plan), recipe.epochs());
  }

  /** Scoring a model of {@code plan} on its test split {@code passes} times. */
  static double scoring(TaskPlan plan, int passes) {
    return TrainingCost.scoring(workload(plan), passes);
  }

  private static TrainingCost.Workload workload(TaskPlan plan) {
    return new TrainingCost.Workload(plan.task(), plan.arch(), plan.width(), plan.maxTrain(), plan.maxTest(),
        plan.points());
  }
}
