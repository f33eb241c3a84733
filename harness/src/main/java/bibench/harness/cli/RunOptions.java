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

  @Option(names = "--data-dir", paramLabel = "DIR", order = 4,
      description = "Look for data sets here first, then in $BIBENCH_DATA, /usr/share/datasets, the shipped sets.")
  Path dataDir;

  @Option(names = "--out", paramLabel = "DIR", order = 5,
      description = "Write the run's folder <run-id>/ here (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("target", "bibench");

  @Option(names = "--shard", paramLabel = "K/N", order = 6,
      description = "Run shard K of N, a deterministic share of the cells (join shards with bibench merge).")
  String shard;

  @Option(names = "--fresh", order = 7, description = "Start a new run instead of resuming an unfinished one.")
  boolean fresh;

  @Option(names = "--dry-run", order = 8,
      description = "List the cells and where each data set would be read from; run nothing (exit code 2 if a data set is missing).")
  boolean dryRun;

  @Option(names = "--baseline", paramLabel = "DIR", order = 9,
      description = "Gate the finished run against this baseline (default: ${DEFAULT-VALUE}).")
  Path baseline = Gate.DEFAULT_BASELINE;

  @Option(names = "--warn-only", order = 10, description = "Report regressions against the baseline, but exit with 0.")
  boolean warnOnly;

  /** The ids of a comma-separated option, blanks dropped; null when the option was not given. */
  static List<String> ids(String value, String option) {
    if (value == null) {
      return null;
    }
    List<String> ids = new ArrayList<>();
    for (String id : value.split(",")) {
      if (!id.isBlank()) {
        ids.add(id.strip());
      }
    }
    if (ids.isEmpty()) {
      throw new BadInputException("option " + option + " is empty", "give a comma-separated list of ids");
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
