package bibench.suite;

import java.util.List;

/**
 * What a suite says for all of its tracks, handed to each track as it reads its own section.
 *
 * @param seeds the suite's default seeds (its {@code seeds} key, default {@code [1]})
 */
public record SuiteContext(List<Long> seeds) {
  public SuiteContext {
    seeds = List.copyOf(seeds);
  }
}
