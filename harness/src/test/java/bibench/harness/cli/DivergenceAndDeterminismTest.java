package bibench.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.harness.Main;
import bibench.harness.results.ResultsCsv;
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

/** Diverging training is recorded, not fatal; the same seed on the same machine repeats exactly. */
class DivergenceAndDeterminismTest {
  @TempDir Path dir;

  private String run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  private static List<ResultRow> latestRows(Path out) throws IOException {
    return ResultsCsv.read(out.resolve("latest").toRealPath().resolve("results.csv"));
  }

  @Test
  void aDivergingCellIsRecordedWithItsEpochAndTheRunGoesOn() throws IOException {
    Path suite = dir.resolve("diverge.json");
    Files.writeString(suite, """
        {"name": "diverge", "operators": ["bnn"], "tracks": {"learning_task": {
          "defaults": {"fp32": {"optimizer": "sgd", "lr": 1e30, "momentum": 0.9, "epochs": 3, "batch_size": 32},
                       "binary": {"optimizer": "adam", "lr": 0.001, "epochs": 1, "batch_size": 32}},
          "tasks": [{"task": "optdigits", "arch": "mlp", "width": 32, "max_train": 256, "max_test": 64},
                    {"task": "optdigits", "arch": "cnn-small", "width": 4, "max_train": 256, "max_test": 64,
                     "fp32": {"optimizer": "adam", "lr": 0.002, "epochs": 2}}]}}}
        """);
    Path out = dir.resolve("out");
    String printed = run("run", "--suite", suite.toString(), "--out", out.toString(), "--workers", "1");
    assertTrue(printed.contains("[1/4] learning_task optdigits/mlp fp32 seed 1: diverged at epoch 0"), printed);
    assertTrue(printed.contains("[2/4] learning_task optdigits/mlp bnn seed 1: diverged at epoch 0"), printed);
    assertTrue(printed.contains("[4/4] learning_task optdigits/cnn-small bnn seed 1: score"), printed);
    assertTrue(printed.matches("(?s).*\\|\\s+diverged\\s+\\|.*"), printed);
    List<ResultRow> rows = latestRows(out);
    ResultRow diverged = rows.stream().filter(r -> r.metric().equals("diverged_epoch") && r.operator().equals("fp32"))
        .findFirst().orElseThrow();
    assertEquals(0, diverged.value());
    assertTrue(rows.stream().anyMatch(r -> r.metric().equals("score") && r.arch().equals("mlp") && Double.isNaN(r.value())));
  }

  /** Parallel workers change where a cell runs, never what it gives: the same rows as one process. */
  @Test
  void theSameSeedOnTheSameMachineGivesIdenticalScoresOnAnyNumberOfWorkers() throws IOException {
    Path out = dir.resolve("det");
    String parallel = run("run", "--suite", "smoke", "--tracks", "learning_task", "--operators", "bnn,fda", "--out",
        out.toString(), "--workers", "2");
    assertTrue(parallel.contains("on 2 worker processes"), parallel);
    List<ResultRow> first = latestRows(out).stream().filter(r -> r.metric().equals("score")).toList();
    run("run", "--suite", "smoke", "--tracks", "learning_task", "--operators", "bnn,fda", "--out", out.toString(),
        "--fresh", "--workers", "1");
    List<ResultRow> second = latestRows(out).stream().filter(r -> r.metric().equals("score")).toList();
    assertEquals(6, first.size());
    for (int i = 0; i < first.size(); i++) {
      assertEquals(first.get(i).key(), second.get(i).key());
      assertEquals(first.get(i).value(), second.get(i).value(), first.get(i).key());
    }
  }
}
