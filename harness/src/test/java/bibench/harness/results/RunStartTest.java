package bibench.harness.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's folder appears with everything it needs to resume; a resume with other inputs stops. */
class RunStartTest {
  @TempDir Path root;

  private static RunInputs withData(RunInputs in, String dataDir, String location, String fingerprint) {
    DataInputs data = new DataInputs(location, dataDir, Map.of("optdigits",
        new DataInputs.TaskInput(dataDir == null ? "shipped with BiBench-J" : "--data-dir", location, fingerprint)));
    return new RunInputs(in.commit(), in.suite(), in.tracks(), in.operators(), in.seeds(), in.shard(), in.workers(),
        data, in.engine(), in.cells());
  }

  private static RunInputs base() {
    return ProvenanceTest.inputs("abcdef1234", "classpath:bibench/datasets/optdigits");
  }

  @Test
  void aNewRunFolderHoldsKeySuitePlanAndProvenanceFromTheStart() throws IOException {
    RunInputs in = base();
    RunStart.Started started = RunStart.begin(root, in, false);
    assertFalse(started.resumed());
    Path run = started.run().dir();
    assertEquals(in.runKey(), Files.readString(run.resolve("run.key")).strip());
    assertEquals(in.suite().text(), Files.readString(run.resolve("suite.json")));
    assertEquals(started.run().runId(), Provenance.read(run.resolve("provenance.json")).get("run_id"));
    List<RunPlanFile.Entry> plan = RunPlanFile.read(run).orElseThrow();
    assertEquals(List.of(new RunPlanFile.Entry("learning_task", "learning_task optdigits/mlp fp32 seed 1",
        Journal.fileName("def-1", "abcdef1234"))), plan);
    assertEquals(plan, RunPlanFile.unfinished(run, plan));
    try (Stream<Path> entries = Files.list(root)) {
      assertEquals(List.of(run.getFileName().toString()), entries.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void theSameCommandResumesAndFreshStartsAnew() {
    RunDirectory first = RunStart.begin(root, base(), false).run();
    RunStart.Started again = RunStart.begin(root, base(), false);
    assertTrue(again.resumed());
    assertEquals(first.dir(), again.run().dir());
    RunStart.Started fresh = RunStart.begin(root, base(), true);
    assertFalse(fresh.resumed());
    assertNotEquals(first.dir(), fresh.run().dir());
  }

  @Test
  void aResumeWithAnotherDataSourceStopsWithOneLineAndTheOriginalFlag() {
    RunDirectory run = RunStart.begin(root, withData(base(), "/data", "/data/optdigits", "aaaa"), false).run();
    BadInputException e = assertThrows(BadInputException.class,
        () -> RunStart.begin(root, withData(base(), null, "classpath:bibench/datasets/optdigits", "fixed"), false));
    assertEquals("cannot resume the unfinished run " + run.dir() + ": optdigits was read from /data/optdigits "
        + "(--data-dir), now from classpath:bibench/datasets/optdigits (shipped with BiBench-J). Fix: to resume it, pass "
        + "--data-dir /data; or pass --fresh to start a new run", e.getMessage());
    BadInputException changed = assertThrows(BadInputException.class,
        () -> RunStart.begin(root, withData(base(), "/data", "/data/optdigits", "bbbb"), false));
    assertTrue(changed.getMessage().contains("the files of optdigits in /data/optdigits changed since (fingerprint aaaa, "
        + "now bbbb)"), changed.getMessage());
    assertFalse(changed.getMessage().contains("\n"));
  }

  @Test
  void aResumeWithAnotherCommitOrSuiteTextStops() {
    RunInputs in = base();
    RunDirectory run = RunStart.begin(root, in, false).run();
    RunInputs otherCommit = ProvenanceTest.inputs("fedcba9876", "classpath:bibench/datasets/optdigits");
    BadInputException e = assertThrows(BadInputException.class, () -> RunStart.begin(root, otherCommit, false));
    assertEquals("cannot resume the unfinished run " + run.dir() + ": it was started by commit abcdef1234, this is "
        + "fedcba9876. Fix: to resume it, check out abcdef12; or pass --fresh to start a new run", e.getMessage());
    RunInputs edited = new RunInputs(in.commit(), new RunInputs.SuiteText("smoke", "", "smoke", "{\"name\": \"smoke\", "
        + "\"seeds\": [1]}"), in.tracks(), in.operators(), in.seeds(), in.shard(), in.workers(), in.data(), in.engine(),
        in.cells());
    BadInputException suite = assertThrows(BadInputException.class, () -> RunStart.begin(root, edited, false));
    assertTrue(suite.getMessage().contains("the text of suite smoke changed (its copy is " + run.dir().resolve("suite.json")
        + ")"), suite.getMessage());
  }

  @Test
  void aRunResumedOnAnotherMachineRecordsBoth() throws IOException {
    RunDirectory run = RunStart.begin(root, base(), false).run();
    Provenance p = Provenance.read(run.file("provenance.json"));
    com.google.gson.JsonObject otherCpu = p.json();
    otherCpu.getAsJsonObject("cpu").addProperty("family", 26);
    new Provenance(otherCpu).write(run.file("provenance.json"));
    RunStart.begin(root, base(), false);
    Provenance after = Provenance.read(run.file("provenance.json"));
    assertTrue(after.get("cpu.family").startsWith("mixed: 26 | "), after.get("cpu.family"));
    assertFalse(after.fingerprint().complete());
  }

  @Test
  void aStartKilledWhileWritingLeavesNoRunAndIsCleanedUp() throws IOException {
    Path staging = Files.createDirectories(root.resolve(".starting-20261203T120000Z-abcdef12"));
    Files.writeString(staging.resolve("run.key"), base().runKey());
    RunStart.Started started = RunStart.begin(root, base(), false);
    assertFalse(started.resumed(), "a half-written start is not a run");
    assertFalse(Files.exists(staging));
  }
}
