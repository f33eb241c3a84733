package bibench.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.harness.Main;
import bibench.harness.results.ResultsCsv;
import bibench.harness.results.RunLock;
import bibench.results.ResultRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Interruption and concurrency: a killed run resumes; a second run on the same folder is refused. */
class ResumeAndLockTest {
  @TempDir Path out;

  private static final String[] SMOKE = {"run", "--suite", "smoke", "--tracks", "learning_task", "--operators", "bnn,react,recu"};

  private String[] args(String... extra) {
    List<String> all = new java.util.ArrayList<>(List.of(SMOKE));
    all.addAll(List.of("--out", out.toString()));
    all.addAll(List.of(extra));
    return all.toArray(String[]::new);
  }

  private static List<String> cellLines(List<String> lines) {
    return lines.stream().filter(l -> l.matches("^\\[\\d+/\\d+\\] .*")).map(l -> l.substring(0, l.indexOf(':'))).toList();
  }

  @Test
  void aRunKilledWithSigkillResumesWithoutLosingOrRepeatingCells() throws Exception {
    ChildRun first = ChildRun.start(args());
    assertTrue(first.awaitLine("[3/8]", 120_000), String.join("\n", first.lines()));
    first.kill();
    List<String> before = cellLines(first.lines());
    assertTrue(before.size() >= 3 && before.size() < 8, before.toString());

    ChildRun second = ChildRun.start(args());
    assertEquals(0, second.waitFor(), String.join("\n", second.lines()));
    List<String> after = cellLines(second.lines());
    String header = second.lines().stream().filter(l -> l.startsWith("BiBench-J run")).findFirst().orElse("");
    java.util.regex.Matcher done = java.util.regex.Pattern.compile("8 cells, resuming \\((\\d+) cells already done\\)$")
        .matcher(header);
    assertTrue(done.find(), header);
    int recorded = Integer.parseInt(done.group(1));
    // the kill may land after a cell was recorded but before its line was printed
    assertTrue(recorded == before.size() || recorded == before.size() + 1, recorded + " vs " + before);
    Set<String> overlap = new HashSet<>(before);
    overlap.retainAll(after);
    assertTrue(overlap.isEmpty(), "cells run twice: " + overlap);
    assertEquals(8, recorded + after.size());

    try (Stream<Path> runs = Files.list(out)) {
      assertEquals(1, runs.filter(p -> Files.isDirectory(p) && !Files.isSymbolicLink(p)).count(), "one run folder");
    }
    Path run = out.resolve("latest").toRealPath();
    List<ResultRow> scores = ResultsCsv.read(run.resolve("results.csv")).stream()
        .filter(r -> r.metric().equals("score")).toList();
    assertEquals(8, scores.size());
    assertEquals(8, scores.stream().map(r -> r.task() + r.operator()).distinct().count());
    try (Stream<Path> files = Files.walk(run)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertFalse(f.toString().endsWith(".tmp"), "left behind: " + f);
        if (f.toString().endsWith(".csv")) {
          ResultsCsv.read(f);
        }
      }
    }
  }

  /**
   * Kills a run at every phase of its start (JVM start, suite loading, engine start, the run
   * folder's first files, the first cells), then lets it finish: no kill may leave a run folder
   * without run.key, suite.json, plan.json and provenance.json, and the run that finishes has them.
   */
  @Test
  void aKillAtAnyMomentOfTheStartLeavesNoRunWithoutItsProvenance() throws Exception {
    String[] complexity = {"run", "--suite", "smoke", "--tracks", "complexity", "--out", out.toString()};
    for (int delay = 0; delay <= 2400; delay += 150) {
      ChildRun child = ChildRun.start(complexity);
      Thread.sleep(delay);
      child.kill();
      assertEveryRunFolderIsWhole();
    }
    String[] fresh = java.util.stream.Stream.concat(java.util.Arrays.stream(complexity), java.util.stream.Stream.of("--fresh"))
        .toArray(String[]::new);
    for (String phase : new String[] {".starting-", "cells"}) {
      Set<Path> before = runFolders();
      ChildRun child = ChildRun.start(fresh); // a new run, so that its start can be caught
      awaitEntry(phase, before, child);
      child.kill();
      assertEveryRunFolderIsWhole();
    }
    ChildRun last = ChildRun.start(complexity);
    assertEquals(0, last.waitFor(), String.join("\n", last.lines()));
    assertEveryRunFolderIsWhole();
    Path run = out.resolve("latest").toRealPath();
    assertTrue(Files.exists(run.resolve("COMPLETE")));
    assertEquals("smoke", bibench.harness.results.Provenance.read(run.resolve("provenance.json")).get("suite"));
    try (Stream<Path> entries = Files.list(out)) {
      assertTrue(entries.noneMatch(p -> p.getFileName().toString().startsWith(".starting-")), "a staging folder is left");
    }
  }

  private Set<Path> runFolders() throws IOException {
    try (Stream<Path> entries = Files.list(out)) {
      return new HashSet<>(entries.toList());
    }
  }

  /** Waits until an entry named {@code prefix}... appears in out/ or in a run folder made after {@code before}. */
  private void awaitEntry(String prefix, Set<Path> before, ChildRun child) throws Exception {
    long end = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < end) {
      try (Stream<Path> entries = Files.walk(out, 2)) {
        if (entries.anyMatch(p -> p.getFileName().toString().startsWith(prefix)
            && (p.getParent().equals(out) || !before.contains(p.getParent())))) {
          return;
        }
      } catch (java.io.UncheckedIOException | IOException e) {
        // an entry vanished while listed: look again
      }
      Thread.sleep(1);
    }
    throw new AssertionError("no " + prefix + " appeared: " + child.lines());
  }

  private void assertEveryRunFolderIsWhole() throws IOException {
    try (Stream<Path> entries = Files.list(out)) {
      for (Path dir : entries.filter(p -> Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
          && !p.getFileName().toString().startsWith(".")).toList()) {
        for (String file : List.of("run.key", "suite.json", "plan.json", "provenance.json")) {
          assertTrue(Files.isRegularFile(dir.resolve(file)), dir + " has no " + file);
        }
        assertEquals(dir.getFileName().toString(),
            bibench.harness.results.Provenance.read(dir.resolve("provenance.json")).get("run_id"));
      }
    }
  }

  @Test
  void aResumeThatWouldReadOtherDataStopsAndSaysHowToContinue() throws Exception {
    Path data = Files.createDirectories(out.resolve("data").resolve("optdigits"));
    Path runs = out.resolve("runs");
    String[] first = {"run", "--suite", "smoke", "--tracks", "complexity", "--operators", "bnn", "--out", runs.toString(),
        "--data-dir", data.getParent().toString()};
    assertEquals(0, Main.run(first, new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream())));
    Path run = runs.resolve(runs.resolve("latest").toRealPath().getFileName());
    Files.delete(run.resolve("COMPLETE")); // as if killed before its end
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] without = java.util.Arrays.copyOf(first, first.length - 2);
    int code = Main.run(without, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
    String message = err.toString(StandardCharsets.UTF_8).strip();
    assertEquals(2, code, message);
    assertTrue(message.startsWith("error: cannot resume the unfinished run " + run + ": optdigits was read from "
        + data.toAbsolutePath().normalize() + " (--data-dir), now from "), message);
    assertTrue(message.endsWith(". Fix: to resume it, pass --data-dir " + data.getParent().toAbsolutePath().normalize()
        + "; or pass --fresh to start a new run"), message);
    assertEquals(1, message.lines().count());
    assertEquals(0, Main.run(first, new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream())),
        "the original flags resume it");
    assertTrue(Files.exists(run.resolve("COMPLETE")));
  }

  @Test
  void aSecondRunOnTheSameFolderFailsAtOnceAndTouchesNothing() throws IOException {
    try (RunLock held = RunLock.acquire(out)) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code = Main.run(args(), new PrintStream(new ByteArrayOutputStream()),
          new PrintStream(err, true, StandardCharsets.UTF_8));
      String message = err.toString(StandardCharsets.UTF_8).strip();
      assertEquals(2, code, message);
      assertEquals("error: another BiBench-J run (pid " + ProcessHandle.current().pid() + ") is writing to "
          + out.toAbsolutePath() + ". Fix: wait for it to finish, or give this run another --out folder", message);
    }
    try (Stream<Path> entries = Files.list(out)) {
      assertEquals(List.of(".bibench.lock"), entries.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void twoShardsCoverEveryCellOnce() {
    for (String shard : new String[] {"1/2", "2/2"}) {
      int code = Main.run(args("--shard", shard, "--operators", "bnn"), new PrintStream(new ByteArrayOutputStream()),
          new PrintStream(new ByteArrayOutputStream()));
      assertEquals(0, code);
    }
    Set<String> cells = new HashSet<>();
    int rows = 0;
    try (Stream<Path> runs = Files.list(out)) {
      for (Path run : runs.filter(p -> Files.isDirectory(p) && !Files.isSymbolicLink(p)).toList()) {
        for (ResultRow r : ResultsCsv.read(run.resolve("results.csv"))) {
          if (r.metric().equals("score")) {
            cells.add(r.task() + "/" + r.operator());
            rows++;
          }
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertEquals(4, rows);
    assertEquals(Set.of("optdigits/fp32", "optdigits/bnn", "fashion-mnist/fp32", "fashion-mnist/bnn"), cells);
  }
}
