package bibench.harness.hostile.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.BadInputException;
import bibench.data.DataSources;
import bibench.data.LoadOptions;
import bibench.data.catalog.Tasks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Loads every hostile data directory of {@link HostileCases} the way a run does (the bundled
 * known-file table included): each must stop with one {@link BadInputException}, one line, naming
 * the offending file and containing the expected words. Any other exception, an
 * OutOfMemoryError or a load that succeeds fails the case.
 */
class HostileDataLoadTest {

  static List<HostileCase> cases() {
    return HostileCases.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void stopsWithOneMessageNamingTheFile(HostileCase c, @TempDir Path dir) throws IOException {
    c.writer().write(dir);
    DataSources sources = DataSources.of(dir, null, null, false);
    BadInputException e = assertThrows(BadInputException.class,
        () -> Tasks.load(c.task(), sources, LoadOptions.defaults()));
    String m = e.getMessage();
    assertTrue(m.contains(c.expected()), "expected '" + c.expected() + "' in: " + m);
    String file = dir.toAbsolutePath().normalize().resolve(c.file()).toString();
    assertTrue(m.contains(file), "expected the file " + file + " in: " + m);
    assertEquals(1, m.lines().count(), m);
    assertTrue(m.length() < 1200, "a message of " + m.length() + " characters: " + m);
    assertTrue(m.contains(". Fix: "), m);
  }

  @Test
  void everyKindHasTheIssuesCasesAndAtLeastThreeMore() {
    Map<String, Integer> invented = new TreeMap<>();
    for (HostileCase c : cases()) {
      if (c.origin().equals("new")) {
        invented.merge(c.kind(), 1, Integer::sum);
      }
    }
    for (String kind : List.of("archive", "gzip", "idx", "cifar", "jpeg", "wav", "text", "mesh",
        "samples", "folder")) {
      assertTrue(invented.getOrDefault(kind, 0) >= 3, kind + ": " + invented);
    }
    long fromIssue = cases().stream().filter(c -> !c.origin().equals("new")).count();
    assertTrue(fromIssue >= 8 + 3 + 2, "the issue's cases: " + fromIssue);
  }
}
