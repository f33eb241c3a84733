package bibench.tracks;

import bibench.results.ResultRow;
import java.util.List;

/**
 * One unit of a run matrix: for example "learning task, optdigits, MLP, BNN, seed 1". A cell is
 * the unit of progress, of sharding and of resuming: its {@link #definition()} names everything that
 * decides its result, so a journal keyed by a hash of it knows whether the cell has run.
 */
public interface Cell {

  /** The track the cell belongs to. */
  String track();

  /** A short human-readable label, unique within a run. */
  String label();

  /** Everything that decides the result, as one canonical string (hashed by the journal). */
  String definition();

  /** Runs the cell and returns its rows. */
  List<ResultRow> run(RunContext context);

  /**
   * True for a cell that times something (JMH): it must run alone on the machine, after every
   * other cell and never beside a worker that trains, or its numbers measure the neighbours.
   */
  default boolean needsQuietMachine() {
    return false;
  }
}
