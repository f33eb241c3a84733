package bibench.harness.report.chart;

import java.util.List;
import java.util.Map;

/**
 * One colour per operator, the same in every chart: FP32 in dark grey, the eight BiBench
 * operators in distinct categorical colours, any other id in a colour picked by its position.
 */
public final class Palette {
  private static final Map<String, String> KNOWN = Map.of("fp32", "#4d4d4d", "bnn", "#1f77b4", "xnor", "#ff7f0e",
      "dorefa", "#2ca02c", "bireal", "#d62728", "xnorpp", "#9467bd", "react", "#8c564b", "recu", "#e377c2",
      "fda", "#17becf");
  private static final List<String> OTHERS = List.of("#bcbd22", "#7f7f7f", "#aec7e8", "#ffbb78", "#98df8a",
      "#ff9896", "#c5b0d5", "#c49c94");

  private Palette() {}

  /** The colour of {@code series}, the {@code index}-th series of its chart. */
  public static String color(String series, int index) {
    String known = KNOWN.get(series);
    return known != null ? known : OTHERS.get(Math.floorMod(index, OTHERS.size()));
  }
}
