package bibench.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bibench.harness.Main;
import bibench.operators.Operators;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input on the command line: exit code 2 and one line that names the thing and the fix. */
class BadInputTest {
  @TempDir Path out;

  private static String[] run(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new String[] {Integer.toString(code), err.toString(StandardCharsets.UTF_8).strip()};
  }

  private static void assertError(String expected, String... args) {
    String[] result = run(args);
    assertEquals("2", result[0], result[1]);
    assertEquals("error: " + expected, result[1]);
  }

  @Test
  void unknownCommandOptionOperatorTrackAndSuite() {
    assertError("unknown command 'rnu'. Fix: use one of: run, list, report, export, compare, baseline, publish, merge, summary, help", "rnu");
    assertError("unknown option --suit for 'run'. Fix: use one of: --baseline, --cache-dir, --costs, --data-dir, --device, --dry-run, --fresh, "
        + "--operators, --out, --plugins, --seeds, --shard, --stacktrace, --suite, --tracks, --validation, --warn-only, "
        + "--workers (bibench help run)",
        "run", "--suit", "quick");
    assertError("unknown operator 'bnnn'. Fix: use one of: " + String.join(", ", Operators.ids())
        + " (or the class name of a BinaryOperator on the class path)", "run", "--suite", "smoke", "--operators", "bnnn", "--out", out.toString());
    assertError("unknown track 'learning'. Fix: use one of: learning_task, architecture, robustness, training, complexity, "
        + "inference", "run", "--suite", "smoke", "--tracks", "learning",
        "--out", out.toString());
    assertError("option --suite of 'run' needs a value. Fix: write --suite NAME|FILE (bibench help run)", "run", "--suite");
    assertError("unexpected argument 'smoke' for 'run'. Fix: see bibench help run", "run", "smoke");
    assertError("invalid value for option '--classes': 'ten' is not an int. Fix: see bibench help summary",
        "summary", "mlp", "--classes", "ten");
    assertError("unknown command 'rnu'. Fix: use one of: run, list, report, export, compare, baseline, publish, merge, "
        + "summary, help", "help", "rnu");
  }

  @Test
  void aMissingDataDirectoryIsNamed() {
    String[] result = run("run", "--suite", "smoke", "--data-dir", out.resolve("nope").toString(), "--out", out.toString());
    assertEquals("2", result[0], result[1]);
    assertEquals(true, result[1].startsWith("error: ") && result[1].contains(out.resolve("nope").toString()), result[1]);
  }
}
