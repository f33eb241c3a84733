package bibench.harness.cli;

import bibench.BadInputException;
import bibench.harness.gate.Gate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options of {@code bibench run}, one annotated field each: picocli parses them and prints
 * {@code bibench help run} from these annotations. Adding an option is adding a field here. As
 * with every command, an option given twice takes its last value (so {@code mvn -Pbench
 * -Dbibench.args="--out DIR"} overrides the default the pom passes).
 */
final class RunOptions {
  @Option(names = "--suite", paramLabel = "NAME|FILE", order = 1,
      description = "smoke, quick, standard, paper, or a suite JSON file (default: ${DEFAULT-VALUE}).")
  String suite = "quick";

  @Option(names = "--operators", paramLabel = "ID,...", order = 2,
      description = "Only these operators, e.g. bnn,react (fp32 is always added; default: the suite's).")
  String operators;

  @Option(names = "--tracks", paramLabel = "ID,...", order = 3,
      description = "Only these tracks (bibench list tracks; default: every track of the suite).")
  String tracks;

  @Option(names = "--seeds", paramLabel = "S,...", order = 4,
      description = "Use these seeds for every cell instead of the suite's, e.g. 4,5,6 (an independent second run).")
  String seeds;

  @Option(names = "--data-dir", paramLabel = "DIR", order = 4,
      description = "Look for data sets here first, then in $BIBENCH_DATA, /usr/share/datasets, the shipped sets.")
  Path dataDir;

  @Option(names = "--out", paramLabel = "DIR", order = 5,
      description = "Write the run's folder <run-id>/ here (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("target", "bibench");

  @Option(names = "--shard", paramLabel = "K/N|auto", order = 6,
      description = {"Run shard K of N: the cells that share a trained model stay together, packed by cost (join"
          + " shards with bibench merge; shard runs are not gated).",
          "auto: K and N from a Slurm array task or a Kubernetes Indexed Job pod (JOB_COMPLETION_INDEX and"
          + " BIBENCH_SHARD_COUNT)."})
  String shard;

  @Option(names = "--costs", paramLabel = "FILE", order = 6,
      description = "Pack shards by the measured seconds in FILE (lines: cell label,seconds); give every shard the same file.")
  Path costs;

  @Option(names = "--device", paramLabel = "cpu|gpu|auto", order = 6,
      description = "Train on the CPU, the first GPU (stops without one), or the GPU when there is one (default: ${DEFAULT-VALUE}).")
  String device = "auto";

  @Option(names = "--validation", paramLabel = "FRACTION", order = 6,
      description = "Score every model on this share (0 to 0.5) of its training split, held out, instead of the "
          + "test split: for choosing recipes without looking at test scores. Such runs are not published.")
  Double validation;

  @Option(names = "--workers", paramLabel = "N", order = 6,
      description = "Train on N worker processes at once, one engine thread each (default: one per core); 1 runs "
          + "every cell in this process. Timing cells always run alone, after the others.")
  Integer workers;

  @Option(names = "--cache-dir", paramLabel = "DIR|off", order = 6,
      description = "Keep trained FP32 models here and reuse them in later runs (default: $BIBENCH_CACHE, else "
          + "~/.cache/bibench/checkpoints); off trains every model.")
  String cacheDir;

  @Option(names = "--fresh", order = 7, description = "Start a new run instead of resuming an unfinished one.")
  boolean fresh;

  @Option(names = "--dry-run", order = 8,
      description = "List the cells and where each data set would be read from; run nothing (exit code 2 if a data set is missing).")
  boolean dryRun;

  @Option(names = "--baseline", paramLabel = "DIR", order = 9,
      description = "Gate the finished run against the baseline of its suite in this folder, DIR/<suite>/ (default: "
          + "${DEFAULT-VALUE}).")
  Path baseline = Gate.DEFAULT_BASELINE;

  @Option(names = "--warn-only", order = 10,
      description = "Report regressions and missing metrics against the baseline, but exit with 0.")
  boolean warnOnly;

  /** The seeds of {@code --seeds}, or empty when not given; each a whole number, none twice. */
  java.util.Optional<List<Long>> seedList() {
    List<String> items = ids(seeds, "--seeds");
    if (items == null) {
      return java.util.Optional.empty();
    }
    List<Long> list = new ArrayList<>();
    for (String item : items) {
      long seed;
      try {
        seed = Long.parseLong(item);
      } catch (NumberFormatException e) {
        throw new BadInputException("--seeds holds '" + (item.length() > 40 ? item.substring(0, 40) + "..." : item)
            + "', which is not a whole number",
            "give whole numbers separated by commas, e.g. --seeds 4,5,6");
      }
      if (list.contains(seed)) {
        throw new BadInputException("--seeds names seed " + seed + " twice",
            "give each seed once (a repeated seed would count one training as two)");
      }
      list.add(seed);
    }
    return java.util.Optional.of(list);
  }

  /** The validation share of {@code --validation}, 0 when not given. */
  double validationFraction() {
    if (validation == null) {
      return 0;
    }
    if (!(validation > 0 && validation <= 0.5)) {
      throw new BadInputException("--validation " + validation + " is out of range",
          "give the share of each training split to hold out, above 0 and at most 0.5, e.g. --validation 0.2");
    }
    return validation;
  }

  /** How many worker processes: {@code --workers}, else one per core. */
  int workerCount() {
    int n = workers == null ? Runtime.getRuntime().availableProcessors() : workers;
    if (n < 1 || n > 256) {
      throw new BadInputException("--workers " + n + " is out of range", "give 1 (this process) up to 256");
    }
    return n;
  }

  /** The cross-run cache of FP32 models: {@code --cache-dir}, else the default; null when off. */
  /**
   * Stops empty paths ({@code --out ""}, what an unset shell variable gives) and a {@code
   * --cache-dir} that cannot take a model, before anything trains: a first model trained for an
   * hour must not be lost to a cache folder that could have been checked at the start.
   */
  void checkPaths() {
    requireNotEmpty("--out", out == null ? null : out.toString());
    requireNotEmpty("--data-dir", dataDir == null ? null : dataDir.toString());
    requireNotEmpty("--cache-dir", cacheDir);
    Path cache = cacheDirectory();
    if (cacheDir == null || cache == null || dryRun) {
      return; // a dry run writes nothing, not even the cache folder
    }
    if (java.nio.file.Files.exists(cache) && !java.nio.file.Files.isDirectory(cache)) {
      throw new bibench.BadInputException("--cache-dir " + bibench.Excerpt.quoted(cacheDir) + " is a file, not a "
          + "folder", "give --cache-dir a folder (it is made when missing), or off to train every model");
    }
    try {
      java.nio.file.Files.createDirectories(cache);
      java.nio.file.Files.delete(java.nio.file.Files.createTempFile(cache, ".probe-", ".tmp"));
    } catch (java.io.IOException | SecurityException e) {
      throw new bibench.BadInputException("--cache-dir " + bibench.Excerpt.quoted(cacheDir) + " cannot hold trained "
          + "models (" + bibench.Excerpt.of(e.getClass().getSimpleName() + ": " + e.getMessage()) + ")",
          "give a folder you can write to, or --cache-dir off to train every model");
    }
  }

  private static void requireNotEmpty(String option, String value) {
    if (value != null && value.isBlank()) {
      throw new bibench.BadInputException(option + " is empty (an unset shell variable?)",
          "give " + option + " a folder" + (option.equals("--cache-dir") ? ", or off" : "") + ", or leave it out");
    }
  }

  Path cacheDirectory() {
    if (cacheDir == null) {
      return bibench.tracks.CheckpointStore.defaultCacheDirectory().orElse(null);
    }
    return cacheDir.strip().equalsIgnoreCase("off") ? null : Path.of(cacheDir.strip());
  }

  /**
   * The options that decide which cells a run has, as command-line arguments: what a worker process
   * is given to plan the same cells as its coordinator.
   */
  List<String> planArguments() {
    List<String> args = new ArrayList<>(List.of("--suite", suite));
    addIf(args, "--operators", operators);
    addIf(args, "--tracks", tracks);
    addIf(args, "--seeds", seeds);
    addIf(args, "--data-dir", dataDir == null ? null : dataDir.toString());
    addIf(args, "--shard", shard);
    addIf(args, "--cache-dir", cacheDir);
    addIf(args, "--validation", validation == null ? null : validation.toString());
    return args;
  }

  private static void addIf(List<String> args, String option, String value) {
    if (value != null) {
      args.add(option);
      args.add(value);
    }
  }

  /** The ids of a comma-separated option, blanks dropped; null when the option was not given. */
  static List<String> ids(String value, String option) {
    if (value == null) {
      return null;
    }
    if (value.isBlank()) {
      throw new BadInputException("option " + option + " is empty", "give a comma-separated list of ids");
    }
    List<String> ids = new ArrayList<>();
    for (String id : value.split(",", -1)) {
      if (id.isBlank()) {
        throw new BadInputException("option " + option + " has an empty item in " + bibench.Excerpt.quoted(value)
            + " (a typo such as 1,,2 or a trailing comma)", "separate the items with single commas");
      }
      ids.add(id.strip());
    }
    for (int i = 0; i < ids.size(); i++) {
      if (ids.indexOf(ids.get(i)) != i) {
        throw new BadInputException("option " + option + " names '" + ids.get(i) + "' twice; its cells would run"
            + " and count twice", "name each once");
      }
    }
    return ids;
  }
}
