package bibench.harness.gate;

import java.io.PrintStream;
import java.nio.file.Path;
import bibench.harness.cli.CliArgs;
import bibench.harness.report.CliPaths;
import java.util.Set;

/**
 * {@code bibench compare <run-dir> [--baseline results/baseline] [--warn-only]}: prints the verdict
 * table; the exit code is 1 when a metric regressed (0 with --warn-only).
 */
public final class GateCommand {
  /** Options that take a value. */
  public static final Set<String> OPTIONS = Set.of("baseline");

  /** Options without a value. */
  public static final Set<String> SWITCHES = Set.of("warn-only");

  private GateCommand() {}

  /** Runs {@code compare} with parsed arguments. */
  public static int execute(CliArgs args, PrintStream out) {
    return execute(CliPaths.runDir(args, "compare"), Path.of(args.option("baseline", Gate.DEFAULT_BASELINE.toString())),
        args.has("warn-only"), out);
  }

  /**
   * Compares {@code run} with {@code baseline}, prints the verdict table and returns the exit code.
   *
   * @param warnOnly report regressions but return 0
   */
  public static int execute(Path run, Path baseline, boolean warnOnly, PrintStream out) {
    return GateRuns.compare(run, baseline, warnOnly, out);
  }
}
