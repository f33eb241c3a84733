package bibench.harness.cli;

import bibench.BadInputException;
import bibench.harness.suite.Suite;
import bibench.tracks.Cell;
import bibench.tracks.LearningTaskTrack;
import java.util.ArrayList;
import java.util.List;

/** Expands a suite into the cells of the tracks asked for, in a fixed order. */
final class TrackCells {
  /** The track ids, in the order they run. */
  static final List<String> TRACKS = List.of(LearningTaskTrack.ID);

  private TrackCells() {}

  static List<Cell> of(Suite suite, List<String> operators, List<String> tracks) {
    if (tracks != null) {
      for (String t : tracks) {
        if (!TRACKS.contains(t)) {
          throw new BadInputException("unknown track '" + t + "'", "use one of: " + String.join(", ", TRACKS));
        }
      }
    }
    List<Cell> cells = new ArrayList<>();
    if (wanted(tracks, LearningTaskTrack.ID)) {
      cells.addAll(LearningTaskTrack.cells(suite.learningTask(), operators));
    }
    if (cells.isEmpty()) {
      throw new BadInputException("suite " + suite.name() + " has no cells for the tracks asked for",
          "drop --tracks, or pick tracks the suite defines");
    }
    return cells;
  }

  private static boolean wanted(List<String> tracks, String id) {
    return tracks == null || tracks.contains(id);
  }
}
