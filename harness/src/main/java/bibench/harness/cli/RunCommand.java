package bibench.harness.cli;

import bibench.BadInputException;
import bibench.data.DataSources;
import bibench.harness.gate.Gate;
import bibench.harness.results.GitInfo;
import bibench.harness.results.Journal;
import bibench.harness.results.RunStart;
import bibench.harness.results.RunDirectory;
import bibench.harness.results.RunLock;
import bibench.harness.suite.Suite;
import bibench.harness.suite.Suites;
import bibench.operators.Operators;
import bibench.tracks.Cell;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code bibench run}: plans a suite's cells, takes the output folder's lock, resumes the unfinished
 * run of the same command or starts a new one, and hands the cells to {@link CellRunner}.
 */
final class RunCommand {
  static final Set<String> OPTIONS = Set.of("suite", "operators", "tracks", "data-dir", "out", "shard", "baseline");
  static final Set<String> SWITCHES = Set.of("fresh", "dry-run", "warn-only");

  private final PrintStream out;

  RunCommand(PrintStream out) {
    this.out = out;
  }

  int execute(CliArgs args) {
    Suite suite = Suites.load(args.option("suite", "quick"));
    List<String> operators = operatorsFor(suite, args.list("operators"));
    Shard shard = Shard.parse(args.option("shard", null));
    DataSources sources = DataSources.resolve(args.has("data-dir") ? Path.of(args.option("data-dir", "")) : null);
    List<Cell> cells = shard.select(TrackCells.of(suite, operators, args.list("tracks")));
    if (cells.isEmpty()) {
      throw new BadInputException("shard " + shard + " of suite " + suite.name() + " has no cells",
          "use fewer shards (the suite has fewer cells than shards)");
    }
    if (args.has("dry-run")) {
      return DryRun.print(out, suite, cells, sources);
    }
    String commit = GitInfo.commit();
    Path root = Path.of(args.option("out", "target/bibench"));
    try (RunLock lock = RunLock.acquire(root)) {
      Path dataDir = args.has("data-dir") ? Path.of(args.option("data-dir", "")) : null;
      RunStart.Started started = RunStart.begin(root,
          RunPlanning.inputs(commit, suite, operators, shard.toString(), cells, sources, dataDir, 1), args.has("fresh"));
      RunDirectory run = started.run();
      boolean resumed = started.resumed();
      Journal journal = new Journal(run.dir(), commit);
      out.printf(Locale.ROOT, "BiBench-J run %s: suite %s%s, %d cells%s%n", run.runId(), suite.name(),
          shard == Shard.ALL ? "" : ", shard " + shard, cells.size(),
          resumed ? ", resuming (" + journal.size() + " cells already done)" : "");
      out.println("results: " + run.dir().toAbsolutePath());
      new CellRunner(out, run, journal, sources).run(cells);
      return RunGate.check(out, run.dir(), Path.of(args.option("baseline", Gate.DEFAULT_BASELINE.toString())),
          args.has("warn-only"));
    }
  }

  private static List<String> operatorsFor(Suite suite, List<String> requested) {
    if (requested == null) {
      return suite.operators();
    }
    List<String> ids = new ArrayList<>();
    ids.add("fp32");
    for (String id : requested) {
      String canonical = Operators.create(id).id();
      if (!ids.contains(canonical)) {
        ids.add(canonical);
      }
    }
    return ids;
  }
}
