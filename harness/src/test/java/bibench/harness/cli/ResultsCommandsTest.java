package bibench.harness.cli;

import static bibench.harness.testing.Rows.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.harness.Main;
import bibench.harness.testing.RunFolders;
import bibench.results.ResultRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The result commands end to end through Main: exit codes, printed tables, one-line errors. */
class ResultsCommandsTest {
  private static final String CPU = "AMD EPYC 7B13 64-Core Processor";

  @TempDir Path dir;

  private record Outcome(int code, String out, String err) {}

  private static Outcome run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8).strip());
  }

  private Path folder(String name, double... seeds) {
    List<ResultRow> rows = new java.util.ArrayList<>();
    for (int i = 0; i < seeds.length; i++) {
      rows.add(score("learning_task", "optdigits", "mlp", "bnn", "finetune", i + 1, seeds[i]));
    }
    return RunFolders.write(dir.resolve(name), rows, RunFolders.provenance(name, CPU));
  }

  @Test
  void compareExitsOneOnARegressionAndZeroWithWarnOnly() {
    Path baseline = folder("baseline", 90, 91, 92);
    Path worse = folder("worse", 80, 81, 82);
    Outcome failed = run("compare", worse.toString(), "--baseline", baseline.toString());
    assertEquals(1, failed.code(), failed.err());
    // t = -10 / sqrt(1/3 + 1/3) = -12.25, one-sided p = 1.3e-4 with 4 df; a drop of 10 > the 1 point floor
    assertTrue(failed.out().contains("| REGRESSED | learning_task optdigits/mlp bnn finetune score |     91 % | 81 % "
        + "| -11.0% | drop 10.00 points (3/3 seeds); Welch t -12.25, df 4.0, Holm p 1.3e-04 <= 0.05 over 1; floor 1 point "
        + "(no test_samples row) |"), failed.out());
    assertTrue(failed.out().endsWith("FAIL: 1 REGRESSED\n"), failed.out());
    assertEquals(0, run("compare", worse.toString(), "--baseline", baseline.toString(), "--warn-only").code());
    assertEquals(0, run("compare", folder("same", 90.5, 91, 91.5).toString(), "--baseline", baseline.toString()).code());
  }

  @Test
  void anEmptyRunFailsTheGateAndARunWithoutProvenanceIsRefused() throws IOException {
    Path baseline = folder("baseline", 90, 91, 92);
    Outcome empty = run("compare", folder("empty").toString(), "--baseline", baseline.toString());
    assertEquals(1, empty.code(), empty.out());
    assertTrue(empty.out().endsWith("FAIL: 1 MISSING\n"), empty.out());
    Path bare = folder("bare", 90);
    Files.delete(bare.resolve("provenance.json"));
    Outcome refused = run("compare", bare.toString(), "--baseline", baseline.toString());
    assertEquals(2, refused.code());
    assertEquals("error: run folder " + bare + " has no provenance.json, so the gate cannot tell its suite, plan or "
        + "machine. Fix: gate a folder written by bibench run or bibench merge (rerun the suite if the file was lost)",
        refused.err());
  }

  @Test
  void aBaselineOfAnotherSuiteIsNotComparedWith() {
    Path baseline = folder("baseline", 90, 91, 92);
    java.util.Map<String, String> smoke = RunFolders.provenance("smokerun", CPU);
    smoke.put("suite", "smoke");
    Path run = RunFolders.write(dir.resolve("smokerun"),
        List.of(score("learning_task", "optdigits", "mlp", "bnn", "finetune", 1, 40)), smoke);
    Outcome compared = run("compare", run.toString(), "--baseline", baseline.toString());
    assertEquals(2, compared.code(), compared.out());
    assertEquals("error: run " + run + " is of suite 'smoke', the baseline " + baseline + " of suite 'quick'. Fix: compare "
        + "with a baseline of the same suite (results/baseline/<suite>/, made with bibench baseline <run-dir>)",
        compared.err());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertEquals(0, RunGate.check(new PrintStream(out, true, StandardCharsets.UTF_8), run, baseline, false));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("Gate: not compared: run " + run + " is of suite 'smoke'"),
        out.toString());
  }

  @Test
  void aMissingOrOtherSchemaBaselineIsOneClearError() throws IOException {
    Path run = folder("run", 90);
    Path empty = Files.createDirectories(dir.resolve("nobaseline"));
    Outcome missing = run("compare", run.toString(), "--baseline", empty.toString());
    assertEquals(2, missing.code());
    assertEquals("error: no baseline of suite 'quick': no " + empty.resolve("results.csv") + " and "
        + empty.resolve("quick/results.csv") + ". Fix: make one from a finished run of that suite with: bibench baseline "
        + "<run-dir> (it writes " + empty.resolve("quick") + "), or pass --baseline <dir>", missing.err());
    Path old = Files.createDirectories(dir.resolve("oldschema"));
    Files.writeString(old.resolve("results.csv"), "run_id,track,metric,value\nr,learning_task,score,90\n");
    Outcome schema = run("compare", run.toString(), "--baseline", old.toString());
    assertEquals(2, schema.code());
    assertTrue(schema.err().startsWith("error: result file " + old.resolve("results.csv") + " has the columns [run_id, "
        + "track, metric, value], not BiBench-J's"), schema.err());
  }

  @Test
  void badRunFoldersAndArgumentsAreNamed() throws IOException {
    Path nowhere = dir.resolve("nowhere");
    assertEquals("error: run folder " + nowhere + " does not exist. Fix: give the folder of a finished run, such as "
        + "target/bibench/<run-id> or target/bibench/latest", run("report", nowhere.toString()).err());
    assertEquals("error: unexpected argument 'b' for 'compare'. Fix: see bibench help compare", run("compare", "a", "b").err());
    assertEquals("error: 'merge' needs --out DIR. Fix: add --out DIR (bibench help merge)", run("merge", "a", "b").err());
    Path broken = folder("broken", 90);
    Files.writeString(broken.resolve("provenance.json"), "[1, 2]");
    Outcome bad = run("export", broken.toString());
    assertEquals(2, bad.code());
    assertTrue(bad.err().startsWith("error: provenance file " + broken.resolve("provenance.json")
        + " is not a JSON object"), bad.err());
  }

  @Test
  void baselineThenCompareThenPublish() throws IOException {
    Path run = folder("20251120T100000Z-01234567", 90, 91, 92);
    Path baseline = dir.resolve("results/baseline");
    Outcome made = run("baseline", run.toString(), "--baseline", baseline.toString());
    assertEquals(0, made.code(), made.err());
    assertEquals("baseline " + baseline.resolve("quick") + " is now run 20251120T100000Z-01234567 (results.csv, "
        + "provenance.json); commit it to share it", made.out().strip());
    assertTrue(Files.exists(baseline.resolve("quick/provenance.json")));
    assertEquals(0, run("compare", run.toString(), "--baseline", baseline.toString()).code());
    Outcome published = run("publish", run.toString(), "--published", dir.resolve("results/published").toString());
    assertEquals(0, published.code(), published.err());
    assertTrue(Files.exists(dir.resolve("results/published/2025-11-20-quick-amd-epyc-7b13-2c/report.html")));
  }
}
