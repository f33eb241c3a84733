package bibench.harness.export;

import bibench.harness.results.AtomicFiles;
import bibench.harness.tables.MetricKey;
import bibench.harness.tables.SeedGroup;
import bibench.harness.stats.Summary;
import bibench.results.ResultRow;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Export for github-action-benchmark (benchmark-action/github-action-benchmark): its custom tools
 * read a JSON array of {@code {"name", "unit", "value", "range", "extra"}}, one entry per metric, and
 * take the direction from the tool, so metrics where bigger is better ({@code
 * customBiggerIsBetter}) and where smaller is better ({@code customSmallerIsBetter}) go to two
 * files. One entry per metric: the mean over seeds, the spread as range (std over seeds, JMH's error
 * for a benchmark, or the std of the samples a row summarises), and the details in extra. A metric
 * that diverged on every seed has no number and is left out (JSON has no NaN).
 */
public final class BenchmarkActionExport {
  /** File for {@code tool: customBiggerIsBetter}. */
  public static final String BIGGER = "benchmark-bigger-is-better.json";

  /** File for {@code tool: customSmallerIsBetter}. */
  public static final String SMALLER = "benchmark-smaller-is-better.json";

  private BenchmarkActionExport() {}

  /** One entry of the array. {@code range} and {@code extra} are empty when there is nothing to say. */
  public record Entry(String name, String unit, double value, String range, String extra) {}

  /** The two files written. */
  public record Files(Path bigger, Path smaller) {}

  /** Writes both files into {@code dir}. */
  public static Files write(Path dir, List<ResultRow> rows) {
    Path bigger = dir.resolve(BIGGER);
    Path smaller = dir.resolve(SMALLER);
    AtomicFiles.writeString(bigger, json(entries(rows, true)));
    AtomicFiles.writeString(smaller, json(entries(rows, false)));
    return new Files(bigger, smaller);
  }

  /** The entries of the metrics with the given direction. */
  public static List<Entry> entries(List<ResultRow> rows, boolean higherIsBetter) {
    List<Entry> entries = new ArrayList<>();
    for (SeedGroup group : SeedGroup.of(rows).values()) {
      if (group.higherIsBetter() != higherIsBetter) {
        continue;
      }
      Summary stats = group.stats();
      if (stats.n() == 0) {
        continue;
      }
      entries.add(entry(group.key(), group, stats));
    }
    return entries;
  }

  private static Entry entry(MetricKey key, SeedGroup group, Summary stats) {
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
    return new Entry(key.name(), first.unit(), stats.mean(), range, String.join("; ", extra));
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

  /** Six significant digits, plain notation: "92.51", "0.000123", "40800000". */
  static String number(double value) {
    BigDecimal d = BigDecimal.valueOf(value).round(new MathContext(6)).stripTrailingZeros();
    if (d.scale() < 0) {
      d = d.setScale(0);
    }
    return d.toPlainString().toLowerCase(Locale.ROOT);
  }
}
