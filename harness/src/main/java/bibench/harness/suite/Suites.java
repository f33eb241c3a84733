package bibench.harness.suite;

import bibench.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Loads a suite by built-in name ({@code smoke}, {@code quick}, ...) or from a JSON file. */
public final class Suites {
  /** The built-in suites, in order of size. */
  public static final List<String> BUILT_IN = List.of("smoke", "quick", "standard", "paper", "beyond");

  private Suites() {}

  /**
   * The suite named {@code nameOrFile}: a built-in name, or the path of a suite file.
   *
   * @throws BadInputException for an unknown name, a missing file, or a bad file
   */
  public static Suite load(String nameOrFile) {
    return load(nameOrFile, java.util.Optional.empty());
  }

  /**
   * The suite named {@code nameOrFile} with every seed list replaced by {@code seeds} when given
   * (the command line's {@code --seeds}: the same suite on another seed set).
   */
  public static Suite load(String nameOrFile, java.util.Optional<List<Long>> seeds) {
    if (BUILT_IN.contains(nameOrFile)) {
      return new SuiteReader(nameOrFile + ".json").read(builtInText(nameOrFile), nameOrFile, seeds);
    }
    Path file = Path.of(nameOrFile);
    if (Files.isRegularFile(file)) {
      try {
        return new SuiteReader(file.toString()).read(Files.readString(file, StandardCharsets.UTF_8), file.toString(),
            seeds);
      } catch (IOException e) {
        throw new BadInputException("cannot read suite file " + file + ": " + e.getMessage(), "check its permissions", e);
      }
    }
    throw new BadInputException("unknown suite '" + nameOrFile + "' (no built-in suite and no such file)",
        "use one of: " + String.join(", ", BUILT_IN) + ", or the path of a suite JSON file");
  }

  /** The JSON text of a built-in suite (for {@code bibench list} and for copying). */
  public static String builtInText(String name) {
    try (InputStream in = Suites.class.getResourceAsStream("/bibench/suites/" + name + ".json")) {
      if (in == null) {
        throw new IllegalStateException("built-in suite " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
