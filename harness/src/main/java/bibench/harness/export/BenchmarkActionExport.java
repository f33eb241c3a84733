package bibench.harness.export;

import bibench.harness.results.AtomicFiles;
import bibench.harness.tables.SeedGroup;
import bibench.harness.stats.Summary;
import bibench.results.ResultRow;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Export for github-action-benchmark (benchmark-action/github-action-benchmark): its custom tools
 * read a JSON array of {@code {"name", "unit", "value", "range", "extra"}}, one entry per metric, and
 * take the direction from the tool, so metrics where bigger is better ({@code
 * customBiggerIsBetter}) and where smaller is better ({@code customSmallerIsBetter}) go to separate
 * files. One entry per metric: the mean over seeds, the spread as range (std over seeds, JMH's error
 * for a benchmark, or the std of the samples a row summarises), and the details in extra. A metric
 * that diverged on every seed has no number and is left out (JSON has no NaN).
 *
 * <p>The action compares each name with the same name in the previous entry of its history, so the
 * names come from {@link ExportNames}: the suite in every name, the machine in the name of every
 * machine-dependent metric. Machine-dependent metrics also get their own pair of files, so that a
 * workflow can keep them in one history per suite and machine while scores, counts and sizes stay
 * in one history per suite, compared whatever runner made them. {@value #SERIES} gives a workflow
 * the suite and machine for those history names. A file without entries is not written (the action
 * rejects an empty array), and one left from an earlier export of the folder is removed.
 */
public final class BenchmarkActionExport {
  /** Machine-independent metrics, for {@code tool: customBiggerIsBetter}. */
  public static final String BIGGER = "benchmark-bigger-is-better.json";

  /** Machine-independent metrics, for {@code tool: customSmallerIsBetter}. */
  public static final String SMALLER = "benchmark-smaller-is-better.json";

  /** Machine-dependent metrics, for {@code tool: customBiggerIsBetter}. */
  public static final String MACHINE_BIGGER = "benchmark-machine-bigger-is-better.json";

  /** Machine-dependent metrics, for {@code tool: customSmallerIsBetter}. */
  public static final String MACHINE_SMALLER = "benchmark-machine-smaller-is-better.json";

  /** {@code BIBENCH_EXPORT_SUITE=...} and {@code BIBENCH_EXPORT_MACHINE=...}, for {@code $GITHUB_ENV}. */
  public static final String SERIES = "benchmark-series.env";

  /** Every file the export may write. */
  public static final List<String> FILES = List.of(BIGGER, SMALLER, MACHINE_BIGGER, MACHINE_SMALLER, SERIES);

  private BenchmarkActionExport() {}

  /** One entry of the array. {@code range} and {@code extra} are empty when there is nothing to say. */
  public record Entry(String name, String unit, double value, String range, String extra) {}

  /**
   * One JSON file written.
   *
   * @param file the file
   * @param tool the action's tool for it
   * @param entries how many metrics it holds
   */
  public record Written(Path file, String tool, int entries) {}

  /**
   * What an export wrote.
   *
   * @param dir the folder written into
   * @param written the JSON files written (those with entries)
   * @param names the suite and machine the names carry
   * @param leftOut machine-dependent metrics left out because the machine is unknown
   */
  public record Files(Path dir, List<Written> written, ExportNames names, int leftOut) {
    public Files {
      written = List.copyOf(written);
    }

    /** The machine-independent bigger-is-better file (absent when it had no entries). */
    public Path bigger() {
      return dir.resolve(BIGGER);
    }

    /** The machine-independent smaller-is-better file (absent when it had no entries). */
    public Path smaller() {
      return dir.resolve(SMALLER);
    }

    /** One line per file written, and why metrics were left out. */
    public List<String> describe() {
      List<String> lines = new ArrayList<>();
      for (Written w : written) {
        lines.add("wrote " + w.file() + " (" + w.entries() + " metrics; github-action-benchmark tool: " + w.tool() + ")");
      }
      lines.add("wrote " + dir.resolve(SERIES) + " (suite " + names.suite() + ", machine "
          + names.machine().orElse("unknown") + ")");
      if (leftOut > 0) {
        lines.add("left out " + leftOut + " machine-dependent metrics: " + names.noMachineReason());
      }
      return lines;
    }
  }

  /** Writes the files into {@code dir}, naming metrics after the provenance.json found there. */
  public static Files write(Path dir, List<ResultRow> rows) {
    return write(dir, rows, ExportNames.of(dir));
  }

  /** Writes the files into {@code dir}, naming metrics with {@code names}. */
  public static Files write(Path dir, List<ResultRow> rows, ExportNames names) {
    List<Written> written = new ArrayList<>();
    for (String file : List.of(BIGGER, SMALLER, MACHINE_BIGGER, MACHINE_SMALLER)) {
      boolean higher = file.equals(BIGGER) || file.equals(MACHINE_BIGGER);
      List<Entry> entries = entries(rows, names, higher, file.equals(MACHINE_BIGGER) || file.equals(MACHINE_SMALLER));
      Path path = dir.resolve(file);
      if (entries.isEmpty()) {
        deleteIfExists(path);
      } else {
        AtomicFiles.writeString(path, json(entries));
        written.add(new Written(path, higher ? "customBiggerIsBetter" : "customSmallerIsBetter", entries.size()));
      }
    }
    AtomicFiles.writeString(dir.resolve(SERIES), "BIBENCH_EXPORT_SUITE=" + names.suite() + "\nBIBENCH_EXPORT_MACHINE="
        + names.machine().orElse("") + "\n");
    int leftOut = 0;
    if (names.machine().isEmpty()) {
      for (SeedGroup group : SeedGroup.of(rows).values()) {
        if (ExportNames.machineDependent(group.key().track(), group.unit()) && group.stats().n() > 0) {
          leftOut++;
        }
      }
    }
    return new Files(dir, written, names, leftOut);
  }

  /**
   * The entries of the metrics with the given direction that are (or are not) machine-dependent.
   * Machine-dependent metrics of a run whose machine is unknown have no name and are left out.
   */
  public static List<Entry> entries(List<ResultRow> rows, ExportNames names, boolean higherIsBetter,
      boolean machineDependent) {
    List<Entry> entries = new ArrayList<>();
    for (SeedGroup group : SeedGroup.of(rows).values()) {
      if (group.higherIsBetter() != higherIsBetter
          || ExportNames.machineDependent(group.key().track(), group.unit()) != machineDependent) {
        continue;
      }
      if (tooNoisyForTheAction(group)) {
        continue;
      }
      Summary stats = group.stats();
      Optional<String> name = names.name(group.key(), group.unit());
      if (stats.n() == 0 || name.isEmpty()) {
        continue;
      }
      entries.add(entry(name.get(), group, stats));
    }
    return entries;
  }

  /**
   * Rows whose run-to-run spread on an unchanged build exceeds the action's default 200 % threshold,
   * measured on two quick runs of disjoint seeds and two smoke runs: one corruption at one severity
   * (robustness scores of 41.7 and 19.7 % on the same operator), the deployment check's largest logit
   * difference (1.7e-6 and 0.021: a sign decided at exactly zero) and the training grid's epoch times
   * of 15-60 ms per setting (factors 2.2-3.6). The tables summarize them with their statistics
   * (retention, the check's agreement, T over the settings); the action would only raise false alerts.
   */
  static boolean tooNoisyForTheAction(SeedGroup group) {
    String metric = group.key().metric();
    String track = group.key().track();
    return bibench.harness.gate.MetricKinds.floatRounding(group)
        || track.equals("robustness") && metric.equals("score") && group.key().setting().contains("/")
        || track.equals("training") && metric.equals("epoch_time");
  }

  private static Entry entry(String name, SeedGroup group, Summary stats) {
    ResultRow first = group.rows().get(0);
    List<String> extra = new ArrayList<>();
    String range = "";
    if (group.isBenchmark()) {
      range = "± " + number(first.stddev());
      extra.add("JMH: " + first.n() + " samples, range = 99.9% error");
    } else if (group.isSampleSummary()) {
      range = "± " + number(first.stddev());
      extra.add(first.n() + " samples, range = their std");
      extra.add("seed " + first.seed());
    } else if (stats.n() > 1) {
      range = "± " + number(stats.sd());
      extra.add(stats.n() + " seeds, range = std over seeds, 95% CI ± " + number(stats.ci95()));
    } else if (first.seed() != -1) {
      extra.add("seed " + group.rows().stream().filter(r -> !Double.isNaN(r.value())).findFirst().orElse(first).seed());
    }
    if (stats.diverged() > 0) {
      extra.add(stats.diverged() + " of " + (stats.n() + stats.diverged()) + " seeds diverged (left out)");
    }
    extra.add("run " + first.runId());
    return new Entry(name, first.unit(), stats.mean(), range, String.join("; ", extra));
  }

  /** The entries as the JSON array the action reads. */
  public static String json(List<Entry> entries) {
    JsonArray array = new JsonArray();
    for (Entry e : entries) {
      JsonObject o = new JsonObject();
      o.addProperty("name", e.name());
      o.addProperty("unit", e.unit());
      o.addProperty("value", new BigDecimal(number(e.value())));
      if (!e.range().isEmpty()) {
        o.addProperty("range", e.range());
      }
      if (!e.extra().isEmpty()) {
        o.addProperty("extra", e.extra());
      }
      array.add(o);
    }
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(array) + "\n";
  }

  private static void deleteIfExists(Path file) {
    try {
      java.nio.file.Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the stale export " + file, e);
    }
  }

  /** Six significant digits, plain notation: "92.51", "0.000123", "40800000". */
  static String number(double value) {
    BigDecimal d = BigDecimal.valueOf(value).round(new MathContext(6)).stripTrailingZeros();
    if (d.scale() < 0) {
      d = d.setScale(0);
    }
    return d.toPlainString().toLowerCase(Locale.ROOT);
  }
}
