package bibench.harness.workers;

import bibench.harness.results.Journal;
import bibench.tracks.CheckpointStore;
import bibench.tracks.RunContext;
import java.nio.file.Path;

/** A worker process for scheduler tests: {@code <run-dir> <cell specs>}. */
public final class FakeWorkerMain {
  private FakeWorkerMain() {}

  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    RunContext context = new RunContext("r", (t, a, b, c) -> null, new CheckpointStore(null), null, dir);
    System.exit(WorkerMain.serve(FakeCell.parse(args[1]), context, new Journal(dir, "test"), System.in, System.out));
  }
}
