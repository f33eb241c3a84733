package bibench.harness.cli;

import bibench.harness.merge.ShardMerge;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code bibench merge <shard-dir>... --out DIR}: joins the folders of a sharded run into one run. */
@Command(name = "merge", description = "Join the folders of a sharded run (run --shard K/N) into one run folder.")
final class MergeCommand implements Callable<Integer> {
  @ParentCommand Bibench parent;

  @Mixin CommonOptions common;

  @Parameters(arity = "1..*", paramLabel = "SHARD-DIR", description = "The folders of the shards' runs.")
  List<Path> shards;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "The folder of the merged run.")
  Path out;

  @Override
  public Integer call() {
    ShardMerge.Merged merged = ShardMerge.merge(shards, out);
    parent.out().println("merged " + merged.shards() + " shards, " + merged.rows() + " rows, into " + merged.dir()
        + " (run id " + merged.runId() + "); next: bibench report " + merged.dir());
    return Bibench.DONE;
  }
}
