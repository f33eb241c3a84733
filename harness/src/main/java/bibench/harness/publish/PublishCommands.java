package bibench.harness.publish;

import bibench.harness.cli.CliArgs;
import bibench.harness.report.CliPaths;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code bibench baseline <run-dir> [--baseline results/baseline]} and {@code bibench publish
 * <run-dir> [--published results/published]}.
 */
public final class PublishCommands {
  /** Options of {@code baseline}. */
  public static final Set<String> BASELINE_OPTIONS = Set.of("baseline");

  /** Options of {@code publish}. */
  public static final Set<String> PUBLISH_OPTIONS = Set.of("published");

  private PublishCommands() {}

  /** {@code bibench baseline}. */
  public static int baseline(CliArgs args, PrintStream out) {
    Path target = Path.of(args.option("baseline", Publishing.BASELINE.toString()));
    Publishing.Baseline made = Publishing.refreshBaseline(CliPaths.runDir(args, "baseline"), target);
    out.println("baseline " + made.dir() + " is now run " + made.runId() + " (results.csv, provenance.json); commit it "
        + "to share it");
    return 0;
  }

  /** {@code bibench publish}. */
  public static int publish(CliArgs args, PrintStream out) {
    Path root = Path.of(args.option("published", Publishing.PUBLISHED.toString()));
    Path folder = Publishing.publish(CliPaths.runDir(args, "publish"), root);
    out.println("published to " + folder + " (results.csv, provenance.json, report.md, report.html, export); "
        + "commit it to share it");
    return 0;
  }
}
