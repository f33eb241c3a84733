package bibench.tracks;

import bibench.results.ResultRow;
import java.util.List;
import java.util.Optional;

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
   * The trained model this cell starts from or scores, when other cells need the same one (the FP32
   * model of a task and seed, from which every binarized model of that task and seed is trained).
   * Cells with the same key run together (one worker, one shard), so that model is trained once.
   */
  default Optional<ModelKey> sharedModel() {
    return Optional.empty();
  }

  /**
   * True for cells that time code (JMH benchmarks): they run after every other cell, alone, on an
   * otherwise idle machine, never beside training.
   */
  default boolean needsQuietMachine() {
    return false;
  }

  /**
   * A relative estimate of the cell's cost (roughly multiply-accumulates of training and scoring),
   * for scheduling and progress; only ratios between cells matter.
   */
  default double estimatedCost() {
    return 1;
  }
}
