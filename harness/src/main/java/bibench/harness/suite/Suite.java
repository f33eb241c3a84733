package bibench.harness.suite;

import bibench.tracks.TaskPlan;
import java.util.List;
import java.util.Objects;

/**
 * A suite: which operators run on which tracks, tasks, architectures and schedules. Suites are
 * JSON files a user can copy and edit (README.md, section Suites, documents every key); four are
 * built in: {@code smoke} (seconds, for tests), {@code quick} (the default of {@code mvn verify
 * -Pbench}, on the data the project ships), {@code standard} (the real sets of a data directory,
 * about two hours on two cores) and {@code paper} (BiBench's own scale, for GPUs and clusters).
 *
 * @param name the suite's name, written into every run's provenance
 * @param description one line on what it is for
 * @param operators the operator ids to run (fp32 is always added: every table needs it)
 * @param learningTask the tasks of the learning-task track (empty when the track is not run)
 * @param source where the suite was read from (a built-in name or a file path)
 */
public record Suite(
    String name,
    String description,
    List<String> operators,
    List<TaskPlan> learningTask,
    String source) {

  public Suite {
    Objects.requireNonNull(name, "name");
    operators = List.copyOf(operators);
    learningTask = List.copyOf(learningTask);
  }

  /** Every seed used anywhere in the suite. */
  public List<Long> seeds() {
    return learningTask.stream().flatMap(p -> p.seeds().stream()).distinct().sorted().toList();
  }
}
