package bibench.harness.cli;

import bibench.BadInputException;
import bibench.harness.results.GitInfo;
import bibench.harness.results.Journal;
import bibench.harness.workers.WorkerMain;
import bibench.tracks.CheckpointStore;
import bibench.tracks.RunContext;
import bibench.device.TrainingDevice;
import bibench.train.TorchLogLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bibench worker} (hidden; started by {@code run}, not by people): one worker process of a
 * parallel run. It plans the cells from the same options as its run, checks that it planned the
 * very same cells (the run key), then runs the cells its run sends it on standard input.
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
    String expected;
    try {
      expected = Files.readString(runDir.resolve("run.key"), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new BadInputException("worker: cannot read the run key in " + runDir, "start workers through bibench run");
    }
    if (!expected.equals(plan.key(commit))) {
      throw new BadInputException("worker: the cells it planned differ from its run's (" + runDir + ")",
          "start workers through bibench run, with the same code and options");
    }
    TorchLogLevel.apply();
    TrainingDevice.use(plan.device());
    Journal journal = new Journal(runDir, commit);
    String runId = runDir.getFileName().toString();
    RunContext context = new RunContext(runId, plan.data(),
        new CheckpointStore(runDir.resolve("checkpoints"), options.cacheDirectory()), null, runDir);
    return WorkerMain.serve(plan.cells(), context, journal, System.in, System.out);
  }
}
