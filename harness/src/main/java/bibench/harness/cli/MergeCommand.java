package bibench.harness.cli;

import bibench.harness.gate.Gate;
import bibench.harness.gate.GateRuns;
import bibench.harness.merge.ShardMerge;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bibench merge <shard-dir>... --out DIR [--baseline DIR] [--warn-only]}: joins the folders of a
 * sharded run into one run, then gates the whole run against the baseline of its suite.
 */
@Command(name = "merge", description = "Join the folders of a sharded run (run --shard K/N) into one run folder, then "
    + "gate it against the baseline of its suite (exit code 1 on a regression or a missing metric).")
final class MergeCommand implements Callable<Integer> {
  @ParentCommand Bibench parent;

  @Mixin CommonOptions common;

  @Parameters(arity = "1..*", paramLabel = "SHARD-DIR", description = "The folders of the shards' runs.")
  List<Path> shards;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "The folder of the merged run.")
  Path out;

  @Option(names = "--baseline", paramLabel = "DIR",
      description = "Gate the merged run against this baselines' folder (default: ${DEFAULT-VALUE}).")
  Path baseline = Gate.DEFAULT_BASELINE;

  @Option(names = "--warn-only", description = "Report regressions and missing metrics, but exit with 0.")
  boolean warnOnly;

  @Override
  public Integer call() {
    bibench.harness.gate.GateRuns.requireBaselineFolder(baseline);
    ShardMerge.Merged merged = ShardMerge.merge(shards, out);
    parent.out().println("merged " + merged.shards() + " shards, " + merged.rows() + " rows, into " + merged.dir()
        + " (run id " + merged.runId() + "); next: bibench report " + merged.dir());
    return GateRuns.afterRun(merged.dir(), baseline, warnOnly, parent.out());
  }
}
