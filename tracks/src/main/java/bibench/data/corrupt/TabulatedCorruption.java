package bibench.data.corrupt;

import bibench.BadInputException;
import java.util.List;

/**
 * The shared part of every corruption: its id, its parameter table (one row per severity),
 * checking the severity and clipping the result to [0, 1]. Subclasses implement only {@link
 * #corrupt}.
 */
abstract class TabulatedCorruption implements Corruption {
  private final String id;
  private final boolean required;
  private final boolean random;
  private final List<String> parameterNames;
  private final double[][] table;

  /**
   * @param table {@code table[s - 1]} holds the parameters of severity {@code s}
   */
  TabulatedCorruption(String id, boolean required, boolean random, List<String> names, double[][] table) {
    if (table.length != SEVERITIES) {
      throw new IllegalArgumentException(id + ": need " + SEVERITIES + " severities");
    }
    for (double[] row : table) {
      if (row.length != names.size()) {
        throw new IllegalArgumentException(id + ": a row does not match " + names);
      }
    }
    this.id = id;
    this.required = required;
    this.random = random;
    this.parameterNames = List.copyOf(names);
    this.table = table;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final boolean required() {
    return required;
  }

  @Override
  public final boolean random() {
    return random;
  }

  @Override
  public final List<String> parameterNames() {
    return parameterNames;
  }

  @Override
  public final double[] parameters(int severity) {
    checkSeverity(severity);
    return table[severity - 1].clone();
  }

  @Override
  public final ChwImage apply(ChwImage image, int severity, CorruptionRandom rng) {
    checkSeverity(severity);
    return corrupt(image, table[severity - 1], rng).clipped();
  }

  /**
   * Computes the corrupted image, before clipping.
   *
   * @param image the clean image, not to be modified
   * @param p this severity's parameters, not to be modified
   * @param rng the image's random stream
   */
  abstract ChwImage corrupt(ChwImage image, double[] p, CorruptionRandom rng);

  private void checkSeverity(int severity) {
    if (severity < 1 || severity > SEVERITIES) {
      throw new BadInputException(
          "corruption " + id + ": severity " + severity + " does not exist",
          "use a severity from 1 to " + SEVERITIES);
    }
  }

  @Override
  public String toString() {
    return id;
  }
}
