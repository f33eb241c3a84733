package bibench.harness.results;

import bibench.BadInputException;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The start of a run, before its first cell (call it with the output folder's {@link RunLock}
 * held). A new run's folder appears atomically with everything a run needs to resume and to be
 * judged: {@code run.key} (the command's identity), {@code suite.json} (a copy of the suite's
 * text), {@code plan.json} (the planned cells) and {@code provenance.json}; a {@code kill -9} at any
 * moment leaves either no run folder or a complete one.
 *
 * <p>A rerun of the same command (same suite, tracks, operators, seeds and shard) resumes the
 * unfinished run, but only when it has the same inputs: the same commit, the same suite text, the
 * same data for every task a finished cell could have used, and the same cells. Otherwise it stops
 * with one line saying what differs and how to continue ({@code --fresh}, or the original flags),
 * so that one run never mixes code, recipes or data. A run resumed on another machine keeps going;
 * its provenance then records both machines ({@link ProvenanceMerge}), so its times are not
 * compared with any baseline.
 */
public final class RunStart {
  /** Provenance fields that describe the machine and may differ between attempts of one run. */
  private static final Set<String> MACHINE_FIELDS = Set.of("cpu", "cores", "memory_bytes", "max_heap_bytes", "jdk",
      "os", "allocator", "engine", "engine_threads", "engine_interop_threads", "device", "workers");

  private RunStart() {}

  /**
   * A started run.
   *
   * @param run its folder
   * @param resumed true when an unfinished run of the same command continues
   */
  public record Started(RunDirectory run, boolean resumed) {}

  /**
   * Resumes the unfinished run of the same command in {@code root}, or creates a new one.
   *
   * @param fresh start a new run even when an unfinished one exists
   * @throws BadInputException when the unfinished run was started with other inputs
   */
  public static Started begin(Path root, RunInputs in, boolean fresh) {
    RunDirectory.removeAbandonedStarts(root);
    if (!fresh) {
      Optional<RunDirectory> earlier = RunDirectory.unfinished(root, in.runKey());
      if (earlier.isPresent()) {
        RunDirectory run = earlier.get();
        Provenance stored = storedProvenance(run);
        checkSameInputs(run, stored, in);
        run.removeStaleTemporaryFiles();
        recordThisMachine(run, stored, in);
        return new Started(run, true);
      }
    }
    RunDirectory run = RunDirectory.createNew(root, GitInfo.shortCommit(in.commit()), (r, dir) -> {
      AtomicFiles.writeString(dir.resolve(RunProvenance.SUITE_FILE), in.suite().text());
      AtomicFiles.writeString(dir.resolve(RunPlanFile.FILE), RunPlanFile.text(in));
      RunProvenance.of(r.runId(), Instant.now(), in).write(dir.resolve(Provenance.FILE));
      AtomicFiles.writeString(dir.resolve(RunDirectory.KEY_FILE), in.runKey() + "\n");
    });
    return new Started(run, false);
  }

  private static Provenance storedProvenance(RunDirectory run) {
    Path file = run.file(Provenance.FILE);
    try {
      return Provenance.read(file);
    } catch (IOException | RuntimeException e) {
      throw new BadInputException("the unfinished run " + run.dir() + " has no readable " + Provenance.FILE + " ("
          + e.getMessage() + "), so it cannot be checked for resuming", "pass --fresh to start a new run (or delete "
          + run.dir() + ")");
    }
  }

  /** Stops with one line when the unfinished run was started with other inputs than {@code in}. */
  static void checkSameInputs(RunDirectory run, Provenance stored, RunInputs in) {
    List<String> differences = new ArrayList<>();
    List<String> fixes = new ArrayList<>();
    String commit = stored.get("commit");
    if (!commit.equals(in.commit())) {
      differences.add("it was started by commit " + commit + ", this is " + in.commit());
      fixes.add("check out " + GitInfo.shortCommit(commit));
    }
    if (!stored.get("suite_sha256").equals(in.suite().sha256())) {
      differences.add("the text of suite " + in.suite().source() + " changed (its copy is "
          + run.file(RunProvenance.SUITE_FILE) + ")");
      fixes.add("restore the suite's text from that copy");
    }
    DataInputs before = DataInputs.fromJson(stored.element("data").orElse(null));
    if (before != null) {
      List<String> data = in.data().differencesFrom(before);
      differences.addAll(data);
      if (!data.isEmpty()) {
        fixes.add(before.dataDir() == null ? "run without --data-dir" : "pass --data-dir " + before.dataDir());
      }
    }
    if (differences.isEmpty() && !stored.get("cells_sha256").equals(in.cellsHash())) {
      differences.add("it planned other cells");
    }
    if (!differences.isEmpty()) {
      String original = fixes.isEmpty() ? "" : "to resume it, " + String.join(" and ", fixes) + "; ";
      throw new BadInputException("cannot resume the unfinished run " + run.dir() + ": " + String.join("; ", differences),
          original + "or pass --fresh to start a new run");
    }
  }

  /** Records this attempt's machine in the provenance when it differs from the earlier attempts'. */
  private static void recordThisMachine(RunDirectory run, Provenance stored, RunInputs in) {
    JsonObject now = RunProvenance.of(run.runId(), Instant.now(), in).json();
    JsonObject before = stored.json();
    JsonObject merged = before.deepCopy();
    boolean changed = false;
    for (String key : MACHINE_FIELDS) {
      if (now.has(key) && !now.get(key).equals(before.get(key))) {
        JsonObject a = new JsonObject();
        a.add(key, before.has(key) ? before.get(key) : com.google.gson.JsonNull.INSTANCE);
        JsonObject b = new JsonObject();
        b.add(key, now.get(key));
        merged.add(key, ProvenanceMerge.merge(List.of(a, b)).get(key));
        changed = true;
      }
    }
    if (changed) {
      new Provenance(merged).write(run.file(Provenance.FILE));
    }
  }

  /** The suite text a run was started from (its suite.json), for re-planning from the folder. */
  public static String suiteText(Path runDir) {
    Path file = runDir.resolve(RunProvenance.SUITE_FILE);
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException("run folder " + runDir + " has no readable " + RunProvenance.SUITE_FILE,
          "re-plan from the run's original suite, or start a new run with --fresh");
    }
  }
}
