package bibench.harness.gate;

import bibench.harness.results.Provenance;
import bibench.harness.tables.MetricKey;
import java.util.List;

/**
 * What a run planned, from its provenance: its tracks and operators (and its seeds, shard and cell
 * count, for the report). A baseline metric outside them is not the run's business: a run of
 * {@code --tracks learning_task --operators bnn} is not missing the baseline's robustness rows. A
 * score is compared as a mean over seeds, so a baseline metric counts whichever seeds made it.
 * An empty list (a provenance of schema 1, which did not record tracks) means "every".
 *
 * @param tracks the planned tracks
 * @param operators the planned operators
 * @param seeds the planned seeds, as text
 * @param cells the number of planned cells, or -1 when not recorded
 */
record PlanScope(List<String> tracks, List<String> operators, String seeds, int cells) {

  static PlanScope of(Provenance p) {
    int cells = p.element("cells").filter(e -> e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber())
        .map(e -> e.getAsInt()).orElse(-1);
    return new PlanScope(p.mixed("tracks") ? List.of() : p.list("tracks"),
        p.mixed("operators") ? List.of() : p.list("operators"), p.get("seeds"), cells);
  }

  /** True when the metric belongs to a planned track and operator. */
  boolean contains(MetricKey key) {
    return (tracks.isEmpty() || tracks.contains(key.track())) && (operators.isEmpty() || operators.contains(key.operator()));
  }

  /** "tracks a, b; operators x, y; seeds 1, 2, 3; 42 cells". */
  String describe() {
    return "tracks " + (tracks.isEmpty() ? "(all)" : String.join(", ", tracks)) + "; operators "
        + (operators.isEmpty() ? "(all)" : String.join(", ", operators)) + "; seeds " + (seeds.isEmpty() ? "?" : seeds)
        + (cells >= 0 ? "; " + cells + " cells" : "");
  }
}
