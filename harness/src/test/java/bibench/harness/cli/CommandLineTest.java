package bibench.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.harness.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Option;

/** The command line's help comes from the same definitions as its parser; usage errors are one line. */
class CommandLineTest {
  @TempDir Path dir;

  private record Outcome(int code, String out, String err) {}

  private static Outcome run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8).strip());
  }

  @Test
  void helpOfRunNamesEveryOptionTheParserTakes() {
    Outcome help = run("help", "run");
    assertEquals(0, help.code(), help.err());
    assertEquals(help.out(), run("run", "--help").out());
    for (Field field : RunOptions.class.getDeclaredFields()) {
      Option option = field.getAnnotation(Option.class);
      if (option != null) {
        assertTrue(help.out().contains(option.names()[0] + (field.getType() == boolean.class ? " " : "=")),
            option.names()[0] + " missing from:\n" + help.out());
      }
    }
    String words = help.out().replaceAll("\\s+", " ");
    assertTrue(words.contains("(default: quick)"), help.out());
    assertTrue(words.contains("(default: target/bibench)"), help.out());
    assertTrue(words.contains("(default: results/baseline)"), help.out());
  }

  @Test
  void theTopLevelHelpListsEveryCommandAndNoCommandIsAUsageError() {
    Outcome help = run("help");
    assertEquals(0, help.code());
    for (String command : new String[] {"run", "list", "report", "export", "compare", "baseline", "publish", "merge",
        "summary", "help"}) {
      assertTrue(help.out().contains("\n  " + command + " "), command + " missing from:\n" + help.out());
    }
    Outcome none = run();
    assertEquals(2, none.code());
    assertEquals(help.out(), none.out());
  }

  @Test
  void badInputIsOneLineAndTheStackTraceOnlyOnRequest() {
    Outcome plain = run("report", dir.resolve("nowhere").toString());
    assertEquals(2, plain.code());
    assertEquals(1, plain.err().lines().count(), plain.err());
    Outcome traced = run("report", dir.resolve("nowhere").toString(), "--stacktrace");
    assertEquals(2, traced.code());
    assertEquals(plain.err(), traced.err().lines().findFirst().orElse(""));
    assertTrue(traced.err().contains("\tat bibench.harness.results.RunFolder"), traced.err());
  }

  @Test
  void aDryRunPrintsThePlanAndExitsTwoWhenADataSetIsMissing() throws IOException {
    Path suite = dir.resolve("missing.json");
    Files.writeString(suite, "{\"name\": \"missing\", \"tracks\": {\"learning_task\": {\"defaults\": {"
        + "\"fp32\": {\"optimizer\": \"adam\", \"lr\": 0.001, \"epochs\": 1}, \"binary\": {\"optimizer\": \"adam\","
        + " \"lr\": 0.001, \"epochs\": 1}}, \"tasks\": [{\"task\": \"optdigits\", \"arch\": \"mlp\"},"
        + " {\"task\": \"modelnet40\", \"arch\": \"pointnet\"}]}}}");
    Path empty = Files.createDirectories(dir.resolve("data"));
    Outcome missing = run("run", "--suite", suite.toString(), "--data-dir", empty.toString(), "--operators", "bnn",
        "--dry-run");
    assertEquals(2, missing.code(), missing.err());
    assertTrue(missing.out().contains("modelnet40         MISSING: no data for task modelnet40"), missing.out());
    assertTrue(missing.out().contains("learning_task modelnet40/pointnet bnn seed 1"), missing.out());
    assertEquals("error: 1 of 2 data sets of suite missing are missing (marked MISSING above). Fix: get each as its line "
        + "says, put it in a data directory DIR and pass --data-dir DIR (or set BIBENCH_DATA=DIR)", missing.err());
    // an option given twice takes its last value (mvn -Pbench appends -Dbibench.args to its own options)
    Outcome present = run("run", "--suite", "quick", "--operators", "bnn,react", "--data-dir", empty.toString(), "--dry-run",
        "--suite", "smoke", "--operators", "xnor");
    assertEquals(0, present.code(), present.err());
    assertTrue(present.out().startsWith("Suite smoke (smoke): "), present.out());
    assertTrue(present.out().contains(" xnor seed 1") && !present.out().contains(" bnn seed 1"), present.out());
    assertTrue(present.out().contains("0 of "), present.out());
  }
}
