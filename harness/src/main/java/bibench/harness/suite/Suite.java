package bibench.harness.suite;

import bibench.complexity.ComplexityPlan;
import bibench.harness.inference.InferenceCells;
import bibench.tracks.TaskPlan;
import bibench.tracks.TrainingConsumptionTrack.GridPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A suite: which operators run on which tracks, tasks, architectures and schedules. Suites are
 * JSON files a user can copy and edit (README.md, section Suites, documents every key); the
 * built-in ones are {@code smoke} (seconds, for tests), {@code quick} (the default of {@code mvn
 * verify -Pbench}, on the data the project ships), {@code standard} (the real sets of a data
 * directory, about two hours on two cores) and {@code paper} (BiBench's own scale, for GPUs and
 * clusters).
 *
 * @param name the suite's name, written into every run's provenance
 * @param description one line on what it is for
 * @param operators the operator ids to run (fp32 is always included: every table needs it)
 * @param learningTask the tasks of the learning-task track (empty when the track is not run)
 * @param architecture the architectures of the neural-architecture track
 * @param robustness the corruption-robustness track, or null
 * @param training the training-consumption track, or null
 * @param complexity the architectures and inputs the complexity track counts (empty when not run)
 * @param inference the hardware-inference track, or null
 * @param source where the suite was read from (a built-in name or a file path)
 */
public record Suite(
    String name,
    String description,
    List<String> operators,
    List<TaskPlan> learningTask,
    List<TaskPlan> architecture,
    Robustness robustness,
    Training training,
    List<ComplexityPlan> complexity,
    InferenceCells inference,
    String source) {

  public Suite {
    Objects.requireNonNull(name, "name");
    operators = List.copyOf(operators);
    learningTask = List.copyOf(learningTask);
    architecture = List.copyOf(architecture);
    complexity = List.copyOf(complexity);
  }

  /** The robustness track: its tasks, the corruption ids and the severities. */
  public record Robustness(List<TaskPlan> plans, List<String> corruptions, List<Integer> severities) {}

  /** The training-consumption track: its tasks (epochs and batch size in the binary recipe) and grid. */
  public record Training(List<TaskPlan> plans, List<GridPoint> grid) {}

  /** Every task id the suite's training tracks load, in first-use order. */
  public List<String> tasks() {
    List<TaskPlan> all = new ArrayList<>(learningTask);
    all.addAll(architecture);
    if (robustness != null) {
      all.addAll(robustness.plans());
    }
    if (training != null) {
      all.addAll(training.plans());
    }
    if (inference != null) {
      all.addAll(inference.checks());
    }
    return all.stream().map(TaskPlan::task).distinct().toList();
  }

  /** Every seed used anywhere in the suite. */
  public List<Long> seeds() {
    List<TaskPlan> all = new ArrayList<>(learningTask);
    all.addAll(architecture);
    if (robustness != null) {
      all.addAll(robustness.plans());
    }
    if (training != null) {
      all.addAll(training.plans());
    }
    return all.stream().flatMap(p -> p.seeds().stream()).distinct().sorted().toList();
  }
}
