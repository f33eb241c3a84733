package bibench.harness.merge;

import bibench.BadInputException;
import bibench.harness.results.AtomicFiles;
import bibench.harness.results.RunFolder;
import bibench.harness.results.Provenance;
import bibench.harness.results.ProvenanceMerge;
import com.google.gson.JsonObject;
import bibench.harness.results.ResultsCsv;
import bibench.harness.results.RunDirectory;
import bibench.results.ResultRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Joins the folders of a sharded run ({@code bibench run --shard k/n} on many machines) into one
 * run folder: every shard's rows, with the merged run's id, and one provenance. It refuses shards
 * of different suites or commits, a shard count that disagrees, a missing or duplicated shard, and
 * a measurement two shards both made.
 *
 * <p>The merged provenance keeps every field the shards agree on; a field they disagree on reads
 * {@code mixed: a | b}, so a merge of shards from different machines has a fingerprint no machine
 * has, and the regression gate does not compare its absolute times. It adds {@code shards} (n) and
 * {@code shard_runs} (each shard's run id); the date is the latest shard's. The merged folder is a
 * finished whole run (shard 1/1, a COMPLETE marker): {@code bibench merge} then gates it. A shard
 * folder that holds an unfinished run (run.key without COMPLETE) is refused; copies of a shard's
 * results.csv and provenance.json alone are taken as they are (the gate's MISSING catches a shard
 * that was cut short).
 */
public final class ShardMerge {
  private ShardMerge() {}

  /**
   * What a merge wrote.
   *
   * @param dir the merged run folder
   * @param runId its run id (the folder's name)
   * @param shards how many shards
   * @param rows how many rows
   */
  public record Merged(Path dir, String runId, int shards, int rows) {}

  /** A shard's folder, rows and place. */
  private record Shard(RunFolder run, ShardSpec spec) {}

  /**
   * Merges {@code shardDirs} into {@code outDir}.
   *
   * @throws BadInputException on any inconsistency, naming the shard folders and the fix
   */
  public static Merged merge(List<Path> shardDirs, Path outDir) {
    if (shardDirs.isEmpty()) {
      throw new BadInputException("merge got no shard folders", "bibench merge <shard-dir>... --out <dir>");
    }
    if (holdsResults(outDir)) {
      throw new BadInputException("output folder " + outDir + " already holds a " + RunDirectory.RESULTS,
          "give --out a new or empty folder (or delete that one)");
    }
    List<Shard> shards = new ArrayList<>();
    for (Path dir : shardDirs) {
      RunFolder run = RunFolder.load(RunFolder.resolve(dir));
      if (run.provenance().isEmpty()) {
        throw new BadInputException("shard folder " + run.dir() + " has no " + RunFolder.PROVENANCE,
            "pass the folders written by bibench run --shard k/n, which record suite, commit and shard");
      }
      if (Files.exists(run.dir().resolve(RunDirectory.KEY_FILE))
          && !Files.exists(run.dir().resolve(RunDirectory.COMPLETE_FILE))) {
        throw new BadInputException("shard folder " + run.dir() + " holds an unfinished run (no "
            + RunDirectory.COMPLETE_FILE + " marker)", "finish it first: rerun its bibench run --shard command, which "
            + "resumes it");
      }
      String shard = run.get("shard");
      Path file = run.dir().resolve(RunFolder.PROVENANCE);
      if (shard.isEmpty()) {
        throw new BadInputException(file + " has no 'shard' key: that run was not made with --shard k/n",
            "pass only the folders of a sharded run (bibench run --shard k/n)");
      }
      shards.add(new Shard(run, ShardSpec.parse(shard, "'shard' in " + file)));
    }
    checkSame(shards, "suite");
    checkSame(shards, "commit");
    // the same suite text, operators and seeds: shards of one run ("tracks" lists the tracks a shard's own
    // cells hold, so it differs between the shards of one run)
    for (String key : List.of("suite_sha256", "operators", "seeds")) {
      checkSame(shards, key);
    }
    checkComplete(shards);
    String runId = outDir.toAbsolutePath().normalize().getFileName().toString();
    List<ResultRow> rows = rows(shards, runId);
    Provenance provenance = provenance(shards, runId);
    ResultsCsv.write(outDir.resolve(RunDirectory.RESULTS), rows);
    provenance.write(outDir.resolve(RunFolder.PROVENANCE));
    AtomicFiles.writeString(outDir.resolve(RunDirectory.COMPLETE_FILE), "complete\n");
    return new Merged(outDir, runId, shards.size(), rows.size());
  }

  private static void checkSame(List<Shard> shards, String key) {
    Shard first = shards.get(0);
    for (Shard s : shards) {
      if (!s.run().get(key).equals(first.run().get(key))) {
        throw new BadInputException("shards differ in " + key + ": " + first.run().dir() + " has '" + first.run().get(key)
            + "', " + s.run().dir() + " has '" + s.run().get(key) + "'",
            "merge only the shards of one run: the same suite file, --operators and --seeds, and the same commit on "
            + "every machine");
      }
    }
  }

  private static void checkComplete(List<Shard> shards) {
    int n = shards.get(0).spec().count();
    Map<Integer, Path> byIndex = new TreeMap<>();
    for (Shard s : shards) {
      if (s.spec().count() != n) {
        throw new BadInputException("shards disagree on their count: " + shards.get(0).run().dir() + " is "
            + shards.get(0).spec() + ", " + s.run().dir() + " is " + s.spec(),
            "merge only the shards of one run, all made with the same n in --shard k/n");
      }
      Path earlier = byIndex.put(s.spec().index(), s.run().dir());
      if (earlier != null) {
        throw new BadInputException("shard " + s.spec() + " is given twice: " + earlier + " and " + s.run().dir(),
            "pass each shard's folder once (keep the run you trust, delete the other)");
      }
    }
    List<String> missing = new ArrayList<>();
    for (int k = 1; k <= n; k++) {
      if (!byIndex.containsKey(k)) {
        missing.add(k + "/" + n);
      }
    }
    if (!missing.isEmpty()) {
      throw new BadInputException("shard" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
          + (missing.size() > 1 ? " are" : " is") + " missing (got " + byIndex.size() + " of " + n + ")",
          "run " + (missing.size() > 1 ? "them" : "it") + " (bibench run --shard " + missing.get(0)
              + " ...) and pass every shard's folder");
    }
  }

  private static List<ResultRow> rows(List<Shard> shards, String runId) {
    Map<String, Path> seen = new LinkedHashMap<>();
    List<ResultRow> rows = new ArrayList<>();
    List<Shard> ordered = new ArrayList<>(shards);
    ordered.sort((a, b) -> Integer.compare(a.spec().index(), b.spec().index()));
    for (Shard s : ordered) {
      Map<String, Boolean> inThisShard = new LinkedHashMap<>();
      for (ResultRow r : s.run().rows()) {
        Path other = seen.get(r.key());
        if (other != null && !inThisShard.containsKey(r.key())) {
          throw new BadInputException("shards " + other + " and " + s.run().dir() + " both measured " + r.key(),
              "shards must split the run matrix without overlap: rerun them with the same n and distinct k");
        }
        inThisShard.put(r.key(), true);
        rows.add(new ResultRow(runId, r.track(), r.task(), r.arch(), r.operator(), r.setting(), r.seed(), r.metric(),
            r.value(), r.unit(), r.higherIsBetter(), r.n(), r.stddev()));
      }
      inThisShard.keySet().forEach(k -> seen.put(k, s.run().dir()));
    }
    return rows;
  }

  private static Provenance provenance(List<Shard> shards, String runId) {
    List<Shard> ordered = new ArrayList<>(shards);
    ordered.sort((a, b) -> Integer.compare(a.spec().index(), b.spec().index()));
    List<JsonObject> parts = new ArrayList<>();
    List<String> dates = new ArrayList<>();
    JsonObject runs = new JsonObject();
    int cells = 0;
    for (Shard s : ordered) {
      Provenance p = s.run().provenance().orElseThrow();
      JsonObject json = p.json();
      for (String perShard : List.of("run_id", "date", "shard", "cells", "cells_sha256")) {
        json.remove(perShard);
      }
      parts.add(json);
      dates.add(p.get("date"));
      runs.addProperty(s.spec().toString(), s.run().runId());
      cells += p.element("cells").filter(e -> e.isJsonPrimitive()).map(e -> e.getAsInt()).orElse(0);
    }
    JsonObject merged = new JsonObject();
    merged.addProperty("schema", Provenance.SCHEMA);
    merged.addProperty("run_id", runId);
    merged.addProperty("date", dates.stream().max(String::compareTo).orElse(""));
    ProvenanceMerge.merge(parts).entrySet().forEach(e -> {
      if (!e.getKey().equals("schema")) {
        merged.add(e.getKey(), e.getValue());
      }
    });
    merged.addProperty("shard", "1/1");
    merged.addProperty("cells", cells);
    merged.addProperty("shards", shards.get(0).spec().count());
    merged.add("shard_runs", runs);
    if (ordered.stream().anyMatch(s -> s.run().provenance().orElseThrow().schema() < 2)) {
      merged.addProperty("schema", 1);
    }
    return new Provenance(merged);
  }

  /** True when {@code dir} already holds a results.csv (a merge refuses to overwrite one). */
  static boolean holdsResults(Path dir) {
    return Files.exists(dir.resolve(RunDirectory.RESULTS));
  }
}
