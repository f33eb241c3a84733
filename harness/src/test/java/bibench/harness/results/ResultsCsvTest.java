package bibench.harness.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.BadInputException;
import bibench.results.ResultRow;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsCsvTest {
  @TempDir Path dir;

  static final List<ResultRow> ROWS = List.of(
      ResultRow.single("r1", "learning_task", "optdigits", "mlp", "fp32", "finetune", 1, "score", 94.25, "%", true),
      ResultRow.single("r1", "learning_task", "optdigits", "mlp", "bnn", "finetune", 1, "score", Double.NaN, "%", true),
      new ResultRow("r1", "learning_task", "optdigits", "mlp", "bnn", "finetune", 1, "epoch_time", 0.125, "s", false,
          3, 0.01),
      ResultRow.single("r1", "learning_task", "mrpc, dev", "transformer", "xnor", "finetune", 2, "f1", 81.5, "%", true));

  private static String golden(String name) throws IOException {
    try (InputStream in = ResultsCsvTest.class.getResourceAsStream("/golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void writesTheGoldenFileAndReadsItBack() throws IOException {
    Path file = dir.resolve("results.csv");
    ResultsCsv.write(file, ROWS);
    assertEquals(golden("results.csv"), Files.readString(file));
    List<ResultRow> back = ResultsCsv.read(file);
    assertEquals(ROWS.size(), back.size());
    for (int i = 0; i < ROWS.size(); i++) {
      assertEquals(ROWS.get(i).key(), back.get(i).key());
      assertEquals(ROWS.get(i).value(), back.get(i).value());
      assertEquals(ROWS.get(i).stddev(), back.get(i).stddev());
      assertEquals(ROWS.get(i).n(), back.get(i).n());
    }
  }

  @Test
  void anotherSchemaIsOneClearError() throws IOException {
    Path file = dir.resolve("old.csv");
    Files.writeString(file, "run,track,value\nr1,x,1\n");
    String message = assertThrows(BadInputException.class, () -> ResultsCsv.read(file)).getMessage();
    assertTrue(message.contains("has the columns [run, track, value], not BiBench-J's [run_id, track"), message);
    assertTrue(message.contains("refresh the baseline"), message);
  }

  @Test
  void aTornLastLineIsNamedByItsLineNumber() throws IOException {
    Path file = dir.resolve("torn.csv");
    String whole = golden("results.csv");
    Files.writeString(file, whole + "r1,learning_task,optdigits,mlp,xn");
    String message = assertThrows(BadInputException.class, () -> ResultsCsv.read(file)).getMessage();
    assertTrue(message.contains("line 6 has 5 fields instead of 13 (a torn or edited line)"), message);
  }

  @Test
  void aMissingFileSaysWhatToGive() {
    String message = assertThrows(BadInputException.class, () -> ResultsCsv.read(dir.resolve("none.csv"))).getMessage();
    assertTrue(message.endsWith("does not exist. Fix: give the folder of a finished run (target/bibench/<run-id>) or its results.csv"),
        message);
  }
}
