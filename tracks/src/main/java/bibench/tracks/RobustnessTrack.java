package bibench.tracks;

import bibench.data.corrupt.Corruption;
import bibench.data.corrupt.Corruptions;
import bibench.suite.JsonNode;
import bibench.suite.SuiteContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Track 3, corruption robustness (BiBench section 3): is a binarized network as robust as FP32?
 * Models are trained on clean data and scored on clean and CIFAR-10-C-style corrupted copies of the
 * test split (corruptions written in Java, 5 severities each). The table compares each operator's
 * gap G = clean - mean corrupted accuracy with FP32's: O_robust = qmean over corruptions of G_fp /
 * G_op, with raw gaps always shown beside it. Its suite section holds {@code defaults}, {@code
 * tasks}, {@code corruptions} (ids; default the 10 of TRACKS.md) and {@code severities} (default
 * 1-5).
 */
public final class RobustnessTrack implements Track {
  /** The track id in suites and result rows. */
  public static final String ID = "robustness";

  /**
   * The robustness section of a suite.
   *
   * @param plans the tasks
   * @param corruptions the corruption ids
   * @param severities the severities, 1 to {@link Corruption#SEVERITIES}
   */
  public record Plan(List<TaskPlan> plans, List<String> corruptions, List<Integer> severities) implements TrackPlan {
    public Plan {
      plans = List.copyOf(plans);
      corruptions = List.copyOf(corruptions);
      severities = List.copyOf(severities);
    }

    @Override
    public List<Cell> cells(List<String> operators) {
      return RobustnessTrack.cells(plans, operators, Corruptions.byIds(corruptions), severities);
    }

    @Override
    public List<String> tasks() {
      return new TrainingTrackPlan(ID, plans).tasks();
    }

    @Override
    public List<Long> seeds() {
      return new TrainingTrackPlan(ID, plans).seeds();
    }
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "is it as robust as FP32 to corrupted inputs (10 corruptions x 5 severities)?";
  }

  @Override
  public Phase phase() {
    return Phase.TRAINING;
  }

  @Override
  public int order() {
    return 30;
  }

  @Override
  public Plan read(JsonNode section, SuiteContext suite) {
    List<TaskPlan> plans = TaskPlanReader.plans(section, suite);
    List<String> ids = section.strings("corruptions", Corruptions.required().stream().map(Corruption::id).toList());
    List<String> canonical = Corruptions.byIds(ids).stream().map(Corruption::id).toList();
    List<Integer> severities = new ArrayList<>();
    for (long s : section.longs("severities", List.of(1L, 2L, 3L, 4L, 5L), 1, Corruption.SEVERITIES)) {
      severities.add((int) s);
    }
    return new Plan(plans, canonical, severities);
  }

  /** One cell per task, seed and operator (FP32 first); corrupted test sets are shared by all. */
  public static List<Cell> cells(List<TaskPlan> plans, List<String> operators, List<Corruption> corruptions,
      List<Integer> severities) {
    CorruptedSets sets = new CorruptedSets();
    List<Cell> cells = new ArrayList<>();
    for (TaskPlan plan : plans) {
      for (long seed : plan.seeds()) {
        for (String op : TrainingCells.fp32First(operators)) {
          cells.add(new RobustnessCell(plan, op, seed, corruptions, severities, sets));
        }
      }
    }
    return cells;
  }
}
