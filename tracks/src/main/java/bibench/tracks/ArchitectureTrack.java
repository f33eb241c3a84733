package bibench.tracks;

import bibench.suite.JsonNode;
import bibench.suite.SuiteContext;
import java.util.List;

/**
 * Track 2, neural architecture (BiBench section 2): does an operator hold accuracy across CNN,
 * MLP-based and Transformer families? The same training cells as the learning-task track, over the
 * suite's architectures; the table takes the quadratic mean of A = score_bi / score_fp within each
 * family, then across families: O_arch = qmean over families of Q_f, times 100. Cells whose plan also
 * appears in the learning-task track reuse its trained models. Its suite section holds {@code
 * defaults} and {@code tasks} ({@link TaskPlanReader}).
 */
public final class ArchitectureTrack implements Track {
  /** The track id in suites and result rows. */
  public static final String ID = "architecture";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "does it hold accuracy across CNN, MLP-based and Transformer architectures?";
  }

  @Override
  public Phase phase() {
    return Phase.TRAINING;
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public TrackPlan read(JsonNode section, SuiteContext suite) {
    return new TrainingTrackPlan(ID, TaskPlanReader.plans(section, suite));
  }

  /** One cell per architecture plan, seed and operator, FP32 first. */
  public static List<Cell> cells(List<TaskPlan> plans, List<String> operators) {
    return TrainingCells.expand(ID, plans, operators);
  }
}
