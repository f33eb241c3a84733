package bibench.harness.cli;

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

/** The help README.md shows is the help the program prints, so the two cannot drift apart either. */
class ReadmeHelpTest {
  private static final Path README = Path.of("..", "README.md");

  private static String printed(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The code block of README.md that starts with the line {@code $ <command>}, without that line. */
  private static String shown(String readme, String command) {
    String start = "```\n$ " + command + "\n";
    int from = readme.indexOf(start);
    assertTrue(from >= 0, "README.md has no block starting with $ " + command);
    int body = from + start.length();
    return readme.substring(body, readme.indexOf("```", body));
  }

  @Test
  void theReadmeShowsTheHelpTheProgramPrints() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    assertEquals(printed("help"), shown(readme, "bibench help"),
        "README.md's 'bibench help' differs from the program's; paste the new output");
    assertEquals(printed("help", "run"), shown(readme, "bibench help run"),
        "README.md's 'bibench help run' differs from the program's; paste the new output");
  }
}
