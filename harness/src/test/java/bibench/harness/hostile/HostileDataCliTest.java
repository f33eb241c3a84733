package bibench.harness.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.harness.hostile.data.HostileCase;
import bibench.harness.hostile.data.HostileCases;
import bibench.harness.Main;
import bibench.harness.results.ResultsCsv;
import bibench.results.ResultRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile data input of issue 15 through {@code bibench run}: exit code 2, one line on
 * stderr that starts with {@code error:}, names the file and says what is wrong, no stack trace,
 * and no temporary file left in the run folder. One case also runs after a good task, whose
 * finished cells must still be in results.csv afterwards (nothing computed is lost).
 */
class HostileDataCliTest {

  static List<HostileCase> cases() {
    return HostileCases.all();
  }

  private record Outcome(int code, String out, String err) {}

  private static Outcome run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Outcome runCase(HostileCase c, Path dir, boolean goodFirst) throws IOException {
    Path data = dir.resolve("data");
    Files.createDirectories(data);
    c.writer().write(data);
    Path suite = Files.writeString(dir.resolve("suite.json"), c.suiteJson(goodFirst));
    return run("run", "--suite", suite.toString(), "--data-dir", data.toString(), "--out",
        dir.resolve("out").toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void exitsWithCodeTwoAndOneLineNamingTheFile(HostileCase c, @TempDir Path dir) throws IOException {
    Outcome o = runCase(c, dir, false);
    String err = o.err().strip();
    assertEquals(2, o.code(), err);
    assertEquals(1, err.lines().count(), err);
    assertTrue(err.startsWith("error: "), err);
    assertTrue(err.contains(c.expected()), err);
    assertTrue(err.contains(dir.resolve("data").resolve(c.file()).toString()), err);
    assertFalse(err.contains("\tat ") || err.contains("internal error"), err);
    try (Stream<Path> files = Files.walk(dir.resolve("out"))) {
      assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
    }
  }

  @Test
  void cellsFinishedBeforeTheHostileFileAreKept(@TempDir Path dir) throws IOException {
    HostileCase c = cases().stream().filter(k -> k.id().equals("tar-negative-size")).findFirst()
        .orElseThrow();
    Outcome o = runCase(c, dir, true);
    assertEquals(2, o.code(), o.err());
    List<String> finished = o.out().lines().filter(l -> l.matches("\\[\\d+/4\\] .*: score .*")).toList();
    assertTrue(!finished.isEmpty(), o.out());
    Path results;
    try (Stream<Path> files = Files.walk(dir.resolve("out"))) {
      results = files.filter(p -> p.getFileName().toString().equals("results.csv")).findFirst()
          .orElseThrow();
    }
    List<ResultRow> rows = ResultsCsv.read(results);
    for (String line : finished) {
      String op = line.split(" ")[3];
      assertTrue(rows.stream().anyMatch(r -> r.metric().equals("score") && r.operator().equals(op)
          && r.task().equals("optdigits")), line + " is not in " + results);
    }
  }
}
