package bibench.harness.cli;

import bibench.BadInputException;
import bibench.data.DataSources;
import bibench.device.ComputeDevice;
import bibench.device.DeviceChoice;
import bibench.harness.shard.CostsFile;
import bibench.harness.suite.Suite;
import bibench.harness.suite.Suites;
import bibench.operators.Operators;
import bibench.tracks.Cell;
import java.util.ArrayList;
import java.util.List;

/**
 * The cells a {@code run} command line asks for: its suite (with {@code --seeds} applied), its
 * operators, shard and data sources, expanded into cells in their fixed order. The run and each of
 * its worker processes plan from the same options, so they agree on every cell's index; the hash of
 * the cells' definitions in the run's provenance.json proves it.
 *
 * @param suite the suite
 * @param operators the operator ids (fp32 first)
 * @param shard the share of the cells this run takes
 * @param sources where data sets are read from
 * @param validation 0, or the share of each training split scored instead of the test split
 * @param cells the cells, in run order
 * @param all every cell of the suite (all shards)
 * @param costs the measured costs shards are packed by ({@code --costs}), or none
 * @param device the device training runs on ({@code --device})
 */
record RunPlan(Suite suite, List<String> operators, Shard shard, DataSources sources, double validation,
    List<Cell> cells, List<Cell> all, CostsFile costs, ComputeDevice device) {

  static RunPlan of(RunOptions options) {
    Shard shard = Shard.parse(options.shard);
    ComputeDevice device = ComputeDevice.resolve(DeviceChoice.parse(options.device));
    Suite suite = Suites.load(options.suite, options.seedList());
    List<String> operators = operatorsFor(suite, RunOptions.ids(options.operators, "--operators"));
    DataSources sources = DataSources.resolve(options.dataDir);
    List<Cell> all = TrackCells.of(suite, operators, RunOptions.ids(options.tracks, "--tracks"));
    requireDistinct(suite, all);
    CostsFile costs = options.costs == null ? CostsFile.NONE : CostsFile.read(options.costs, all);
    List<Cell> cells = shard.select(all, costs);
    if (cells.isEmpty()) {
      throw new BadInputException("shard " + shard + " of suite " + suite.name() + " has no cells",
          "use fewer shards (the suite has fewer groups of cells sharing a model than shards)");
    }
    return new RunPlan(suite, operators, shard, sources, options.validationFraction(), cells, all, costs, device);
  }

  /**
   * Stops a suite that asks for one cell twice (a task listed twice in a track): its rows would
   * repeat, and the gate and the tables would count the copies as extra seeds.
   */
  private static void requireDistinct(Suite suite, List<Cell> cells) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Cell cell : cells) {
      if (!seen.add(cell.track() + "\u0000" + cell.definition())) {
        throw new BadInputException("suite " + suite.name() + " asks twice for the cell " + bibench.Excerpt.quoted(
            cell.label()), "list each task once under tracks." + cell.track() + " (two entries with the same task, "
            + "architecture and settings give the same cell)");
      }
    }
  }

  /** The loader of this run's data (test splits, or the validation hold-out). */
  HarnessData data() {
    return new HarnessData(sources, validation);
  }

  private static List<String> operatorsFor(Suite suite, List<String> requested) {
    if (requested == null) {
      return suite.operators();
    }
    List<String> ids = new ArrayList<>();
    ids.add("fp32");
    List<String> seen = new ArrayList<>();
    for (String id : requested) {
      String canonical = Operators.create(id).id();
      if (seen.contains(canonical)) {
        throw new BadInputException("option --operators names operator " + canonical + " twice (as '"
            + requested.get(seen.indexOf(canonical)) + "' and '" + id + "')", "name each once");
      }
      seen.add(canonical);
      if (!ids.contains(canonical)) {
        ids.add(canonical);
      }
    }
    return ids;
  }
}
