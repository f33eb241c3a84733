package bibench.harness.export;

import static bibench.harness.testing.Rows.bench;
import static bibench.harness.testing.Rows.count;
import static bibench.harness.testing.Rows.epochTime;
import static bibench.harness.testing.Rows.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import bibench.harness.testing.RunFolders;
import bibench.results.ResultRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkActionExportTest {
  @TempDir Path dir;

  private static String golden(String name) throws IOException {
    try (var in = BenchmarkActionExportTest.class.getResourceAsStream("/golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void biggerAndSmallerAreWrittenApartWithMeansRangesAndDetails() throws IOException {
    List<ResultRow> rows = List.of(
        score("learning_task", "optdigits", "mlp", "bnn", "finetune", 1, 90),
        score("learning_task", "optdigits", "mlp", "bnn", "finetune", 2, 91),
        score("learning_task", "optdigits", "mlp", "bnn", "finetune", 3, 95),
        score("learning_task", "optdigits", "mlp", "xnor", "finetune", 1, 88.25),
        score("learning_task", "optdigits", "mlp", "dorefa", "finetune", 1, Double.NaN),
        epochTime("learning_task", "optdigits", "mlp", "bnn", "finetune", 1, 0.125),
        count("32x32x3", "resnet20", "bnn", "params_binary", 268_000),
        bench("gemm-1024", "bnn", "impl=bitpacked,batch=1,threads=1", "latency", 0.123456789, "ms", false, 10, 0.0021));
    RunFolders.write(dir, rows, RunFolders.provenance("r", "AMD EPYC 7B13 64-Core Processor"));
    BenchmarkActionExport.Files files = BenchmarkActionExport.write(dir, rows);
    // bnn: mean of 90, 91, 95 = 92; sample std = sqrt((4 + 1 + 9) / 2) = 2.64575; CI = t975(2) 4.3026527 * 2.64575 / sqrt(3) = 6.57241
    assertEquals(golden("benchmark-bigger-is-better.json"), Files.readString(files.bigger()));
    assertEquals(golden("benchmark-smaller-is-better.json"), Files.readString(files.smaller()));
    // epoch time and JMH latency depend on the machine: their own file, the machine in their names
    assertEquals(golden("benchmark-machine-smaller-is-better.json"),
        Files.readString(dir.resolve(BenchmarkActionExport.MACHINE_SMALLER)));
    // nothing machine-dependent is bigger-is-better here: no file (the action rejects an empty one)
    assertFalse(Files.exists(dir.resolve(BenchmarkActionExport.MACHINE_BIGGER)));
  }
}
