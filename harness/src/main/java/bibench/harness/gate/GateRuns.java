package bibench.harness.gate;

import bibench.harness.results.RunFolder;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The gate as the commands run it. {@link #compare} is {@code bibench compare}: strict, every
 * problem is exit 2. {@link #afterRun} is the end of {@code bibench run} and {@code bibench merge}:
 * a shard, a run without a baseline of its suite, or a baseline of another suite is said in one line
 * and passes, because the run itself succeeded; a regression or a missing metric fails it (exit 1)
 * unless {@code --warn-only}.
 */
public final class GateRuns {
  /** Exit code of a failed gate. */
  public static final int FAILED = 1;

  private GateRuns() {}

  /** {@code bibench compare}: prints the report and returns the exit code. */
  public static int compare(Path runDir, Path baseline, boolean warnOnly, PrintStream out) {
    return exitCode(Gate.compare(runDir, baseline), warnOnly, out);
  }

  /**
   * Stops a run or merge before it starts when {@code baseline} names a folder that does not exist
   * and is not the default: a mistyped {@code --baseline} would otherwise switch the gate off in
   * silence (the default folder may be absent: a fresh project has no baseline yet).
   */
  public static void requireBaselineFolder(Path baseline) {
    if (!baseline.equals(Gate.DEFAULT_BASELINE) && !java.nio.file.Files.isDirectory(baseline)) {
      throw new bibench.BadInputException("--baseline " + bibench.Excerpt.quoted(baseline.toString())
          + " is not a folder", "give the folder that holds <suite>/results.csv (such as results/baseline), or leave "
          + "--baseline out to use results/baseline");
    }
  }

  /** The gate at the end of a run (or a merge) in {@code runDir}; returns the exit code. */
  public static int afterRun(Path runDir, Path baseline, boolean warnOnly, PrintStream out) {
    out.println();
    RunFolder run = Gate.withProvenance(RunFolder.load(runDir), "run");
    Optional<String> shard = Gate.shardOf(run);
    if (shard.isPresent()) {
      out.println("Gate: not run on shard " + shard.get() + " alone; bibench merge of all shards gates the whole run.");
      return 0;
    }
    String suite = run.get("suite");
    Optional<Path> dir = Baselines.resolve(baseline, suite);
    if (dir.isEmpty()) {
      out.println("Gate: no baseline of suite '" + suite + "' (no " + Baselines.looked(baseline, suite)
          + "): nothing to compare. Make one with: bibench baseline " + runDir);
      return 0;
    }
    RunFolder base = Gate.withProvenance(RunFolder.load(dir.get()), "baseline");
    Optional<String> otherSuite = Gate.otherSuite(run, base);
    if (otherSuite.isPresent()) {
      out.println("Gate: not compared: " + otherSuite.get() + ". To gate this suite, make a baseline of it with: "
          + "bibench baseline " + runDir);
      return 0;
    }
    return exitCode(Gate.compare(run, base), warnOnly, out);
  }

  private static int exitCode(GateReport report, boolean warnOnly, PrintStream out) {
    out.print(report.render());
    if (report.failed() && warnOnly) {
      out.println("--warn-only: exit code 0 although the gate failed.");
      return 0;
    }
    return report.failed() ? FAILED : 0;
  }
}
