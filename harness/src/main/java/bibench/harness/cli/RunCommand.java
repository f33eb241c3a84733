package bibench.harness.cli;

import bibench.device.ComputeDevice;
import bibench.device.TrainingDevice;
import bibench.harness.results.GitInfo;
import bibench.harness.shard.ShardPlan;
import bibench.harness.shard.ShardPlanReport;
import bibench.harness.results.Journal;
import bibench.harness.results.RunDirectory;
import bibench.harness.results.RunInputs;
import bibench.harness.results.RunLock;
import bibench.harness.results.RunStart;
import bibench.harness.suite.Suite;
import bibench.tracks.Cell;
import bibench.train.TorchLogLevel;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bibench run}: plans a suite's cells ({@link RunPlan}), takes the output folder's lock, resumes
 * the unfinished run of the same command and inputs or starts a new one whose folder holds its key,
 * suite, plan and provenance from the start ({@link RunStart}), and hands the cells to {@link
 * CellRunner}, which runs them on worker processes ({@link WorkerLaunch}).
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
    options.checkPaths();
    RunPlan plan = RunPlan.of(options);
    if (!options.dryRun) {
      bibench.harness.gate.GateRuns.requireBaselineFolder(options.baseline);
    }
    Suite suite = plan.suite();
    Shard shard = plan.shard();
    if (shard.source() != null) {
      out.println("--shard auto: shard " + shard + " from the " + shard.source());
    }
    List<Cell> cells = plan.cells();
    ComputeDevice device = plan.device();
    int workers = options.workerCount();
    if (options.dryRun) {
      if (shard.count() > 1) {
        out.println("Shards of suite " + suite.name() + " (* this one):");
        out.print(ShardPlanReport.render(ShardPlan.of(plan.all(), shard.count(), plan.costs()), plan.costs(),
            shard.index()));
      }
      return DryRun.print(out, suite, cells, plan.sources());
    }
    TrainingDevice.use(device);
    TorchLogLevel.apply();
    String commit = GitInfo.commit();
    Path root = options.out;
    try (RunLock lock = RunLock.acquire(root)) {
      RunInputs inputs = RunPlanning.inputs(commit, plan, options.dataDir, workers);
      RunStart.Started started = RunStart.begin(root, inputs, options.fresh);
      RunDirectory run = started.run();
      boolean resumed = started.resumed();
      Journal journal = new Journal(run.dir(), commit);
      out.printf(Locale.ROOT, "BiBench-J run %s: suite %s%s, %d cells%s%n", run.runId(), suite.name(),
          shard == Shard.ALL ? "" : ", shard " + shard, cells.size(),
          resumed ? ", resuming (" + journal.size() + " cells already done)" : "");
      out.println("results: " + run.dir().toAbsolutePath());
      out.println(device.describe() + (device.gpu() ? "; " + device.kernelsNote() : ""));
      new CellRunner(out, run, journal, plan.data(), options.cacheDirectory())
          .run(cells, WorkerLaunch.workers(workers, run.dir(), options));
      if (shard.count() > 1) {
        out.println();
        out.println("Shard " + shard + ": not gated (it holds part of the suite). Merge every shard, then gate the"
            + " merged run: bibench merge <shard runs>... --out DIR, bibench compare DIR");
        return 0;
      }
      return RunGate.check(out, run.dir(), options.baseline, options.warnOnly);
    }
  }
}
