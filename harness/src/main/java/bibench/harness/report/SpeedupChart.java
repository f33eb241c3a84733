package bibench.harness.report;

import bibench.harness.report.chart.DotPlot;
import bibench.harness.stats.StudentT;
import bibench.results.ResultRow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The speed-up chart: for every timed kernel and model, at every batch and thread setting, each
 * operator's measured speed-up over our FP32 path with its 95% interval, next to the theoretical
 * speed-up r_s where the complexity count gives one (models). Kernels and models are labelled as
 * such, one line per operator, so that operators with the same speed-up do not hide each other.
 *
 * <p>The interval: JMH gives each latency's 99.9% half-width e over n samples; the 95% half-width is
 * e * t975(n - 1) / t(0.9995, n - 1); the speed-up s = latency_fp32 / latency_op then has a
 * relative error r = sqrt((e_fp32 / latency_fp32)^2 + (e_op / latency_op)^2) (delta method on log s),
 * drawn from s e^-r to s e^r.
 */
final class SpeedupChart {
  private SpeedupChart() {}

  /** The figure, or none when the rows have no measured speed-up. */
  static Optional<Figure> build(List<ResultRow> rows) {
    Map<String, ResultRow> latency = new LinkedHashMap<>();
    ReportCharts.select(rows, "inference", "latency").forEach(r -> latency.put(key(r.arch(), r.operator(), r.setting()), r));
    Map<String, Double> theory = new LinkedHashMap<>();
    Set<String> models = new HashSet<>();
    for (ResultRow r : rows) {
      if (r.track().equals("inference") && (r.metric().equals("theoretical_speedup") || r.metric().equals("model_bytes"))) {
        models.add(r.arch());
      }
      if (r.track().equals("inference") && r.metric().equals("theoretical_speedup")) {
        theory.putIfAbsent(r.arch() + "|" + r.operator(), r.value());
      }
    }
    List<DotPlot.Row> dots = new ArrayList<>();
    for (ResultRow r : ReportCharts.select(rows, "inference", "speedup_vs_fp32")) {
      if (r.operator().equals("fp32") || !(r.value() > 0)) {
        continue;
      }
      String rest = withoutImpl(r.setting());
      String group = r.arch() + " (" + (models.contains(r.arch()) ? "model" : "kernel") + ")" + (rest.isEmpty() ? ""
          : " · " + rest.replace(",", ", "));
      double relative = relativeError(latency.get(key(r.arch(), r.operator(), r.setting())),
          latency.get(key(r.arch(), "fp32", "impl=fp32" + (rest.isEmpty() ? "" : "," + rest))));
      double low = Double.isNaN(relative) ? Double.NaN : r.value() * Math.exp(-relative);
      double high = Double.isNaN(relative) ? Double.NaN : r.value() * Math.exp(relative);
      dots.add(new DotPlot.Row(group, r.operator(), r.value(), low, high,
          theory.getOrDefault(r.arch() + "|" + r.operator(), Double.NaN)));
    }
    if (dots.isEmpty()) {
      return Optional.empty();
    }
    String svg = new DotPlot("Measured speed-up over FP32, next to theory", "speed-up over our FP32 kernels (x, log scale)",
        dots).svg();
    return Optional.of(new Figure("inference", "speedup-dots", svg, "One line per operator under each timed kernel or "
        + "model and setting: dot = speed-up JMH measured over our FP32 path (latency of FP32 / latency of the operator), "
        + "whisker = its 95% interval from both latencies' JMH errors; hollow diamond = the theoretical speed-up r_s "
        + "from the complexity count (models only), joined to the dot so that the gap between theory and practice "
        + "shows. Kernels are single layers, models whole networks with their FP stem, shortcuts and head."));
  }

  private static String key(String arch, String op, String setting) {
    return arch + "|" + op + "|" + setting;
  }

  /** The setting without its {@code impl=} part, such as "batch=1,threads=1". */
  static String withoutImpl(String setting) {
    List<String> parts = new ArrayList<>();
    for (String part : setting.split(",")) {
      if (!part.startsWith("impl=") && !part.isBlank()) {
        parts.add(part);
      }
    }
    return String.join(",", parts);
  }

  /** The relative 95% error of latency_fp / latency_op, NaN when either row carries no error. */
  static double relativeError(ResultRow op, ResultRow fp) {
    if (op == null || fp == null) {
      return Double.NaN;
    }
    double a = relative95(op);
    double b = relative95(fp);
    return Math.sqrt(a * a + b * b);
  }

  /** A JMH row's 95% half-width relative to its value, from its 99.9% half-width over n samples. */
  static double relative95(ResultRow r) {
    if (r.n() < 2 || Double.isNaN(r.stddev()) || !(r.value() > 0)) {
      return Double.NaN;
    }
    double df = r.n() - 1;
    return r.stddev() * StudentT.t975(df) / StudentT.quantile(0.9995, df) / r.value();
  }
}
