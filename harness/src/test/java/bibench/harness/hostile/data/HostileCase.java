package bibench.harness.hostile.data;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One hostile input of issue 15 (or one more of its kind): a data directory that holds a good
 * copy of a task's set except for one damaged, truncated, over-claiming or otherwise hostile file,
 * and what loading it must say.
 *
 * @param id a short unique name, used as a folder name
 * @param kind what sort of file it attacks: archive, gzip, idx, cifar, jpeg, wav, text, mesh,
 *     samples (NaN / infinite values), folder
 * @param origin {@code issue} (listed in issue 15 as failing), {@code held} (the eight
 *     cases that already held) or {@code new} (invented here, more of the same kind)
 * @param task the task whose data it damages
 * @param input what the hostile input is, one line for the closing table
 * @param file the offending file, relative to the data directory (the message must name it)
 * @param expected a fragment the message must contain
 * @param writer writes the whole data directory
 */
public record HostileCase(String id, String kind, String origin, String task, String input,
    String file, String expected, Writer writer) {

  /** Writes a case's data directory. */
  @FunctionalInterface
  public interface Writer {
    /** Writes every file of the case under {@code dataDir}. */
    void write(Path dataDir) throws IOException;
  }

  /** The architecture and size a suite trains the task with (tiny: the load fails first). */
  public String suiteTask() {
    return switch (task) {
      case "fashion-mnist" -> "{\"task\": \"fashion-mnist\", \"arch\": \"cnn-small\", \"width\": 4}";
      case "fsdd" -> "{\"task\": \"fsdd\", \"arch\": \"dfsmn\", \"width\": 16}";
      case "cifar10" -> "{\"task\": \"cifar10\", \"arch\": \"cnn-small\", \"width\": 4}";
      case "cola" -> "{\"task\": \"cola\", \"arch\": \"transformer\", \"width\": 16}";
      case "sst2" -> "{\"task\": \"sst2\", \"arch\": \"transformer\", \"width\": 16}";
      case "modelnet40" -> "{\"task\": \"modelnet40\", \"arch\": \"pointnet\", \"width\": 8,"
          + " \"points\": 64}";
      case "optdigits" -> "{\"task\": \"optdigits\", \"arch\": \"mlp\", \"width\": 16}";
      default -> throw new IllegalStateException("no suite entry for task " + task);
    };
  }

  /**
   * A suite of one learning-task row for this case; with {@code goodFirst}, a tiny optdigits
   * row (shipped data) runs first, so that a test can check its finished cells are kept.
   */
  public String suiteJson(boolean goodFirst) {
    String recipe = "{\"optimizer\": \"adam\", \"lr\": 0.002, \"schedule\": \"cosine\","
        + " \"epochs\": 1, \"batch_size\": 32}";
    String first = goodFirst ? "{\"task\": \"optdigits\", \"arch\": \"mlp\", \"width\": 16,"
        + " \"max_train\": 100, \"max_test\": 50},\n      " : "";
    return "{\"name\": \"hostile-" + id + "\", \"operators\": [\"bnn\"], \"seeds\": [1],\n"
        + "  \"tracks\": {\"learning_task\": {\n"
        + "    \"defaults\": {\"fp32\": " + recipe + ", \"binary\": " + recipe + "},\n"
        + "    \"tasks\": [" + first + suiteTask() + "]}}}\n";
  }

  @Override
  public String toString() {
    return id;
  }
}
