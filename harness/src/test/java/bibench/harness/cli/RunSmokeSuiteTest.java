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
  void theSmokeSuiteTrainsEveryOperatorOnBothTasksAndWritesRowsAndTables() throws IOException {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"run", "--suite", "smoke", "--out", out.toString()},
        new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8));
    String printed = stdout.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, stderr.toString(StandardCharsets.UTF_8));

    Path run = out.resolve("latest").toRealPath();
    List<ResultRow> rows = ResultsCsv.read(run.resolve("results.csv"));
    List<ResultRow> scores = rows.stream().filter(r -> r.metric().equals("score")).toList();
    assertEquals(18, scores.size());
    Set<String> cells = scores.stream().map(r -> r.task() + "/" + r.operator()).collect(Collectors.toSet());
    assertEquals(18, cells.size());
    for (ResultRow r : scores) {
      assertTrue(r.value() >= 0 && r.value() <= 100, r.toString());
      assertEquals(run.getFileName().toString(), r.runId());
    }
    assertTrue(printed.contains("[18/18] learning_task fashion-mnist/cnn-small fda seed 1: score"), printed);
    assertTrue(printed.contains("| operator | optdigits/mlp | optdigits/mlp A | fashion-mnist/cnn-small |"), printed);
    assertTrue(Files.readString(run.resolve("tables.md")).contains("O_task"));

    Provenance provenance = Provenance.read(run.resolve("provenance.json"));
    assertEquals("smoke", provenance.get("suite"));
    assertTrue(provenance.get("engine").startsWith("PyTorch"), provenance.get("engine"));
    for (String key : List.of("commit", "jdk", "cpu_model", "cores", "threads", "date", "seeds")) {
      assertTrue(!provenance.get(key).isEmpty(), key);
    }
  }
}
