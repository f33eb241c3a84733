package bibench.harness.workers;

import java.util.Optional;

/**
 * The lines a coordinator and its worker processes exchange: the coordinator writes {@code RUN
 * <cell>} to a worker's standard input; the worker answers on its standard output with lines that
 * start with {@link #PREFIX}: {@code DONE <cell> <seconds> <summary>} once the cell's rows are in the
 * journal, {@code NOTE <cell> <text>} for progress within a cell (epochs), and {@code FAIL <cell>
 * <BAD|INTERNAL> <message>} when the cell cannot run. Any other output line of a worker is passed
 * through as text. A worker exits when its standard input ends.
 */
final class WorkerProtocol {
  /** Marks a protocol line among whatever else a worker (or its native libraries) prints. */
  static final String PREFIX = "@@bibench-worker ";

  private WorkerProtocol() {}

  /** A parsed worker line. */
  record Message(String kind, int cell, String text) {}

  static String run(int cell) {
    return "RUN " + cell;
  }

  static String done(int cell, double seconds, String summary) {
    return PREFIX + "DONE " + cell + " " + seconds + " " + oneLine(summary);
  }

  static String note(int cell, String text) {
    return PREFIX + "NOTE " + cell + " " + oneLine(text);
  }

  static String fail(int cell, boolean badInput, String message) {
    return PREFIX + "FAIL " + cell + " " + (badInput ? "BAD" : "INTERNAL") + " " + oneLine(message);
  }

  /** The protocol message of a worker's output line, or empty for a plain text line. */
  static Optional<Message> parse(String line) {
    if (!line.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String[] parts = line.substring(PREFIX.length()).split(" ", 3);
    if (parts.length < 2) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Message(parts[0], Integer.parseInt(parts[1]), parts.length > 2 ? parts[2] : ""));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The cell index of a {@code RUN} line, or -1. */
  static int parseRun(String line) {
    if (!line.startsWith("RUN ")) {
      return -1;
    }
    try {
      return Integer.parseInt(line.substring(4).trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replace('\n', ' ').replace('\r', ' ');
  }
}
