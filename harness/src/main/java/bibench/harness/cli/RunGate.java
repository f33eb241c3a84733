package bibench.harness.cli;

import bibench.harness.gate.GateRuns;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The end of {@code bibench run}: the regression gate against the baseline of the run's suite
 * ({@link GateRuns#afterRun}). A regression or a missing metric makes the run exit with code 1 (so
 * {@code mvn verify -Pbench} fails) unless {@code --warn-only}; a shard is gated after the merge.
 */
final class RunGate {
  private RunGate() {}

  static int check(PrintStream out, Path runDir, Path baseline, boolean warnOnly) {
    return GateRuns.afterRun(runDir, baseline, warnOnly, out);
  }
}
