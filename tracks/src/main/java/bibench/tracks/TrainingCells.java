package bibench.tracks;

import java.util.ArrayList;
import java.util.List;

/** Expands task plans into training cells, the same way for every training track. */
final class TrainingCells {
  private TrainingCells() {}

  /** The operators with FP32 first (when present), so the model the others start from comes first. */
  static List<String> fp32First(List<String> operators) {
    List<String> ordered = new ArrayList<>();
    if (operators.contains("fp32")) {
      ordered.add("fp32");
    }
    for (String op : operators) {
      if (!op.equals("fp32")) {
        ordered.add(op);
      }
    }
    return ordered;
  }

  /** For each plan and seed: FP32 first (when asked for), then every other operator. */
  static List<Cell> expand(String track, List<TaskPlan> plans, List<String> operators) {
    List<String> ordered = fp32First(operators);
    List<Cell> cells = new ArrayList<>();
    for (TaskPlan plan : plans) {
      for (long seed : plan.seeds()) {
        for (String op : ordered) {
          cells.add(new TrainingCell(track, plan, op, seed, plan.setting()));
        }
      }
    }
    return cells;
  }
}
