package bibench.harness.gate;

import static bibench.harness.testing.Rows.bench;
import static bibench.harness.testing.Rows.epochTime;
import static bibench.harness.testing.Rows.once;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.BadInputException;
import bibench.harness.results.Journal;
import bibench.harness.results.ResultsCsv;
import bibench.harness.testing.RunFolders;
import bibench.results.ResultRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the gate judges: only the run's own plan counts as MISSING (so an empty or cut-short run
 * fails), machine-dependent metrics only on the same machine, and nothing without provenance.
 */
class GatePlanTest {
  private static final String BITS = "impl=bitpacked,batch=1,threads=1";

  @TempDir Path dir;

  /** Scores (3 seeds), epoch times, a kernel latency and its speed-up, and a robustness score. */
  private static List<ResultRow> rows(long seed0, String dropped) {
    List<ResultRow> rows = new ArrayList<>(GateScoresTest.scores(new Random(seed0), List.of(1, 2, 3), 2, dropped, 25));
    rows.add(epochTime("learning_task", "optdigits", "mlp", "bnn", "finetune", 1, 0.5));
    rows.add(bench("gemm-1024", "bnn", BITS, "latency", 1.0, "ms", false, 10, 0.01));
    rows.add(once("gemm-1024", "bnn", BITS, "speedup_vs_fp32", 20.0, "x", true));
    rows.add(once("gemm-1024", "bnn", "", "theoretical_speedup", 64.0, "x", true));
    rows.add(ResultRow.single("r", "robustness", "optdigits", "mlp", "bnn", "clean", 1, "score", 70, "%", true));
    return rows;
  }

  private Path folder(String name, List<ResultRow> rows, Map<String, String> overrides) {
    Map<String, String> p = new java.util.LinkedHashMap<>(RunFolders.provenance(name, "AMD EPYC"));
    p.putAll(overrides);
    return RunFolders.write(dir.resolve(name), rows, p);
  }

  @Test
  void aRunFromAnotherMachineHasItsMachineDependentMetricsNotComparedOnOneLineAndItsScoresGated() {
    Path base = folder("base", rows(1, null), Map.of());
    Path run = folder("run", rows(2, "xnor"), Map.of("cpu_family", "26", "cpu_model_number", "2"));
    GateReport report = Gate.compare(run, base);
    assertEquals(3, report.count(Verdict.NOT_COMPARED)); // epoch time, latency, measured speed-up
    String text = report.render();
    assertTrue(text.contains("- NOT_COMPARED: 3 machine-dependent metrics (times, throughputs, measured speed-ups, "
        + "allocations, JMH rows): the baseline was measured on another machine or setup (cpu.family '25' vs '26', "
        + "cpu.model '1' vs '2')."), text);
    assertFalse(text.contains("| NOT_COMPARED |"), "not one row per metric:\n" + text);
    assertEquals(2, report.count(Verdict.REGRESSED), text); // xnor on both tasks
    MetricVerdict theory = report.verdicts().stream().filter(v -> v.key().metric().equals("theoretical_speedup"))
        .findFirst().orElseThrow();
    assertEquals(Verdict.WITHIN_NOISE, theory.verdict()); // computed, not measured: compared on any machine
    assertTrue(Gate.compare(folder("same", rows(1, null), Map.of()), base).render().contains("- Machine: same fingerprint"));
  }

  @Test
  void timingsOfARunThatStartedOnABusyMachineAreNotCompared() {
    Path base = folder("base", rows(1, null), Map.of("load_average", "0.3, 0.4, 0.5"));
    Path busy = folder("busy", rows(1, null), Map.of("load_average", "19.96, 16.51, 14.72"));
    GateReport report = Gate.compare(busy, base);
    assertEquals(3, report.count(Verdict.NOT_COMPARED));
    assertTrue(report.render().contains("- NOT_COMPARED: 3 machine-dependent metrics (times, throughputs, measured "
        + "speed-ups, allocations, JMH rows): the same machine, but the run's was busy (load 19.96 on 2 cores when it "
        + "started), so its timings measure its neighbours."), report.render());
    assertEquals(0, Gate.compare(folder("quiet", rows(1, null), Map.of("load_average", "1.5, 1, 1")), base)
        .count(Verdict.NOT_COMPARED));
  }

  @Test
  void anEmptyRunAndARunCutShortFailWithMissing() throws IOException {
    Path base = folder("base", rows(1, null), Map.of());
    Path empty = folder("empty", List.of(), Map.of());
    assertEquals("run_id,track,task,arch,operator,setting,seed,metric,value,unit,higher_is_better,n,stddev",
        Files.readString(empty.resolve("results.csv")).strip());
    GateReport none = Gate.compare(empty, base);
    assertTrue(none.failed());
    assertEquals(SeedGroupsCount.of(rows(1, null)), none.count(Verdict.MISSING));
    assertTrue(none.summary().startsWith("FAIL: " + none.count(Verdict.MISSING) + " MISSING"), none.summary());
    List<ResultRow> all = rows(1, null);
    GateReport cut = Gate.compare(folder("cut", all.subList(0, all.size() / 2), Map.of()), base);
    assertTrue(cut.failed());
    assertTrue(cut.count(Verdict.MISSING) > 0, cut.render());
  }

  @Test
  void baselineMetricsOutsideTheRunsPlanAreCountedOnOneLineNotMissing() {
    Path base = folder("base", rows(1, null), Map.of());
    List<ResultRow> subset = rows(1, null).stream().filter(r -> r.track().equals("learning_task")
        && List.of("fp32", "bnn").contains(r.operator())).toList();
    Path run = folder("run", subset, Map.of("tracks", "learning_task", "operators", "fp32,bnn"));
    GateReport report = Gate.compare(run, base);
    assertFalse(report.failed(), report.render());
    assertEquals(0, report.count(Verdict.MISSING));
    assertTrue(report.render().contains("- Out of plan: 12 baseline metrics outside this run's plan were not counted."),
        report.render());
    // the same subset without its plan (every track and operator planned) misses them
    assertTrue(Gate.compare(folder("unplanned", subset, Map.of()), base).failed());
  }

  @Test
  void plannedCellsThatNeverFinishedAreMissing() throws IOException {
    Path base = folder("base", rows(1, null), Map.of());
    Path run = folder("run", rows(1, null), Map.of());
    Files.delete(run.resolve("COMPLETE"));
    Files.writeString(run.resolve("run.key"), "key\n");
    String done = Journal.fileName("cell-1", "c");
    Files.writeString(run.resolve("plan.json"), """
        {"schema": 1, "cells": [
          {"track": "learning_task", "label": "learning_task optdigits/mlp bnn seed 1", "journal": "%s"},
          {"track": "learning_task", "label": "learning_task optdigits/mlp xnor seed 1", "journal": "never.csv"}]}
        """.formatted(done));
    ResultsCsv.write(run.resolve("cells").resolve(done), List.of());
    GateReport report = Gate.compare(run, base);
    assertEquals(1, report.count(Verdict.MISSING), report.render());
    MetricVerdict missing = report.withVerdict(Verdict.MISSING).get(0);
    assertEquals("learning_task optdigits/mlp xnor seed 1 cell", missing.key().name());
    assertTrue(report.failed());
  }

  @Test
  void aRunOrBaselineWithoutProvenanceIsRefused() throws IOException {
    Path base = folder("base", rows(1, null), Map.of());
    Path run = folder("run", rows(1, null), Map.of());
    Files.delete(run.resolve("provenance.json"));
    BadInputException e = assertThrows(BadInputException.class, () -> Gate.compare(run, base));
    assertEquals("run folder " + run + " has no provenance.json, so the gate cannot tell its suite, plan or machine. "
        + "Fix: gate a folder written by bibench run or bibench merge (rerun the suite if the file was lost)",
        e.getMessage());
    Path run2 = folder("run2", rows(1, null), Map.of());
    Files.delete(base.resolve("provenance.json"));
    BadInputException b = assertThrows(BadInputException.class, () -> Gate.compare(run2, base));
    assertTrue(b.getMessage().startsWith("baseline folder " + base + " has no provenance.json"), b.getMessage());
  }

  @Test
  void aShardIsGatedOnlyAfterTheMerge() {
    Path base = folder("base", rows(1, null), Map.of());
    Path shard = folder("shard", rows(1, null).subList(0, 10), Map.of("shard", "2/4"));
    BadInputException e = assertThrows(BadInputException.class, () -> Gate.compare(shard, base));
    assertTrue(e.getMessage().startsWith("run " + shard + " is shard 2/4 of a run"), e.getMessage());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertEquals(0, GateRuns.afterRun(shard, base, false, new PrintStream(out, true, StandardCharsets.UTF_8)));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("Gate: not run on shard 2/4 alone"), out.toString());
  }

  @Test
  void aRunOfSuiteXComparesWithResultsBaselineX() {
    Path root = dir.resolve("results/baseline");
    RunFolders.write(root.resolve("quick"), rows(1, null), RunFolders.provenance("quickbase", "AMD EPYC"));
    Map<String, String> smokeP = new java.util.LinkedHashMap<>(RunFolders.provenance("smokebase", "AMD EPYC"));
    smokeP.put("suite", "smoke");
    RunFolders.write(root.resolve("smoke"), rows(1, null), smokeP);
    GateReport quick = Gate.compare(folder("run", rows(1, null), Map.of()), root);
    assertEquals("quickbase", quick.baselineId());
    GateReport smoke = Gate.compare(folder("smokerun", rows(1, null), Map.of("suite", "smoke")), root);
    assertEquals("smokebase", smoke.baselineId());
    BadInputException none = assertThrows(BadInputException.class,
        () -> Gate.compare(folder("std", rows(1, null), Map.of("suite", "standard")), root));
    assertEquals("no baseline of suite 'standard': no " + root.resolve("results.csv") + " and "
        + root.resolve("standard/results.csv") + ". Fix: make one from a finished run of that suite with: bibench "
        + "baseline <run-dir> (it writes " + root.resolve("standard") + "), or pass --baseline <dir>", none.getMessage());
  }

  @Test
  void anOldBaselineThatDoesNotIdentifyItsMachineStillGatesScores() throws IOException {
    Map<String, String> old = new java.util.LinkedHashMap<>();
    old.put("schema", "1");
    old.put("run_id", "old");
    old.put("suite", "quick");
    old.put("cpu_model", "AMD EPYC");
    old.put("cores", "2");
    old.put("seeds", "[1, 2, 3]");
    Path base = RunFolders.write(dir.resolve("old"), rows(1, null), old);
    assertFalse(Files.readString(base.resolve("provenance.json")).contains("schema"));
    GateReport report = Gate.compare(folder("run", rows(2, "xnor"), Map.of()), base);
    assertEquals(3, report.count(Verdict.NOT_COMPARED));
    assertTrue(report.render().contains("the baseline's machine is not identified (its provenance.json is of schema 1, "
        + "which names the CPU by its model name only ('AMD EPYC')"), report.render());
    assertEquals(2, report.count(Verdict.REGRESSED));
  }

  /** How many metrics (groups over seeds) rows hold. */
  private static final class SeedGroupsCount {
    static int of(List<ResultRow> rows) {
      return bibench.harness.tables.SeedGroup.of(rows).size();
    }
  }

}
