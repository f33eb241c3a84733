package bibench.harness.cli;

import bibench.harness.gate.Gate;
import bibench.harness.gate.GateReport;
import bibench.harness.results.RunFolder;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The end of {@code bibench run}: the regression gate against the baseline. A regression makes the
 * run exit with code 1 (so {@code mvn verify -Pbench} fails) unless {@code --warn-only}.
 */
final class RunGate {
  private RunGate() {}

  static int check(PrintStream out, Path runDir, Path baseline, boolean warnOnly) {
    out.println();
    if (!Gate.hasBaseline(baseline)) {
      out.println("No baseline in " + baseline + ": nothing to compare. Make one with: bibench baseline " + runDir);
      return 0;
    }
    RunFolder run = RunFolder.load(runDir);
    RunFolder base = RunFolder.load(baseline);
    java.util.Optional<String> otherSuite = Gate.otherSuite(run, base);
    if (otherSuite.isPresent()) {
      out.println("Not compared: " + otherSuite.get() + ". To gate this suite, make a baseline of it with: "
          + "bibench baseline " + runDir + " --baseline <dir>, and pass --baseline <dir>");
      return 0;
    }
    GateReport report = Gate.compare(run, base);
    out.print(report.render());
    if (report.regressed() && warnOnly) {
      out.println("(--warn-only: the regressions above do not fail the run)");
      return 0;
    }
    return report.regressed() ? 1 : 0;
  }
}
