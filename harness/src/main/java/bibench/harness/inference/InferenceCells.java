package bibench.harness.inference;

import bibench.operators.Operators;
import bibench.tracks.Applicability;
import bibench.tracks.Cell;
import bibench.tracks.DeployChecks;
import bibench.tracks.TaskPlan;
import bibench.tracks.TrackPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * The cells of track 6 from a suite: deployment checks of trained models, whole-model timings and
 * kernel timings.
 *
 * @param checks trained models to convert and check on their test split
 * @param models models to time, with batch sizes and thread counts
 * @param gemmShapes GEMM shapes to time ({@code MxNxK})
 * @param convLayers convolution layers to time (ConvCase names, such as {@code C64_56X56})
 * @param jmh warm-up and measured iterations
 */
public record InferenceCells(List<TaskPlan> checks, List<InferencePlan> models, List<String> gemmShapes,
    List<String> convLayers, JmhRuns jmh) implements TrackPlan {

  public InferenceCells {
    checks = List.copyOf(checks);
    models = List.copyOf(models);
    gemmShapes = List.copyOf(gemmShapes);
    convLayers = List.copyOf(convLayers);
  }

  /**
   * The cells, in the order: checks, then the timing cells (which say {@link
   * Cell#needsQuietMachine()}): the roofline and kernel paths, kernels, models.
   */
  @Override
  public List<Cell> cells(List<String> operators) {
    List<Cell> cells = new ArrayList<>(DeployChecks.cells(checks, operators));
    if (!gemmShapes.isEmpty() || !convLayers.isEmpty() || !models.isEmpty()) {
      cells.add(new RooflineCell());
    }
    if (!gemmShapes.isEmpty()) {
      cells.add(new KernelInferenceCell(KernelInferenceCell.Family.GEMM, gemmShapes, jmh));
    }
    if (!convLayers.isEmpty()) {
      cells.add(new KernelInferenceCell(KernelInferenceCell.Family.CONV, convLayers, jmh));
    }
    List<String> withFp32 = new ArrayList<>(List.of("fp32"));
    operators.stream().filter(op -> !op.equals("fp32") && Applicability.deployable(op))
        .filter(op -> !Operators.create(op).attentionOnly()).forEach(withFp32::add);
    for (InferencePlan plan : models) {
      for (int batch : plan.batches()) {
        for (int threads : plan.threads()) {
          cells.add(new ModelInferenceCell(plan, batch, threads, withFp32, jmh));
        }
      }
    }
    return cells;
  }

  /** The tasks of the deployment checks (their models are trained, or reused, from these). */
  @Override
  public List<String> tasks() {
    return checks.stream().map(TaskPlan::task).distinct().toList();
  }
}
