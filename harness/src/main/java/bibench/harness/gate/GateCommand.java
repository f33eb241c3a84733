package bibench.harness.gate;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
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

  /**
   * Runs the comparison.
   *
   * @param positional the run folder (default target/bibench/latest)
   * @param baseline the baseline folder, or null for results/baseline
   */
  public static int execute(List<String> positional, String baseline, boolean warnOnly, PrintStream out) {
    Path run = Path.of(positional.isEmpty() ? "target/bibench/latest" : positional.get(0));
    GateReport report = Gate.compare(run, baseline == null ? Gate.DEFAULT_BASELINE : Path.of(baseline));
    out.print(report.render());
    if (report.regressed() && warnOnly) {
      out.println("--warn-only: exit code 0 despite the regression.");
    }
    return report.regressed() && !warnOnly ? 1 : 0;
  }
}
