package bibench.harness.cli;

import bibench.harness.results.GitInfo;
import bibench.harness.results.Journal;
import bibench.harness.workers.WorkerMain;
import bibench.tracks.CheckpointStore;
import bibench.tracks.RunContext;
import bibench.device.TrainingDevice;
import bibench.train.TorchLogLevel;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bibench worker} (hidden; started by {@code run}, not by people): one worker process of a
 * parallel run. It plans the cells from the same options as its run, checks that it planned the
 * very same cells with the same code (the commit and cells_sha256 of the run's provenance.json),
 * then runs the cells its run sends it on standard input.
 */
@Command(name = "worker", hidden = true, description = "A worker process of a parallel run (started by run).")
final class WorkerCommand implements Callable<Integer> {
  @Mixin RunOptions options;

  @Option(names = "--run-dir", required = true, paramLabel = "DIR", description = "The run's folder.")
  Path runDir;

  @Override
  public Integer call() {
    RunPlan plan = RunPlan.of(options);
    String commit = GitInfo.commit();
    RunPlanning.checkSameCells(runDir, commit, plan.cells());
    TorchLogLevel.apply();
    TrainingDevice.use(plan.device());
    Journal journal = new Journal(runDir, commit);
    String runId = runDir.getFileName().toString();
    RunContext context = new RunContext(runId, plan.data(),
        new CheckpointStore(runDir.resolve("checkpoints"), options.cacheDirectory()), null, runDir);
    return WorkerMain.serve(plan.cells(), context, journal, System.in, System.out);
  }
}
