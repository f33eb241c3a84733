package bibench.harness.cli;

import bibench.BadInputException;
import bibench.harness.suite.Suite;
import bibench.tracks.Cell;
import bibench.tracks.Tracks;
import java.util.ArrayList;
import java.util.List;

/** Expands a suite into the cells of the tracks asked for, track after track in run order. */
final class TrackCells {
  private TrackCells() {}

  /**
   * The cells of the suite's tracks, or of those of {@code trackIds} the suite names.
   *
   * @param trackIds the track ids asked for, or null for all
   */
  static List<Cell> of(Suite suite, List<String> operators, List<String> trackIds) {
    List<String> known = Tracks.ids();
    if (trackIds != null) {
      for (String id : trackIds) {
        if (!known.contains(id)) {
          throw new BadInputException("unknown track '" + id + "'", "use one of: " + String.join(", ", known));
        }
      }
    }
    List<Cell> cells = new ArrayList<>();
    suite.tracks().forEach((id, plan) -> {
      if (trackIds == null || trackIds.contains(id)) {
        cells.addAll(plan.cells(operators));
      }
    });
    if (cells.isEmpty()) {
      throw new BadInputException("suite " + suite.name() + " has no cells for the tracks asked for",
          "drop --tracks, or pick tracks the suite defines: " + String.join(", ", suite.tracks().keySet()));
    }
    return cells;
  }
}
