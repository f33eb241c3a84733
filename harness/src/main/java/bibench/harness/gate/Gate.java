package bibench.harness.gate;

import bibench.BadInputException;
import bibench.harness.results.RunFolder;
import bibench.harness.results.Provenance;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The regression gate: compares a run with the baseline of its suite, metric by metric (rows
 * grouped over seeds), and fails ({@link GateReport#failed()}, exit code 1) on a REGRESSED or a
 * MISSING metric. It judges only what it can judge:
 *
 * <ul>
 *   <li>scores as seed means, with a one-sided Welch test, Holm's correction and a minimum drop
 *       ({@link ScoreGate});
 *   <li>times, throughputs, speed-ups, allocations and every JMH row only against a baseline with the
 *       same, complete machine fingerprint; otherwise they are NOT_COMPARED, on one line ({@link
 *       MetricKinds});
 *   <li>other machine-independent metrics with {@link NoiseBand};
 *   <li>MISSING only within the run's own plan ({@link PlanScope}), and every planned cell that never
 *       finished; baseline metrics outside the plan are counted on one line.
 * </ul>
 *
 * It refuses (exit 2) a run or a baseline without provenance.json (nothing says what they are), a
 * run and a baseline of different suites, and a shard of a run (its plan is a share of the cells:
 * {@code bibench merge} joins the shards and gates the whole).
 */
public final class Gate {
  /** The default baseline root, relative to the project root: {@code results/baseline/<suite>/}. */
  public static final Path DEFAULT_BASELINE = Baselines.ROOT;

  private Gate() {}

  /**
   * Compares the run in {@code runDir} with the baseline of its suite under {@code baseline} (a root
   * of per-suite folders, or one baseline folder).
   *
   * @throws BadInputException if a folder or its files are missing or malformed, either has no
   *     provenance, the run is a shard, there is no baseline of the run's suite, or the suites differ
   */
  public static GateReport compare(Path runDir, Path baseline) {
    RunFolder run = withProvenance(RunFolder.load(runDir), "run");
    shardOf(run).ifPresent(shard -> {
      throw new BadInputException("run " + run.dir() + " is shard " + shard + " of a run: its plan is a share of the "
          + "cells, so missing metrics cannot be told from another shard's", "join the shards with bibench merge "
          + "<shard-dir>... --out <dir>, which gates the whole run");
    });
    String suite = run.get("suite");
    Path dir = Baselines.resolve(baseline, suite).orElseThrow(() -> new BadInputException("no baseline of suite '" + suite
        + "': no " + Baselines.looked(baseline, suite), "make one from a finished run of that suite with: bibench "
        + "baseline <run-dir> (it writes " + Baselines.target(baseline, suite) + "), or pass --baseline <dir>"));
    RunFolder base = withProvenance(RunFolder.load(dir), "baseline");
    otherSuite(run, base).ifPresent(reason -> {
      throw new BadInputException(reason, "compare with a baseline of the same suite (results/baseline/<suite>/, "
          + "made with bibench baseline <run-dir>)");
    });
    return compare(run, base);
  }

  /** Compares two loaded runs, both with provenance. */
  public static GateReport compare(RunFolder run, RunFolder baseline) {
    return GateComparison.compare(run, baseline);
  }

  /**
   * The folder itself when it has a provenance.json.
   *
   * @param role "run" or "baseline", for the message
   * @throws BadInputException naming the missing file and the fix
   */
  public static RunFolder withProvenance(RunFolder folder, String role) {
    if (folder.provenance().isEmpty()) {
      throw new BadInputException(role + " folder " + folder.dir() + " has no " + Provenance.FILE + ", so the gate cannot "
          + "tell its suite, plan or machine", role.equals("run") ? "gate a folder written by bibench run or bibench "
          + "merge (rerun the suite if the file was lost)" : "refresh the baseline from a finished run with bibench "
          + "baseline <run-dir>, which copies its provenance.json");
    }
    return folder;
  }

  /** The run's shard {@code k/n} when it is a share of a run (not 1/1). */
  public static Optional<String> shardOf(RunFolder run) {
    String shard = run.get("shard");
    return shard.isEmpty() || shard.equals("1/1") || run.provenance().map(p -> p.mixed("shard")).orElse(false)
        ? Optional.empty() : Optional.of(shard);
  }

  /**
   * Why {@code run} and {@code baseline} cannot be compared, when they ran different suites (the
   * same task and operator under another suite's recipe is another measurement, not a regression) or
   * scored on different splits (a {@code --validation} run against a test-scored baseline).
   */
  public static Optional<String> otherSuite(RunFolder run, RunFolder baseline) {
    String runSuite = run.get("suite");
    String baseSuite = baseline.get("suite");
    if (runSuite.equals(baseSuite)) {
      String runSplit = run.get("scored_on");
      String baseSplit = baseline.get("scored_on");
      if (runSplit.equals(baseSplit)) {
        return Optional.empty();
      }
      // scores on a held-out part of the training split (run --validation) are not test scores
      return Optional.of("run " + run.dir() + " is scored on " + (runSplit.isEmpty() ? "the test split" : runSplit)
          + ", the baseline " + baseline.dir() + " on " + (baseSplit.isEmpty() ? "the test split" : baseSplit));
    }
    return Optional.of("run " + run.dir() + " is of suite '" + runSuite + "', the baseline " + baseline.dir()
        + " of suite '" + baseSuite + "'");
  }
}
