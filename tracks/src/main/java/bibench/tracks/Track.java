package bibench.tracks;

import bibench.suite.JsonNode;
import bibench.suite.SuiteContext;

/**
 * A track: one question BiBench asks of every binarization operator, such as "does it hold
 * accuracy across tasks?" ({@code learning_task}) or "what does it cost for real?" ({@code
 * inference}). A suite says which tracks to run in its {@code tracks} object, one section per track
 * id; the track reads its own section ({@link #read}) into a {@link TrackPlan}, which yields the
 * track's cells for the operators of a run. Every cell writes rows filed under the track's id, and
 * the report's tables are built from them.
 *
 * <p>Tracks are plug-ins, found like operators and architectures through {@link bibench.Registry}
 * ({@link Tracks}): to add one, write a class implementing this interface with a public
 * no-argument constructor, and add its name to {@code META-INF/services/bibench.tracks.Track}.
 *
 * <p>Tracks run in a fixed order: by {@link #phase()} (training first, so later tracks reuse the
 * trained models; then analytic counts; timing last, when nothing else runs), then by {@link
 * #order()} within the phase, then by id.
 */
public interface Track {

  /** When a track's cells run, relative to other tracks'. */
  enum Phase {
    /** Trains models (learning task, architecture, robustness, training consumption). */
    TRAINING,
    /** Counts or computes without training or timing (complexity). */
    ANALYTIC,
    /** Times code on this machine (inference); runs last. */
    TIMING
  }

  /** The track's id: its section under {@code tracks} in a suite, and the track column of its rows. */
  String id();

  /** One line saying which question the track answers. */
  String description();

  /** The phase the track's cells run in. */
  Phase phase();

  /** The track's place within its phase; lower runs first. */
  int order();

  /**
   * Reads the track's section of a suite, checking every value. The caller rejects any key of
   * {@code section} this method did not read, so a track needs to read every key it allows
   * (nested objects it reads, it finishes itself: {@link JsonNode#finish()}).
   *
   * @param section the object under {@code tracks.<id>}
   * @param suite what the whole suite says (its default seeds)
   * @throws bibench.BadInputException naming the key, for anything wrong in the section
   */
  TrackPlan read(JsonNode section, SuiteContext suite);
}
