package bibench.harness.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.harness.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An offending value of 52 MB (an operator id, a suite key, a suite name) is quoted in the error
 * message as its first 200 characters and its length, on one line (issue 15, item 8).
 */
class LongValuesTest {
  private static final String HUGE = "z".repeat(52_000_000);

  @TempDir Path dir;

  private static String error(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    String text = err.toString(StandardCharsets.UTF_8).strip();
    assertEquals(2, code, text.length() > 2000 ? text.substring(0, 2000) : text);
    assertEquals(1, text.lines().count());
    assertTrue(text.length() < 2500, text.length() + " characters");
    assertTrue(text.contains("52,000,0"), text);
    return text;
  }

  @Test
  void aHugeOperatorIdOnTheCommandLine() {
    error("run", "--suite", "smoke", "--operators", HUGE, "--out", dir.toString());
  }

  @Test
  void aHugeUnknownKeyAndAHugeValueInASuite() throws IOException {
    Path key = Files.writeString(dir.resolve("key.json"),
        "{\"name\": \"k\", \"" + HUGE + "\": 1, \"tracks\": {\"complexity\": {}}}");
    error("run", "--suite", key.toString(), "--out", dir.resolve("o1").toString(), "--dry-run");
    Path value = Files.writeString(dir.resolve("value.json"),
        "{\"name\": \"v\", \"operators\": [\"" + HUGE + "\"], \"tracks\": {\"complexity\": {}}}");
    error("run", "--suite", value.toString(), "--out", dir.resolve("o2").toString(), "--dry-run");
  }
}
