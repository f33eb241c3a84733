package bibench.tracks;

import bibench.Registry;
import java.util.Comparator;
import java.util.List;

/**
 * Finds tracks: the built-in ones are registered in {@code META-INF/services/bibench.tracks.Track}
 * (the inference track in the harness's, since its timing cells need JMH). Lists come in run
 * order: by phase, then order within the phase, then id.
 */
public final class Tracks {
  private static final Registry<Track> REGISTRY = new Registry<>("track", Track.class, Track::id);

  /** The order tracks run in. */
  public static final Comparator<Track> RUN_ORDER =
      Comparator.comparing(Track::phase).thenComparingInt(Track::order).thenComparing(Track::id);

  private Tracks() {}

  /** Every registered track, in run order. */
  public static List<Track> all() {
    return REGISTRY.all().stream().sorted(RUN_ORDER).toList();
  }

  /** The ids of every registered track, in run order. */
  public static List<String> ids() {
    return all().stream().map(Track::id).toList();
  }
}
