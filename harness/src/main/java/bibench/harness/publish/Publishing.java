package bibench.harness.publish;

import bibench.BadInputException;
import bibench.harness.export.BenchmarkActionExport;
import bibench.harness.export.MachineSlug;
import bibench.harness.gate.Baselines;
import bibench.harness.gate.Gate;
import bibench.harness.report.Report;
import bibench.harness.results.RunFolder;
import bibench.harness.results.AtomicFiles;
import bibench.harness.results.Provenance;
import bibench.harness.results.RunDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeping results in the repository. {@link #refreshBaseline} makes a finished run the baseline
 * the regression gate compares runs of its suite with (results/baseline/<suite>/: results.csv and
 * provenance.json, each replaced atomically). {@link #publish} files a run for good under
 * results/published/{@code <date>-<suite>-<machine>}/ with its rows, provenance, report, export and
 * JMH's own JSON.
 */
public final class Publishing {
  /** The default root of the baselines: one folder per suite, results/baseline/<suite>/. */
  public static final Path BASELINE = Baselines.ROOT;

  /** The default folder of published runs. */
  public static final Path PUBLISHED = Path.of("results", "published");

  /** The folder of JMH's own result JSON in a run folder (written by the hardware inference track). */
  public static final String JMH = "jmh";

  private Publishing() {}

  /**
   * Where a baseline was written.
   *
   * @param runId the run that is now the baseline
   * @param dir the baseline's folder
   */
  public record Baseline(String runId, Path dir) {}

  /**
   * Copies a finished run's results.csv and provenance.json into the baseline folder of its suite,
   * {@code <baselineRoot>/<suite>/} ({@code baselineRoot} itself when it already holds a baseline).
   *
   * @return the run id that is now the baseline, and the folder
   * @throws BadInputException if the run has no rows or no provenance, is not finished (no COMPLETE
   *     marker) or is one shard of a run
   */
  public static Baseline refreshBaseline(Path runDir, Path baselineRoot) {
    RunFolder run = checkedRun(runDir);
    refusePartialRun(run, "a baseline of some of its cells would make every other cell MISSING", "the baseline");
    refuseValidationRun(run, "a baseline");
    Path target = Baselines.target(baselineRoot, run.get("suite"));
    copy(run.dir().resolve(RunDirectory.RESULTS), target.resolve(RunDirectory.RESULTS));
    copy(run.dir().resolve(RunFolder.PROVENANCE), target.resolve(RunFolder.PROVENANCE));
    return new Baseline(run.runId(), target);
  }

  /** Stops an unfinished run or one shard of a run: {@code why} says what it would spoil. */
  private static void refusePartialRun(RunFolder run, String why, String what) {
    if (!Files.exists(run.dir().resolve(RunDirectory.COMPLETE_FILE))) {
      throw new BadInputException("run " + run.dir() + " is not finished (no " + RunDirectory.COMPLETE_FILE
          + " marker): " + why + ", and its numbers may be cut short", "finish it first (rerun the same bibench run "
          + "command to resume it), then make " + what + " from it");
    }
    Gate.shardOf(run).ifPresent(shard -> {
      throw new BadInputException("run " + run.dir() + " is shard " + shard + " of a run, a share of its cells",
          "merge the shards (bibench merge <shard-dir>... --out <dir>) and make " + what + " from the merged folder");
    });
  }

  /**
   * Writes the run's report, then copies rows, provenance, report, export and JMH's own result
   * JSON ({@code jmh/*.json}, when the run timed anything) into {@code
   * publishedRoot/<date>-<suite>-<machine>/}. Publishing the same run again refreshes the folder
   * (and removes files the run no longer has).
   *
   * @return the folder written
   * @throws BadInputException if the run has no rows or provenance, is unfinished or one shard, or the
   *     folder holds another run
   */
  public static Path publish(Path runDir, Path publishedRoot) {
    RunFolder run = checkedRun(runDir);
    refusePartialRun(run, "a published table of some of its cells reads as the suite's", "the publication");
    refuseValidationRun(run, "published");
    Provenance p = run.provenance().orElseThrow();
    Path target = publishedRoot.resolve(folderName(p, run.dir()));
    Path existing = target.resolve(RunFolder.PROVENANCE);
    if (Files.exists(existing)) {
      String other = RunFolder.readProvenance(existing).get("run_id");
      if (!other.equals(p.get("run_id"))) {
        throw new BadInputException("published folder " + target + " already holds run " + other,
            "delete that folder if this run should replace it, or publish from another day or machine");
      }
    }
    Report.write(run);
    List<String> files = new ArrayList<>(List.of(RunDirectory.RESULTS, RunFolder.PROVENANCE, Report.MARKDOWN, Report.HTML));
    files.addAll(BenchmarkActionExport.FILES);
    files.addAll(jmhFiles(run.dir()));
    files.addAll(jmhFiles(target));
    for (String file : new java.util.LinkedHashSet<>(files)) {
      Path from = run.dir().resolve(file);
      if (Files.exists(from)) {
        copy(from, target.resolve(file));
      } else {
        deleteStale(target.resolve(file));
      }
    }
    return target;
  }

  /** JMH's own result files in a run folder, {@code jmh/<name>.json}, as paths relative to it. */
  static List<String> jmhFiles(Path dir) {
    Path jmh = dir.resolve(JMH);
    if (!Files.isDirectory(jmh)) {
      return List.of();
    }
    try (java.util.stream.Stream<Path> files = Files.list(jmh)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
          .map(f -> JMH + "/" + f.getFileName()).sorted().toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot list " + jmh, e);
    }
  }

  /** {@code <yyyy-MM-dd>-<suite>-<machine slug>}, from the provenance. */
  static String folderName(Provenance p, Path dir) {
    String date = p.get("date");
    if (!date.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
      throw new BadInputException("provenance of " + dir + " has no usable 'date' (got '" + date + "')",
          "publish a run folder written by bibench run, whose provenance.json has an ISO date");
    }
    String suite = p.get("suite").isEmpty() ? "nosuite" : p.get("suite").replaceAll("[^A-Za-z0-9._-]+", "-");
    return date.substring(0, 10) + "-" + suite + "-" + MachineSlug.of(p.get("cpu_model"), p.get("cores"));
  }

  private static RunFolder checkedRun(Path runDir) {
    RunFolder run = RunFolder.load(RunFolder.resolve(runDir));
    if (run.rows().isEmpty()) {
      throw new BadInputException("result file " + run.dir().resolve(RunDirectory.RESULTS) + " has no rows",
          "use the folder of a run that finished at least one cell");
    }
    if (run.provenance().isEmpty()) {
      throw new BadInputException("run folder " + run.dir() + " has no " + RunFolder.PROVENANCE,
          "use a folder written by bibench run (or bibench merge), which records where the run was made");
    }
    return run;
  }

  private static void deleteStale(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot remove the stale " + file, e);
    }
  }

  private static void copy(Path from, Path to) {
    AtomicFiles.write(to, out -> Files.copy(from, out));
  }

  /** A run scored on validation hold-outs (run --validation) measured a recipe, not the benchmark. */
  private static void refuseValidationRun(RunFolder run, String what) {
    String scoredOn = run.provenance().map(p -> p.get("scored_on")).orElse("");
    if (!scoredOn.isEmpty()) {
      throw new BadInputException("run " + run.dir() + " was scored on " + scoredOn + ", not on test splits",
          "rerun without --validation to make a run that can be " + what);
    }
  }
}
