package bibench.harness.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under src/test/resources/golden/. Run the tests with {@code
 * -Dbibench.updateGolden=true} to rewrite them from the code, then read the diff before committing.
 */
public final class Golden {
  private Golden() {}

  /** Asserts that {@code actual} equals the golden file {@code name}. */
  public static void assertMatches(String name, String actual) {
    if (Boolean.getBoolean("bibench.updateGolden")) {
      try {
        Files.writeString(Path.of("src/test/resources/golden", name), actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
      if (in == null) {
        throw new AssertionError("no golden file golden/" + name + "; make it with -Dbibench.updateGolden=true");
      }
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual, "golden/" + name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
