package bibench.harness.tables;

import bibench.harness.stats.Summary;
import bibench.results.ResultRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of one metric over seeds, and what they say about its value and noise. Three kinds of
 * spread exist in the rows: the spread of several seeds; a benchmark row's error (seed -1, JMH's
 * sample count in n and its 99.9% half-width in stddev); and a single row that summarises n samples
 * by their standard deviation (epoch_time: n epochs).
 *
 * @param key the metric
 * @param rows its rows, one per seed
 */
public record SeedGroup(MetricKey key, List<ResultRow> rows) {

  public SeedGroup {
    rows = List.copyOf(rows);
  }

  /** Groups rows by metric key, keeping the order of first appearance. */
  public static Map<MetricKey, SeedGroup> of(List<ResultRow> rows) {
    Map<MetricKey, List<ResultRow>> grouped = new LinkedHashMap<>();
    for (ResultRow r : rows) {
      grouped.computeIfAbsent(MetricKey.of(r), k -> new ArrayList<>()).add(r);
    }
    Map<MetricKey, SeedGroup> groups = new LinkedHashMap<>();
    grouped.forEach((key, list) -> groups.put(key, new SeedGroup(key, list)));
    return groups;
  }

  /** The unit of the first row. */
  public String unit() {
    return rows.get(0).unit();
  }

  /** The direction of the first row. */
  public boolean higherIsBetter() {
    return rows.get(0).higherIsBetter();
  }

  /** Mean, std and CI of the values over seeds (NaN values count as diverged). */
  public Summary stats() {
    List<Double> values = new ArrayList<>();
    rows.forEach(r -> values.add(r.value()));
    return Summary.of(values);
  }

  /** The finite values. */
  public List<Double> finiteValues() {
    List<Double> values = new ArrayList<>();
    rows.forEach(r -> {
      if (!Double.isNaN(r.value())) {
        values.add(r.value());
      }
    });
    return values;
  }

  /** True for one benchmark row: seed -1, several samples and an error. */
  public boolean isBenchmark() {
    ResultRow r = rows.get(0);
    return rows.size() == 1 && r.seed() == -1 && r.n() > 1 && !Double.isNaN(r.stddev());
  }

  /** True for one non-benchmark row that summarises several samples by their std (epoch_time). */
  public boolean isSampleSummary() {
    ResultRow r = rows.get(0);
    return rows.size() == 1 && r.seed() != -1 && r.n() > 1 && !Double.isNaN(r.stddev()) && !Double.isNaN(r.value());
  }
}
