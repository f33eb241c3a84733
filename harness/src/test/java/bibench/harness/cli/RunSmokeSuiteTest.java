package bibench.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.harness.Main;
import bibench.harness.results.Provenance;
import bibench.harness.results.ResultsCsv;
import bibench.results.ResultRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole path of `bibench run` on the smoke suite: training, rows, provenance, tables. */
class RunSmokeSuiteTest {
  @TempDir Path out;

  @Test
  void theSmokeSuiteRunsEveryTrackForEveryOperatorAndWritesRowsAndTables() throws IOException {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"run", "--suite", "smoke", "--out", out.toString()},
        new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8));
    String printed = stdout.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, stderr.toString(StandardCharsets.UTF_8));

    Path run = out.resolve("latest").toRealPath();
    List<ResultRow> rows = ResultsCsv.read(run.resolve("results.csv"));
    List<ResultRow> scores = rows.stream()
        .filter(r -> r.metric().equals("score") && r.track().equals("learning_task")).toList();
    assertEquals(18, scores.size());
    Set<String> cells = scores.stream().map(r -> r.task() + "/" + r.operator()).collect(Collectors.toSet());
    assertEquals(18, cells.size());
    java.util.Map<String, Long> perTrack = rows.stream().filter(r -> !r.metric().equals("epoch_time"))
        .collect(Collectors.groupingBy(ResultRow::track, Collectors.counting()));
    // learning task and architecture: 2 models x 9 scores + 2 FP32 task rows (trivial score, test
    // size) each; robustness: 9 x (clean + 2 corruptions x 3 severities) + FP32's 6 changed-sample
    // counts; training: 2 grid points x (9 scores + 2 FP32 task rows); complexity: 9 x 9 counts;
    // inference: 9 deployment checks x 4
    assertEquals(java.util.Map.of("learning_task", 22L, "architecture", 22L, "robustness", 69L, "training", 22L,
        "complexity", 81L, "inference", 36L), perTrack);
    for (ResultRow r : rows) {
      if (r.metric().equals("agreement")) {
        assertTrue(r.value() >= 99, "deployed and DJL models disagree: " + r);
      }
    }
    for (ResultRow r : scores) {
      assertTrue(r.value() >= 0 && r.value() <= 100, r.toString());
      assertEquals(run.getFileName().toString(), r.runId());
    }
    assertTrue(printed.matches("(?s).*\\[\\d+/81\\] learning_task fashion-mnist/cnn-small fda seed 1: score .*"), printed);
    assertTrue(printed.contains("[81/81] "), printed);
    for (String table : List.of("Learning task", "Neural architecture", "Corruption robustness", "Training consumption",
        "Theoretical complexity", "Deployment check")) {
      assertTrue(printed.contains(table), table + " table missing:\n" + printed);
    }
    assertTrue(printed.contains("optdigits/mlp A"), printed);
    assertTrue(Files.readString(run.resolve("report.md")).contains("O_task"));
    assertTrue(Files.readString(run.resolve("report.html")).contains("<svg"));

    Provenance provenance = Provenance.read(run.resolve("provenance.json"));
    assertEquals("smoke", provenance.get("suite"));
    assertTrue(provenance.get("engine").startsWith("PyTorch"), provenance.get("engine"));
    for (String key : List.of("commit", "jdk", "cpu_model", "cores", "threads", "date", "seeds")) {
      assertTrue(!provenance.get(key).isEmpty(), key);
    }
  }
}
