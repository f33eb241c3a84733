package bibench.harness.cli;

import bibench.BadInputException;
import bibench.harness.suite.Suite;
import bibench.tracks.Cell;
import bibench.data.corrupt.Corruptions;
import bibench.tracks.ArchitectureTrack;
import bibench.tracks.ComplexityTrack;
import bibench.tracks.InferenceTrack;
import bibench.tracks.LearningTaskTrack;
import bibench.tracks.RobustnessTrack;
import bibench.tracks.TrainingConsumptionTrack;
import java.util.ArrayList;
import java.util.List;

/** Expands a suite into the cells of the tracks asked for, in a fixed order. */
final class TrackCells {
  /** The track ids, in the order they run. */
  static final List<String> TRACKS = List.of(LearningTaskTrack.ID, ArchitectureTrack.ID, RobustnessTrack.ID,
      TrainingConsumptionTrack.ID, ComplexityTrack.ID, InferenceTrack.ID);

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
    if (wanted(tracks, ArchitectureTrack.ID)) {
      cells.addAll(ArchitectureTrack.cells(suite.architecture(), operators));
    }
    if (wanted(tracks, RobustnessTrack.ID) && suite.robustness() != null) {
      Suite.Robustness r = suite.robustness();
      cells.addAll(RobustnessTrack.cells(r.plans(), operators, Corruptions.byIds(r.corruptions()), r.severities()));
    }
    if (wanted(tracks, TrainingConsumptionTrack.ID) && suite.training() != null) {
      cells.addAll(TrainingConsumptionTrack.cells(suite.training().plans(), suite.training().grid(), operators));
    }
    if (wanted(tracks, ComplexityTrack.ID) && !suite.complexity().isEmpty()) {
      cells.addAll(ComplexityTrack.cells(suite.complexity(), operators));
    }
    if (wanted(tracks, InferenceTrack.ID) && suite.inference() != null) {
      cells.addAll(suite.inference().cells(operators));
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
