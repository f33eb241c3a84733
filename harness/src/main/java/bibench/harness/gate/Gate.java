package bibench.harness.gate;

import bibench.BadInputException;
import bibench.harness.results.RunFolder;
import bibench.harness.results.Provenance;
import bibench.harness.results.RunDirectory;
import bibench.harness.tables.MetricKey;
import bibench.harness.tables.SeedGroup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The regression gate: compares a run with a baseline run metric by metric (rows grouped over
 * seeds), each with its direction and a noise band drawn from the data ({@link NoiseBand}).
 *
 * <p>Machine-independent metrics (scores, counts, ratios) are always compared. Absolute times
 * (units s, ms, us, ns, and rates per second such as MAC/s) are compared only when the baseline
 * was measured on the same machine, that is when both provenance files give the same {@link
 * Provenance#fingerprint()}; otherwise they are NOT_COMPARED, with the reason.
 *
 * <p>The run command calls {@code Gate.compare(runDir, baselineDir)} at its end, prints {@link
 * GateReport#render()} and exits 1 when {@link GateReport#regressed()}.
 */
public final class Gate {
  /** The default baseline folder, relative to the project root. */
  public static final Path DEFAULT_BASELINE = Path.of("results", "baseline");

  private static final Set<String> TIME_UNITS = Set.of("s", "ms", "us", "ns");

  private Gate() {}

  /** True when {@code baselineDir} holds a baseline (a results.csv) to compare with. */
  public static boolean hasBaseline(Path baselineDir) {
    return Files.isRegularFile(baselineDir.resolve(RunDirectory.RESULTS));
  }

  /**
   * Compares the run in {@code runDir} with the baseline in {@code baselineDir}.
   *
   * @throws BadInputException if either folder is missing, has no results.csv, or has a
   *     results.csv of another schema
   */
  public static GateReport compare(Path runDir, Path baselineDir) {
    if (!hasBaseline(baselineDir)) {
      throw new BadInputException("baseline folder " + baselineDir + " has no " + RunDirectory.RESULTS,
          "make one from a finished run with: bibench baseline <run-dir> (or pass --baseline <dir>)");
    }
    RunFolder baseline = RunFolder.load(baselineDir);
    RunFolder run = RunFolder.load(runDir);
    otherSuite(run, baseline).ifPresent(reason -> {
      throw new BadInputException(reason, "compare with a baseline of the same suite: --baseline <dir> (make one with "
          + "bibench baseline <run-dir> --baseline <dir>)");
    });
    return compare(run, baseline);
  }

  /**
   * Why {@code run} and {@code baseline} cannot be compared, when they ran different suites: the
   * same task and operator under another suite's recipe is another measurement, not a regression.
   */
  public static Optional<String> otherSuite(RunFolder run, RunFolder baseline) {
    String runSuite = run.provenance().map(p -> p.get("suite")).orElse("");
    String baseSuite = baseline.provenance().map(p -> p.get("suite")).orElse("");
    if (runSuite.isEmpty() || baseSuite.isEmpty() || runSuite.equals(baseSuite)) {
      return Optional.empty();
    }
    return Optional.of("run " + run.dir() + " is of suite " + runSuite + ", the baseline " + baseline.dir()
        + " of suite " + baseSuite);
  }

  /** Compares two loaded runs. */
  public static GateReport compare(RunFolder run, RunFolder baseline) {
    String machine = machineDifference(run.provenance(), baseline.provenance());
    Map<MetricKey, SeedGroup> runGroups = SeedGroup.of(run.rows());
    Map<MetricKey, SeedGroup> baseGroups = SeedGroup.of(baseline.rows());
    List<MetricVerdict> verdicts = new ArrayList<>();
    for (SeedGroup r : runGroups.values()) {
      SeedGroup b = baseGroups.get(r.key());
      if (b == null) {
        verdicts.add(new MetricVerdict(r.key(), Verdict.NEW, r.unit(), Double.NaN, r.stats().mean(), "not in the baseline"));
      } else if (isMachineDependent(r.unit()) && machine != null) {
        verdicts.add(new MetricVerdict(r.key(), Verdict.NOT_COMPARED, r.unit(), b.stats().mean(), r.stats().mean(),
            "absolute time, " + machine));
      } else {
        NoiseBand.Decision d = NoiseBand.decide(b, r);
        verdicts.add(new MetricVerdict(r.key(), d.verdict(), r.unit(), b.stats().mean(), r.stats().mean(), d.reason()));
      }
    }
    for (SeedGroup b : baseGroups.values()) {
      if (!runGroups.containsKey(b.key())) {
        verdicts.add(new MetricVerdict(b.key(), Verdict.MISSING, b.unit(), b.stats().mean(), Double.NaN, "not in the run"));
      }
    }
    verdicts.sort(Comparator.comparing(MetricVerdict::verdict));
    return new GateReport(run.runId(), run.dir(), baseline.runId(), baseline.dir(), machine, verdicts);
  }

  /** True for units whose values depend on the machine: absolute times and rates per second. */
  public static boolean isMachineDependent(String unit) {
    return TIME_UNITS.contains(unit) || unit.endsWith("/s");
  }

  /**
   * Why absolute times cannot be compared (the fingerprint fields that differ), or null when both
   * runs come from the same machine.
   */
  static String machineDifference(Optional<Provenance> run, Optional<Provenance> baseline) {
    if (baseline.isEmpty()) {
      return "the baseline has no provenance.json, so its machine is unknown";
    }
    if (run.isEmpty()) {
      return "the run has no provenance.json, so its machine is unknown";
    }
    if (run.get().fingerprint().equals(baseline.get().fingerprint())) {
      return null;
    }
    List<String> differences = new ArrayList<>();
    for (String key : Provenance.FINGERPRINT_KEYS) {
      String a = baseline.get().get(key);
      String b = run.get().get(key);
      if (!a.equals(b)) {
        differences.add(key + " '" + a + "' vs '" + b + "'");
      }
    }
    return "measured on another machine (" + String.join(", ", differences) + ")";
  }
}
