package bibench.harness.merge;

import static bibench.harness.testing.Rows.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.BadInputException;
import bibench.harness.results.Provenance;
import bibench.harness.results.ResultsCsv;
import bibench.harness.testing.RunFolders;
import bibench.results.ResultRow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShardMergeTest {
  private static final String CPU = "AMD EPYC 7B13 64-Core Processor";

  @TempDir Path dir;

  private Path shard(String name, String shard, String op, Map<String, String> overrides) {
    Map<String, String> p = new java.util.LinkedHashMap<>(RunFolders.provenance(name, CPU));
    p.put("shard", shard);
    p.putAll(overrides);
    List<ResultRow> rows = List.of(score("learning_task", "optdigits", "mlp", op, "finetune", 1, 90));
    return RunFolders.write(dir.resolve(name), rows, p);
  }

  private Path shard(String name, String shard, String op) {
    return shard(name, shard, op, Map.of());
  }

  private BadInputException refused(List<Path> shards) {
    return assertThrows(BadInputException.class, () -> ShardMerge.merge(shards, dir.resolve("merged")));
  }

  @Test
  void threeShardsBecomeOneRunWithAMergedProvenance() throws IOException {
    Path a = shard("s1", "1/3", "fp32");
    Path b = shard("s2", "2/3", "bnn", Map.of("cpu_model", "Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz",
        "date", "2025-11-21T08:00:00Z"));
    Path c = shard("s3", "3/3", "xnor");
    ShardMerge.Merged merged = ShardMerge.merge(List.of(c, a, b), dir.resolve("paper-merged"));
    assertEquals(3, merged.rows());
    List<ResultRow> rows = ResultsCsv.read(merged.dir().resolve("results.csv"));
    assertEquals(List.of("fp32", "bnn", "xnor"), rows.stream().map(ResultRow::operator).toList());
    rows.forEach(r -> assertEquals("paper-merged", r.runId()));
    Provenance p = Provenance.read(merged.dir().resolve("provenance.json"));
    assertEquals("paper-merged", p.get("run_id"));
    assertEquals("quick", p.get("suite"));
    assertEquals("3", p.get("shards"));
    assertEquals("1/1", p.get("shard")); // the merged run is a whole run
    assertEquals("1/3=s1, 2/3=s2, 3/3=s3", p.get("shard_runs"));
    assertEquals("2025-11-21T08:00:00Z", p.get("date"));
    // machines differ: the fingerprint says so, and no machine has it
    assertEquals("mixed: " + CPU + " | Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz", p.get("cpu_model"));
  }

  @Test
  void shardsOfOtherSuitesOrCommitsAreRefused() {
    Path a = shard("s1", "1/2", "fp32");
    Path b = shard("s2", "2/2", "bnn", Map.of("suite", "paper"));
    assertEquals("shards differ in suite: " + a + " has 'quick', " + b + " has 'paper'. Fix: merge only the shards of "
        + "one run: the same suite file, --operators and --seeds, and the same commit on every machine",
        refused(List.of(a, b)).getMessage());
    Path c = shard("s3", "2/2", "bnn", Map.of("commit", "fedcba"));
    assertEquals("shards differ in commit: " + a + " has '0123456789abcdef0123456789abcdef01234567', " + c
        + " has 'fedcba'. Fix: merge only the shards of one run: the same suite file, --operators "
        + "and --seeds, and the same commit on every machine",
        refused(List.of(a, c)).getMessage());
  }

  @Test
  void missingAndDuplicateShardsAreRefused() {
    Path a = shard("s1", "1/4", "fp32");
    Path c = shard("s3", "3/4", "xnor");
    assertEquals("shards 2/4, 4/4 are missing (got 2 of 4). Fix: run them (bibench run --shard 2/4 ...) and pass every "
        + "shard's folder", refused(List.of(a, c)).getMessage());
    Path again = shard("s1-again", "1/4", "bnn");
    assertEquals("shard 1/4 is given twice: " + a + " and " + again + ". Fix: pass each shard's folder once (keep the "
        + "run you trust, delete the other)", refused(List.of(a, again)).getMessage());
  }

  @Test
  void badShardKeysCountsAndOverlapsAreRefused() {
    Path noKey = RunFolders.write(dir.resolve("plain"), List.of(score("learning_task", "a", "mlp", "bnn", "", 1, 1)),
        RunFolders.provenance("plain", CPU));
    assertEquals(noKey.resolve("provenance.json") + " has no 'shard' key: that run was not made with --shard k/n. "
        + "Fix: pass only the folders of a sharded run (bibench run --shard k/n)", refused(List.of(noKey)).getMessage());
    Path bad = shard("bad", "0/2", "bnn");
    assertEquals("'shard' in " + bad.resolve("provenance.json") + " is '0/2', not a shard k/n with 1 <= k <= n. Fix: "
        + "write it as k/n, such as 2/8 for the second of eight shards", refused(List.of(bad)).getMessage());
    Path a = shard("s1", "1/2", "fp32");
    Path b = shard("s2", "2/3", "bnn");
    assertEquals("shards disagree on their count: " + a + " is 1/2, " + b + " is 2/3. Fix: merge only the shards of one "
        + "run, all made with the same n in --shard k/n", refused(List.of(a, b)).getMessage());
    Path overlap = shard("s2b", "2/2", "fp32");
    assertEquals("shards " + a + " and " + overlap + " both measured learning_task|optdigits|mlp|fp32|finetune|1|score. "
        + "Fix: shards must split the run matrix without overlap: rerun them with the same n and distinct k",
        refused(List.of(a, overlap)).getMessage());
  }

  @Test
  void anUnfinishedShardIsRefusedAndTheMergedRunIsFinished() throws IOException {
    Path a = shard("s1", "1/2", "fp32");
    Path b = shard("s2", "2/2", "bnn");
    java.nio.file.Files.writeString(b.resolve("run.key"), "key\n");
    java.nio.file.Files.delete(b.resolve("COMPLETE"));
    assertEquals("shard folder " + b + " holds an unfinished run (no COMPLETE marker). Fix: finish it first: rerun its "
        + "bibench run --shard command, which resumes it", refused(List.of(a, b)).getMessage());
    java.nio.file.Files.writeString(b.resolve("COMPLETE"), "complete\n");
    ShardMerge.Merged merged = ShardMerge.merge(List.of(a, b), dir.resolve("merged"));
    assertTrue(java.nio.file.Files.exists(merged.dir().resolve("COMPLETE")));
  }

  @Test
  void anOutputFolderThatHoldsResultsIsNotOverwritten() {
    Path a = shard("s1", "1/1", "fp32");
    BadInputException e = assertThrows(BadInputException.class, () -> ShardMerge.merge(List.of(a), a));
    assertEquals("output folder " + a + " already holds a results.csv. Fix: give --out a new or empty folder (or "
        + "delete that one)", e.getMessage());
  }
}
