package bibench.harness.merge;

import bibench.BadInputException;
import bibench.harness.cli.CliArgs;
import bibench.harness.gate.Gate;
import bibench.harness.gate.GateRuns;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code bibench merge <shard-dir>... --out <dir> [--baseline DIR] [--warn-only]}: joins the shards,
 * then gates the whole run against the baseline of its suite (exit 1 when the gate fails).
 */
public final class MergeCommand {
  /** Options of {@code merge}. */
  public static final Set<String> OPTIONS = Set.of("out", "baseline");

  /** Switches of {@code merge}. */
  public static final Set<String> SWITCHES = Set.of("warn-only");

  private MergeCommand() {}

  /** Runs the merge. */
  public static int execute(CliArgs args, PrintStream out) {
    if (!args.has("out")) {
      throw new BadInputException("merge needs --out <dir>, the folder of the merged run",
          "bibench merge <shard-dir>... --out target/bibench/<name>");
    }
    List<Path> shards = new ArrayList<>();
    args.positional().forEach(p -> shards.add(Path.of(p)));
    ShardMerge.Merged merged = ShardMerge.merge(shards, Path.of(args.option("out", "")));
    out.println("merged " + merged.shards() + " shards, " + merged.rows() + " rows, into " + merged.dir()
        + " (run id " + merged.runId() + "); next: bibench report " + merged.dir());
    return GateRuns.afterRun(merged.dir(), Path.of(args.option("baseline", Gate.DEFAULT_BASELINE.toString())),
        args.has("warn-only"), out);
  }
}
