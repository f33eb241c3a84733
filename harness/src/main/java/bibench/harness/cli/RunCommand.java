package bibench.harness.cli;

import ai.djl.engine.Engine;
import bibench.BadInputException;
import bibench.data.DataSources;
import bibench.harness.results.GitInfo;
import bibench.harness.results.Journal;
import bibench.harness.results.Provenance;
import bibench.harness.results.RunDirectory;
import bibench.harness.results.RunLock;
import bibench.harness.suite.Suite;
import bibench.harness.suite.Suites;
import bibench.operators.Operators;
import bibench.tracks.Cell;
import bibench.train.TorchLogLevel;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bibench run}: plans a suite's cells, takes the output folder's lock, resumes the unfinished
 * run of the same command or starts a new one, and hands the cells to {@link CellRunner}.
 */
@Command(name = "run", sortOptions = false,
    description = {"Run a suite: train, count and time its cells, write the run folder (results.csv, provenance.json, "
        + "report.md, report.html, ...), then gate the run against the baseline.",
        "Rerunning the same command after an interruption resumes it; each finished cell is kept."})
final class RunCommand implements Callable<Integer> {
  @ParentCommand Bibench parent;

  @Mixin CommonOptions common;

  @Mixin RunOptions options;

  @Override
  public Integer call() {
    PrintStream out = parent.out();
    Suite suite = Suites.load(options.suite);
    List<String> operators = operatorsFor(suite, RunOptions.ids(options.operators, "--operators"));
    Shard shard = Shard.parse(options.shard);
    DataSources sources = DataSources.resolve(options.dataDir);
    List<Cell> cells = shard.select(TrackCells.of(suite, operators, RunOptions.ids(options.tracks, "--tracks")));
    if (cells.isEmpty()) {
      throw new BadInputException("shard " + shard + " of suite " + suite.name() + " has no cells",
          "use fewer shards (the suite has fewer cells than shards)");
    }
    if (options.dryRun) {
      return DryRun.print(out, suite, cells, sources);
    }
    TorchLogLevel.apply();
    String commit = GitInfo.commit();
    String runKey = runKey(cells, commit, shard);
    Path root = options.out;
    try (RunLock lock = RunLock.acquire(root)) {
      RunDirectory run = options.fresh ? null : RunDirectory.unfinished(root, runKey).orElse(null);
      boolean resumed = run != null;
      if (resumed) {
        run.removeStaleTemporaryFiles();
      } else {
        run = RunDirectory.createNew(root, GitInfo.shortCommit(commit));
        run.writeKey(runKey);
        provenance(run, suite, commit, operators, shard, sources).write(run.file("provenance.json"));
      }
      Journal journal = new Journal(run.dir(), commit);
      out.printf(Locale.ROOT, "BiBench-J run %s: suite %s%s, %d cells%s%n", run.runId(), suite.name(),
          shard == Shard.ALL ? "" : ", shard " + shard, cells.size(),
          resumed ? ", resuming (" + journal.size() + " cells already done)" : "");
      out.println("results: " + run.dir().toAbsolutePath());
      new CellRunner(out, run, journal, sources).run(cells);
      return RunGate.check(out, run.dir(), options.baseline, options.warnOnly);
    }
  }

  private static String runKey(List<Cell> cells, String commit, Shard shard) {
    StringBuilder text = new StringBuilder(commit).append('\n').append(shard).append('\n');
    for (Cell cell : cells) {
      text.append(cell.definition()).append('\n');
    }
    return Journal.hash(text.toString());
  }

  private static Provenance provenance(RunDirectory run, Suite suite, String commit, List<String> operators,
      Shard shard, DataSources sources) {
    Map<String, String> extra = new LinkedHashMap<>();
    extra.put("suite_source", suite.source());
    extra.put("operators", String.join(",", operators));
    extra.put("shard", shard.toString());
    extra.put("data", sources.describe());
    return Provenance.collect(run.runId(), suite.name(), commit, suite.seeds(),
        Engine.getInstance().getEngineName() + " " + Engine.getInstance().getVersion(), extra);
  }

  private static List<String> operatorsFor(Suite suite, List<String> requested) {
    if (requested == null) {
      return suite.operators();
    }
    List<String> ids = new ArrayList<>();
    ids.add("fp32");
    List<String> seen = new ArrayList<>();
    for (String id : requested) {
      String canonical = Operators.create(id).id();
      if (seen.contains(canonical)) {
        throw new BadInputException("option --operators names operator " + canonical + " twice (as '"
            + requested.get(seen.indexOf(canonical)) + "' and '" + id + "')", "name each once");
      }
      seen.add(canonical);
      if (!ids.contains(canonical)) {
        ids.add(canonical);
      }
    }
    return ids;
  }
}
