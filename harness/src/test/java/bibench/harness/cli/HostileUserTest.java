package bibench.harness.cli;

import static bibench.harness.testing.Rows.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.harness.Main;
import bibench.harness.testing.RunFolders;
import bibench.results.ResultRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a hostile user tried and a careless tool would take: repeated rows and cells that count as
 * extra seeds, a mistyped --baseline that switches the gate off, suite names that are paths, shards
 * of different runs merged, empty paths from unset variables, broken plug-in jars. Each is exit 2,
 * one line, before anything is trained or written.
 */
class HostileUserTest {
  private static final String CPU = "AMD EPYC 7B13 64-Core Processor";
  @TempDir Path dir;

  private record Outcome(int code, String out, String err) {}

  private static Outcome run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8).strip());
  }

  private static void assertBadInput(Outcome o, String contains) {
    assertEquals(2, o.code(), o.err());
    assertTrue(o.err().startsWith("error: ") && o.err().contains(contains) && !o.err().contains("\n"), o.err());
  }

  private Path folder(String name, double... seeds) {
    List<ResultRow> rows = new java.util.ArrayList<>();
    for (int i = 0; i < seeds.length; i++) {
      rows.add(score("learning_task", "optdigits", "mlp", "bnn", "finetune", i + 1, seeds[i]));
    }
    return RunFolders.write(dir.resolve(name), rows, RunFolders.provenance(name, CPU));
  }

  private Path suite(String name, int copiesOfTheTask) throws IOException {
    String task = "{\"task\": \"optdigits\", \"arch\": \"mlp\", \"width\": 16}";
    String tasks = String.join(", ", java.util.Collections.nCopies(copiesOfTheTask, task));
    Path file = dir.resolve("suite-" + copiesOfTheTask + ".json");
    Files.writeString(file, "{\"name\": \"" + name + "\", \"operators\": [\"bnn\"], \"seeds\": [1], \"tracks\": "
        + "{\"learning_task\": {\"defaults\": {\"fp32\": {\"optimizer\": \"adam\", \"lr\": 0.002, \"schedule\": \"cosine\", "
        + "\"epochs\": 1, \"batch_size\": 32}, \"binary\": {\"optimizer\": \"adam\", \"lr\": 0.002, \"schedule\": \"cosine\", "
        + "\"epochs\": 1, \"batch_size\": 32}}, \"tasks\": [" + tasks + "]}}}");
    return file;
  }

  @Test
  void repeatedOrInfiniteRowsAreRefusedNotCountedAsSeeds() throws IOException {
    Path baseline = folder("baseline", 90, 91, 92);
    Path doubled = folder("doubled", 90, 91, 92);
    Path csv = doubled.resolve("results.csv");
    List<String> lines = Files.readAllLines(csv);
    Files.write(csv, lines);
    Files.write(csv, lines.subList(1, lines.size()), java.nio.file.StandardOpenOption.APPEND);
    assertBadInput(run("compare", doubled.toString(), "--baseline", baseline.toString()), "line 5 repeats the row of line 2");
    Path infinite = folder("infinite", 90, 91, 92);
    Path file = infinite.resolve("results.csv");
    Files.writeString(file, Files.readString(file).replaceFirst(",90,", ",Infinity,"));
    assertBadInput(run("compare", infinite.toString(), "--baseline", baseline.toString()), "value Infinity is not a finite number");
    assertBadInput(run("report", infinite.toString()), "value Infinity is not a finite number");
  }

  @Test
  void aSuiteThatAsksForACellTwiceOrIsNamedLikeAPathStops() throws IOException {
    assertEquals(0, run("run", "--suite", suite("ok", 1).toString(), "--dry-run", "--out", dir.toString()).code());
    assertBadInput(run("run", "--suite", suite("twice", 2).toString(), "--dry-run", "--out", dir.toString()),
        "asks twice for the cell");
    for (String name : List.of("../../etc", "", "a/b", ".hidden")) {
      assertBadInput(run("run", "--suite", suite(name, 1).toString(), "--dry-run", "--out", dir.toString()),
          "cannot name a suite's folders");
    }
  }

  @Test
  void aMistypedBaselineOrAnUnusableCacheStopsTheRunBeforeItTrains() throws IOException {
    Path out = dir.resolve("out");
    assertBadInput(run("run", "--suite", "smoke", "--tracks", "learning_task", "--operators", "bnn", "--out", out.toString(),
        "--baseline", dir.resolve("no-such-baselines").toString()), "is not a folder");
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    assertBadInput(run("run", "--suite", "smoke", "--tracks", "learning_task", "--operators", "bnn", "--out", out.toString(),
        "--cache-dir", file.toString()), "is a file, not a folder");
    assertBadInput(run("run", "--suite", "smoke", "--out", out.toString(), "--cache-dir", ""), "--cache-dir is empty");
    assertBadInput(run("run", "--suite", "smoke", "--dry-run", "--out", ""), "--out is empty");
    assertBadInput(run("run", "--suite", "smoke", "--dry-run", "--out", out.toString(), "--seeds", "1,,2"),
        "has an empty item");
    assertTrue(Files.notExists(out), "nothing was started");
    assertBadInput(run("merge", folder("m", 90).toString(), "--out", dir.resolve("merged").toString(), "--baseline",
        dir.resolve("no-such-baselines").toString()), "is not a folder");
  }

  @Test
  void aValidationRunIsNotGatedAgainstTestScores() {
    Path baseline = folder("baseline", 90, 91, 92);
    Map<String, String> p = new java.util.LinkedHashMap<>(RunFolders.provenance("val", CPU));
    p.put("scored_on", "validation: a held-out 0.2 of each training split");
    Path val = RunFolders.write(dir.resolve("val"), List.of(score("learning_task", "optdigits", "mlp", "bnn", "finetune",
        1, 91)), p);
    assertBadInput(run("compare", val.toString(), "--baseline", baseline.toString()),
        "is scored on validation: a held-out 0.2 of each training split, the baseline");
  }

  @Test
  void shardsOfDifferentRunsAreNotMerged() {
    Path[] shards = new Path[2];
    for (int k = 1; k <= 2; k++) {
      Map<String, String> p = new java.util.LinkedHashMap<>(RunFolders.provenance("s" + k, CPU));
      p.put("shard", k + "/2");
      p.put("operators", k == 1 ? "fp32,bnn" : "fp32,xnor");
      shards[k - 1] = RunFolders.write(dir.resolve("shard" + k), List.of(score("learning_task", "optdigits", "mlp",
          k == 1 ? "bnn" : "xnor", "finetune", 1, 90)), p);
    }
    Path merged = dir.resolve("merged");
    assertBadInput(run("merge", shards[0].toString(), shards[1].toString(), "--out", merged.toString()),
        "shards differ in operators");
    assertTrue(Files.notExists(merged.resolve("results.csv")));
  }

  @Test
  void aBrokenPluginJarIsNamed() throws IOException {
    Path plugins = Files.createDirectories(dir.resolve("plugins"));
    Files.write(plugins.resolve("x.jar"), new byte[] {1, 2, 3, 4, 5});
    assertBadInput(run("--plugins", plugins.toString(), "list", "operators"), "is not a readable jar");
  }
}
