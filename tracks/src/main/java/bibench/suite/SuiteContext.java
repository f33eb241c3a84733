package bibench.suite;

import java.util.List;
import java.util.Optional;

/**
 * What a suite says for all of its tracks, handed to each track as it reads its own section.
 *
 * @param seeds the suite's default seeds (its {@code seeds} key, default {@code [1]})
 * @param seedOverride seeds that replace every seed list of the suite (the command line's {@code
 *     --seeds}), for runs with another seed set than the suite's; empty to keep the suite's
 */
public record SuiteContext(List<Long> seeds, Optional<List<Long>> seedOverride) {
  public SuiteContext {
    seeds = List.copyOf(seedOverride.orElse(seeds));
    seedOverride = seedOverride.map(List::copyOf);
  }

  /** A context with the suite's seeds and no override. */
  public SuiteContext(List<Long> seeds) {
    this(seeds, Optional.empty());
  }

  /** The seeds of a task that declares {@code declared}: the override when there is one. */
  public List<Long> seedsFor(List<Long> declared) {
    return seedOverride.orElse(declared);
  }
}
