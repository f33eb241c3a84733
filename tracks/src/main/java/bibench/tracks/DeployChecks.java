package bibench.tracks;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of track 6, hardware inference, that needs no timing: trained models are converted to
 * the bit-packed XNOR/popcount kernels, checked against the DJL model on the test split (arg-max
 * agreement, logit error) and measured for storage ({@link DeployCheckCell}). Their latency,
 * throughput and allocation against our FP32 kernels and PyTorch are measured by JMH in the
 * harness, whose inference track files them under the same track id.
 */
public final class DeployChecks {
  /** The inference track's id in suites and result rows. */
  public static final String TRACK = "inference";

  private DeployChecks() {}

  /** One deployment check per plan, seed and operator (FP32 first). */
  public static List<Cell> cells(List<TaskPlan> plans, List<String> operators) {
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
