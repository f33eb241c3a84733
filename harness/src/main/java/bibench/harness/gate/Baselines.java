package bibench.harness.gate;

import bibench.harness.results.RunDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the committed baselines live: one folder per gated suite, {@code results/baseline/<suite>/}
 * holding that suite's {@code results.csv} and {@code provenance.json} (made by {@code bibench
 * baseline}). A run of suite X is compared with {@code results/baseline/X} by default, so CI needs
 * no flag per suite. {@code --baseline DIR} names either such a root (DIR/X is used) or one
 * baseline folder itself (DIR holds a results.csv).
 */
public final class Baselines {
  /** The default root of the baselines, relative to the project root. */
  public static final Path ROOT = Path.of("results", "baseline");

  private Baselines() {}

  /** The baseline folder for {@code suite} under {@code given}, when there is one. */
  public static Optional<Path> resolve(Path given, String suite) {
    if (holdsBaseline(given)) {
      return Optional.of(given);
    }
    if (!suite.isEmpty() && holdsBaseline(given.resolve(suite))) {
      return Optional.of(given.resolve(suite));
    }
    return Optional.empty();
  }

  /** The folder {@code bibench baseline} writes a run of {@code suite} to, under the root {@code given}. */
  public static Path target(Path given, String suite) {
    if (holdsBaseline(given)) {
      return given; // an existing single baseline folder: refreshed in place
    }
    return suite.isEmpty() ? given : given.resolve(suite);
  }

  /** True when {@code dir} holds a baseline's results.csv. */
  public static boolean holdsBaseline(Path dir) {
    return Files.isRegularFile(dir.resolve(RunDirectory.RESULTS));
  }

  /** Where a baseline of {@code suite} was looked for, for messages. */
  public static String looked(Path given, String suite) {
    return given.resolve(RunDirectory.RESULTS) + (suite.isEmpty() ? "" : " and " + given.resolve(suite).resolve(
        RunDirectory.RESULTS));
  }
}
