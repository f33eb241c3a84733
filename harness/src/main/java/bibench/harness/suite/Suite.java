package bibench.harness.suite;

import bibench.tracks.TrackPlan;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A suite: which operators run on which tracks, tasks, architectures and schedules. Suites are
 * JSON files a user can copy and edit (README.md, section Suites, documents every key); the
 * built-in ones are {@code smoke} (seconds, for tests), {@code quick} (the default of {@code mvn
 * verify -Pbench}, on the data the project ships), {@code standard} (the real sets of a data
 * directory, about two hours on two cores) and {@code paper} (BiBench's own scale, for GPUs and
 * clusters). Each track's section is read by the track itself ({@link bibench.tracks.Track#read}).
 *
 * @param name the suite's name, written into every run's provenance
 * @param description one line on what it is for
 * @param operators the operator ids to run (fp32 is always included: every table needs it)
 * @param tracks the plan of each track the suite names, by track id, in run order
 * @param source where the suite was read from (a built-in name or a file path)
 */
public record Suite(String name, String description, List<String> operators, Map<String, TrackPlan> tracks,
    String source) {

  public Suite {
    Objects.requireNonNull(name, "name");
    operators = List.copyOf(operators);
    tracks = Collections.unmodifiableMap(new LinkedHashMap<>(tracks));
  }

  /** The plan of a track, or null when the suite does not name it. */
  public TrackPlan plan(String trackId) {
    return tracks.get(trackId);
  }

  /** Every task id the suite's tracks load, in first-use order. */
  public List<String> tasks() {
    return tracks.values().stream().flatMap(t -> t.tasks().stream()).distinct().toList();
  }

  /** Every seed used anywhere in the suite's training, sorted. */
  public List<Long> seeds() {
    return tracks.values().stream().flatMap(t -> t.seeds().stream()).distinct().sorted().toList();
  }
}
