package bibench.harness.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.BadInputException;
import bibench.harness.export.MachineSlug;
import bibench.harness.testing.RunFolders;
import bibench.harness.testing.SyntheticRun;
import bibench.results.ResultRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishingTest {
  private static final List<ResultRow> ROWS = SyntheticRun.rows("run-a", List.of("fp32", "bnn"), 1, List.of("contrast"));

  @TempDir Path dir;

  private Path run(String id) {
    return RunFolders.write(dir.resolve(id), ROWS, RunFolders.provenance(id, "AMD EPYC 7B13 64-Core Processor"));
  }

  @Test
  void machineSlugsAreShortAndSafe() {
    assertEquals("amd-epyc-7b13-2c", MachineSlug.of("AMD EPYC 7B13 64-Core Processor", "2"));
    assertEquals("intel-xeon-platinum-8375c-8c", MachineSlug.of("Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz", "8"));
    assertEquals("apple-m2-pro-12c", MachineSlug.of("Apple M2 Pro", "12"));
    assertEquals("unknown-cpu", MachineSlug.of("", ""));
  }

  @Test
  void baselineCopiesRowsAndProvenanceByteForByte() throws IOException {
    Path run = run("run-a");
    Path root = dir.resolve("results/baseline");
    Path baseline = root.resolve("quick");
    assertEquals(new Publishing.Baseline("run-a", baseline), Publishing.refreshBaseline(run, root));
    assertArrayEquals(Files.readAllBytes(run.resolve("results.csv")), Files.readAllBytes(baseline.resolve("results.csv")));
    assertArrayEquals(Files.readAllBytes(run.resolve("provenance.json")),
        Files.readAllBytes(baseline.resolve("provenance.json")));
    // refreshing again replaces both
    Path other = run("run-b");
    Publishing.refreshBaseline(other, root);
    assertTrue(Files.readString(baseline.resolve("provenance.json")).contains("\"run_id\": \"run-b\""));
  }

  @Test
  void anUnfinishedRunOrAShardCannotBecomeTheBaseline() throws IOException {
    Path run = run("run-a");
    Files.delete(run.resolve("COMPLETE"));
    BadInputException e = assertThrows(BadInputException.class,
        () -> Publishing.refreshBaseline(run, dir.resolve("results/baseline")));
    assertEquals("run " + run + " is not finished (no COMPLETE marker): a baseline of some of its cells would make every "
        + "other cell MISSING, and its numbers may be cut short. Fix: finish it first (rerun the same bibench run command "
        + "to resume it), then make the baseline from it", e.getMessage());
    Map<String, String> p = new java.util.LinkedHashMap<>(RunFolders.provenance("shard", "AMD EPYC"));
    p.put("shard", "1/2");
    Path shard = RunFolders.write(dir.resolve("shard"), ROWS, p);
    assertTrue(assertThrows(BadInputException.class, () -> Publishing.refreshBaseline(shard, dir.resolve("b")))
        .getMessage().startsWith("run " + shard + " is shard 1/2 of a run"));
    assertTrue(Files.notExists(dir.resolve("results/baseline")));
  }

  @Test
  void anUnfinishedRunOrAShardCannotBePublished() throws IOException {
    Path run = run("run-a");
    Files.delete(run.resolve("COMPLETE"));
    Path published = dir.resolve("published");
    assertTrue(assertThrows(BadInputException.class, () -> Publishing.publish(run, published)).getMessage()
        .startsWith("run " + run + " is not finished (no COMPLETE marker): a published table of some of its cells"));
    Map<String, String> p = new java.util.LinkedHashMap<>(RunFolders.provenance("shard", "AMD EPYC"));
    p.put("shard", "1/2");
    Path shard = RunFolders.write(dir.resolve("shard"), ROWS, p);
    Files.writeString(shard.resolve("COMPLETE"), "complete\n");
    assertTrue(assertThrows(BadInputException.class, () -> Publishing.publish(shard, published)).getMessage()
        .startsWith("run " + shard + " is shard 1/2 of a run"));
    assertTrue(Files.notExists(published), "nothing published, so the finished run can still be");
  }

  @Test
  void publishFilesTheRunUnderDateSuiteAndMachine() throws IOException {
    Path folder = Publishing.publish(run("run-a"), dir.resolve("results/published"));
    assertEquals(dir.resolve("results/published/2025-11-20-quick-amd-epyc-7b13-2c"), folder);
    for (String file : List.of("results.csv", "provenance.json", "report.md", "report.html",
        "benchmark-bigger-is-better.json", "benchmark-smaller-is-better.json")) {
      assertTrue(Files.size(folder.resolve(file)) > 0, file);
    }
    // the same run again refreshes; another run of the same day, suite and machine is refused
    Publishing.publish(run("run-a"), dir.resolve("results/published"));
    BadInputException e = assertThrows(BadInputException.class,
        () -> Publishing.publish(run("run-b"), dir.resolve("results/published")));
    assertEquals("published folder " + folder + " already holds run run-a. Fix: delete that folder if this run should "
        + "replace it, or publish from another day or machine", e.getMessage());
  }

  @Test
  void publishCopiesJmhsOwnResultJsonOfARunThatTimedKernels() throws IOException {
    Path run = run("run-a");
    Path jmh = Files.createDirectories(run.resolve("jmh"));
    String kernels = "[{\"benchmark\": \"bibench.harness.bench.GemmBenchmark.binary\", \"mode\": \"avgt\"}]\n";
    Files.writeString(jmh.resolve("gemm-kernels.json"), kernels);
    Files.writeString(jmh.resolve("resnet18-bnn.json"), "[]\n");
    Files.writeString(jmh.resolve("notes.txt"), "not JMH's JSON");
    Path folder = Publishing.publish(run, dir.resolve("results/published"));
    assertEquals(kernels, Files.readString(folder.resolve("jmh/gemm-kernels.json")));
    assertEquals("[]\n", Files.readString(folder.resolve("jmh/resnet18-bnn.json")));
    assertFalse(Files.exists(folder.resolve("jmh/notes.txt")));
    // publishing the run again after a file is gone leaves no stale copy
    Files.delete(jmh.resolve("resnet18-bnn.json"));
    Publishing.publish(run, dir.resolve("results/published"));
    assertEquals(List.of("jmh/gemm-kernels.json"), Publishing.jmhFiles(folder));
  }

  @Test
  void aRunWithoutTimedCellsPublishesNoJmhFolder() {
    Path folder = Publishing.publish(run("run-a"), dir.resolve("results/published"));
    assertFalse(Files.exists(folder.resolve("jmh")));
  }

  @Test
  void aRunWithoutProvenanceOrRowsIsRefused() {
    Path bare = RunFolders.write(dir.resolve("bare"), ROWS, null);
    BadInputException e = assertThrows(BadInputException.class,
        () -> Publishing.refreshBaseline(bare, dir.resolve("baseline")));
    assertEquals("run folder " + bare + " has no provenance.json. Fix: use a folder written by bibench run (or bibench "
        + "merge), which records where the run was made", e.getMessage());
    Path empty = RunFolders.write(dir.resolve("empty"), List.of(), Map.of("run_id", "empty"));
    e = assertThrows(BadInputException.class, () -> Publishing.publish(empty, dir.resolve("published")));
    assertEquals("result file " + empty.resolve("results.csv") + " has no rows. Fix: use the folder of a run that "
        + "finished at least one cell", e.getMessage());
  }

  @Test
  void aProvenanceWithoutADateCannotBePublished() {
    Map<String, String> p = new java.util.LinkedHashMap<>(RunFolders.provenance("undated", "AMD EPYC 7B13"));
    p.remove("date");
    Path run = RunFolders.write(dir.resolve("undated"), ROWS, p);
    BadInputException e = assertThrows(BadInputException.class, () -> Publishing.publish(run, dir.resolve("published")));
    assertEquals("provenance of " + run + " has no usable 'date' (got ''). Fix: publish a run folder written by bibench "
        + "run, whose provenance.json has an ISO date", e.getMessage());
  }
}
