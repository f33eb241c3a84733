package bibench.tracks;

import java.util.List;

/**
 * One track's section of a suite, read and checked ({@link Track#read}): what the track will run,
 * before the run's operators are known.
 */
public interface TrackPlan {

  /**
   * The track's cells for these operators, in the order they run.
   *
   * @param operators the run's operator ids, fp32 first
   */
  List<Cell> cells(List<String> operators);

  /** The ids of the tasks whose data the cells load, so a dry run can check the data is there. */
  default List<String> tasks() {
    return List.of();
  }

  /** The seeds the cells train with, for the run's provenance. */
  default List<Long> seeds() {
    return List.of();
  }
}
