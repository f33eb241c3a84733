package bibench.tracks;

import java.util.ArrayList;
import java.util.List;

/**
 * Track 6, hardware inference: what binarization costs for real on the CPU that runs the harness.
 * Trained models are converted to the bit-packed XNOR/popcount kernels, checked against the DJL
 * model on the test split (arg-max agreement, logit error) and measured for storage here; their
 * latency, throughput and allocation against our FP32 kernels and PyTorch are measured by JMH in
 * the harness, which files them under the same track id.
 */
public final class InferenceTrack {
  /** The track id in suites and result rows. */
  public static final String ID = "inference";

  private InferenceTrack() {}

  /** One deployment check per plan, seed and operator (FP32 first). */
  public static List<Cell> checkCells(List<TaskPlan> plans, List<String> operators) {
    List<Cell> cells = new ArrayList<>();
    for (TaskPlan plan : plans) {
      for (long seed : plan.seeds()) {
        for (String op : TrainingCells.fp32First(operators)) {
          cells.add(new DeployCheckCell(plan, op, seed));
        }
      }
    }
    return cells;
  }
}
