package bibench.harness.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.harness.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Suite numbers and lists (issue 15, item 7): strict JSON, repeated keys, every number range-checked
 * in the type it is used in, no repeated seeds, operators or tracks; and a model too large for the
 * machine stops when its cell is about to train, while a dry run still plans it.
 */
class SuiteNumbersTest {
  @TempDir Path dir;

  static List<SuiteCases> cases() {
    return SuiteCases.all();
  }

  private record Outcome(int code, String out, String err) {}

  private static Outcome run(List<String> args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8).strip());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void refusedWithTheKeyAndTheAllowedRange(SuiteCases c) throws IOException {
    Path suite = Files.writeString(dir.resolve("suite.json"), c.suite());
    List<String> args = new ArrayList<>(List.of("run", "--suite", suite.toString(), "--out",
        dir.resolve("out").toString(), "--dry-run"));
    args.addAll(c.extraArgs());
    Outcome o = run(args);
    assertEquals(2, o.code(), o.err());
    assertEquals(1, o.err().lines().count(), o.err());
    assertTrue(o.err().startsWith("error: "), o.err());
    assertTrue(o.err().contains(c.expected()), o.err());
    assertFalse(o.err().contains("\tat "), o.err());
  }

  @Test
  void theValidBaseSuitePlans() throws IOException {
    Path suite = Files.writeString(dir.resolve("suite.json"), SuiteCases.suite("", "", 
        "{\"optimizer\": \"adam\", \"lr\": 0.002, \"epochs\": 1, \"batch_size\": 32}"));
    Outcome o = run(List.of("run", "--suite", suite.toString(), "--out", dir.resolve("out").toString(),
        "--dry-run"));
    assertEquals(0, o.code(), o.err());
  }

  @Test
  void aWidthThatNeeds512GigabytesPlansInADryRunAndStopsBeforeTraining() throws IOException {
    Path suite = Files.writeString(dir.resolve("huge.json"), SuiteCases.hugeWidthSuite());
    Outcome plan = run(List.of("run", "--suite", suite.toString(), "--out", dir.resolve("out").toString(),
        "--dry-run"));
    assertEquals(0, plan.code(), plan.err());
    Outcome o = run(List.of("run", "--suite", suite.toString(), "--out", dir.resolve("out").toString()));
    assertEquals(2, o.code(), o.err());
    assertTrue(o.err().startsWith("error: the fp32 model of optdigits/mlp (width 400000, batch_size 32)"
        + " needs about "), o.err());
    assertTrue(o.err().contains("GiB to train") || o.err().contains("TiB to train"), o.err());
    assertTrue(o.err().contains("Fix: lower width"), o.err());
  }
}
