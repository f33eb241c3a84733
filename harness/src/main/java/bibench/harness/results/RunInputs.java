package bibench.harness.results;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything a run is started from, decided before its first cell: the code (commit), the suite
 * (its text), the plan (tracks, operators, seeds, shard, workers and the cells they give), the data
 * and the engine. {@link RunStart} writes it into the run folder (provenance.json, suite.json,
 * plan.json, run.key) before the first cell, and checks it again when the run is resumed.
 *
 * <p>Two parts: the command's identity ({@link #runKey()}: suite, tracks, operators, seeds,
 * shard), which finds the unfinished run a rerun resumes; and the inputs that must not change
 * within one run (commit, suite text, data, cells), which a resume checks.
 *
 * @param commit the commit the code was built from
 * @param suite the suite
 * @param tracks the tracks planned, in run order
 * @param operators the operator ids planned (fp32 first)
 * @param seeds every seed planned
 * @param shard {@code k/n}, {@code 1/1} for a whole run
 * @param workers worker processes training side by side (1: cells run in the run's own process)
 * @param data where each task's data is read
 * @param engine the engine and how it runs
 * @param cells the planned cells, in run order
 * @param validation 0, or the share of each training split scored instead of the test split (another
 *     split: another run)
 * @param extra further provenance fields, written as they are after the engine's (the device's
 *     facts, the shard costs' hash, what the scores are computed on); values are text, numbers,
 *     booleans or null
 */
public record RunInputs(String commit, SuiteText suite, List<String> tracks, List<String> operators, List<Long> seeds,
    String shard, int workers, DataInputs data, EngineInfo engine, List<PlannedCell> cells, double validation,
    java.util.Map<String, Object> extra) {

  public RunInputs {
    tracks = List.copyOf(tracks);
    operators = List.copyOf(operators);
    seeds = List.copyOf(seeds);
    cells = List.copyOf(cells);
    extra = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
  }

  /** The same inputs without validation share or extra fields (tests and tools). */
  public RunInputs(String commit, SuiteText suite, List<String> tracks, List<String> operators, List<Long> seeds,
      String shard, int workers, DataInputs data, EngineInfo engine, List<PlannedCell> cells) {
    this(commit, suite, tracks, operators, seeds, shard, workers, data, engine, cells, 0, java.util.Map.of());
  }

  /**
   * A suite as the run read it.
   *
   * @param name its name
   * @param description its one-line description
   * @param source where it came from: a built-in name or a file path
   * @param text its JSON text (copied into the run folder as suite.json)
   */
  public record SuiteText(String name, String description, String source, String text) {
    /** SHA-256 of the text. */
    public String sha256() {
      return Journal.hash(text);
    }
  }

  /**
   * The engine that trains and scores.
   *
   * @param name such as {@code PyTorch}
   * @param version such as {@code 2.7.1}
   * @param threads intra-op threads per process, or null when the engine chose
   * @param interopThreads inter-op threads, or null when the engine chose
   * @param device {@code cpu} (GPUs are not supported yet)
   */
  public record EngineInfo(String name, String version, Integer threads, Integer interopThreads, String device) {
    /** The engine of this JVM's settings: threads from ai.djl.pytorch.num_threads, else OMP_NUM_THREADS. */
    public static EngineInfo of(String name, String version) {
      Integer threads = number(System.getProperty("ai.djl.pytorch.num_threads", System.getenv("OMP_NUM_THREADS")));
      Integer interop = number(System.getProperty("ai.djl.pytorch.num_interop_threads"));
      return new EngineInfo(name, version, threads, interop, "cpu");
    }

    private static Integer number(String text) {
      try {
        return text == null ? null : Integer.valueOf(text.strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }

  /**
   * One planned cell.
   *
   * @param track its track
   * @param label its label
   * @param definition its definition (what the journal hashes)
   */
  public record PlannedCell(String track, String label, String definition) {}

  /** The command's identity: suite source, tracks, operators, seeds, shard and validation share (SHA-256). */
  public String runKey() {
    return Journal.hash(String.join("\n", "bibench-run-key 2", suite.source(), String.join(",", tracks),
        String.join(",", operators), seeds.toString(), shard) + (validation > 0 ? "\nvalidation " + validation : ""));
  }

  /** SHA-256 of the cells' definitions, in order. */
  public String cellsHash() {
    return cellsHash(cells);
  }

  /** SHA-256 of {@code cells}' definitions, in order (what provenance.json records as cells_sha256). */
  public static String cellsHash(List<PlannedCell> cells) {
    List<String> definitions = new ArrayList<>();
    cells.forEach(c -> definitions.add(c.definition()));
    return Journal.hash(String.join("\n", definitions));
  }
}
