package bibench.harness.export;

import bibench.BadInputException;
import bibench.harness.results.Provenance;
import bibench.harness.tables.MetricKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * The names a run's metrics are exported under, chosen so that a history tool (github-action-benchmark,
 * Bencher) can only ever compare like with like.
 *
 * <ul>
 *   <li>Every name starts with the run's suite: {@code quick: learning_task optdigits/mlp bnn
 *       finetune score}. A smoke run trains for seconds on slices of the data, so its scores, and
 *       everything else, are not quick's.
 *   <li>A machine-dependent metric ({@link #machineDependent}) also ends with the machine, {@link
 *       MachineSlug#exact}: {@code quick: learning_task optdigits/mlp bnn finetune epoch_time
 *       [amd-epyc-2c-3bc50b6e]}. A time from another machine then has another name, and is never
 *       its predecessor.
 * </ul>
 *
 * The suite and machine come from the run's provenance.json. Without one (or for a merge of shards
 * from different machines, whose provenance says {@code mixed: ...}) the machine is unknown, and
 * machine-dependent metrics have no name: they are left out, as the gate leaves them out.
 */
public final class ExportNames {
  /** The suite of a run without provenance. */
  public static final String UNKNOWN_SUITE = "unknown-suite";

  /** The hardware inference track: every row is made by the deployed kernels on this machine's CPU. */
  static final String INFERENCE_TRACK = "inference";

  private static final Set<String> TIME_UNITS = Set.of("s", "ms", "us", "ns");

  private final String suite;
  private final String machine;
  private final String noMachine;

  private ExportNames(String suite, String machine, String noMachine) {
    this.suite = suite;
    this.machine = machine;
    this.noMachine = noMachine;
  }

  /** The names for a run with this provenance (or none). */
  public static ExportNames of(Optional<Provenance> provenance) {
    if (provenance.isEmpty()) {
      return new ExportNames(UNKNOWN_SUITE, "", "the run has no provenance.json, so its machine is unknown");
    }
    Provenance p = provenance.get();
    String suite = label(p.get("suite"));
    for (String key : new String[] {"cpu_model", "cpu_flags_hash", "cores"}) {
      if (p.get(key).startsWith("mixed")) {
        return new ExportNames(suite, "", "the run merges shards from different machines (" + key + " " + p.get(key) + ")");
      }
    }
    if (p.get("cpu_model").isBlank()) {
      return new ExportNames(suite, "", "the run's provenance.json names no CPU model");
    }
    return new ExportNames(suite, MachineSlug.exact(p.get("cpu_model"), p.get("cores"), p.get("cpu_flags_hash")), "");
  }

  /**
   * The names for the run in {@code runDir}, from its provenance.json when it has one.
   *
   * @throws BadInputException if provenance.json exists but cannot be read
   */
  public static ExportNames of(Path runDir) {
    Path file = runDir.resolve("provenance.json");
    if (!Files.exists(file)) {
      return of(Optional.empty());
    }
    try {
      return of(Optional.of(Provenance.read(file)));
    } catch (IOException | RuntimeException e) {
      throw new BadInputException("provenance file " + file + " cannot be read (" + e.getMessage() + ")",
          "restore it from the run, or rerun; it is written by bibench run");
    }
  }

  /**
   * True for a metric whose value depends on the machine it was measured on: everything the
   * hardware inference track writes (JMH's latency, throughput, allocation and in-run speed-ups, and
   * the deployed kernels' checks), and anywhere else a time ({@code s, ms, us, ns}), a rate per
   * second, bytes allocated per operation ({@code B/op}) or a ratio measured in the run ({@code x}).
   */
  public static boolean machineDependent(String track, String unit) {
    return track.equals(INFERENCE_TRACK) || TIME_UNITS.contains(unit) || unit.endsWith("/s") || unit.equals("B/op")
        || unit.equals("x");
  }

  /** The suite, as it appears in names: letters, digits, '.', '_' and '-'. */
  public String suite() {
    return suite;
  }

  /** The machine slug, when the machine is known. */
  public Optional<String> machine() {
    return machine.isEmpty() ? Optional.empty() : Optional.of(machine);
  }

  /** Why the machine is unknown ("" when it is known). */
  public String noMachineReason() {
    return noMachine;
  }

  /**
   * The exported name of a metric with this unit, or empty for a machine-dependent metric of a run
   * whose machine is unknown.
   */
  public Optional<String> name(MetricKey key, String unit) {
    String name = suite + ": " + key.name();
    if (!machineDependent(key.track(), unit)) {
      return Optional.of(name);
    }
    return machine().map(m -> name + " [" + m + "]");
  }

  private static String label(String suite) {
    String s = suite.strip().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
    return s.isEmpty() ? UNKNOWN_SUITE : s;
  }
}
