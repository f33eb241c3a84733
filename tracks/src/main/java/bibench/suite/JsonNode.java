package bibench.suite;

import bibench.BadInputException;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A JSON object of a suite file read strictly: every value is type-checked, and {@link #finish()}
 * rejects any key that was not read, naming the key and the allowed ones. Messages name the file
 * and the path of the value, such as {@code quick.json: tracks.learning_task.tasks[0].epochs}.
 *
 * <p>Every reading of a suite goes through this class, from the text ({@link #parse}) to each
 * value, so what the suite format accepts is decided in this one place. Each track reads its own
 * section of a suite through the node it is given ({@link bibench.tracks.Track#read}).
 */
public final class JsonNode {
  private final String file;
  private final String path;
  private final JsonObject object;
  private final Set<String> allowed = new LinkedHashSet<>();

  private JsonNode(String file, String path, JsonObject object) {
    this.file = file;
    this.path = path;
    this.object = object;
  }

  /**
   * Parses a suite file's text as strict JSON ({@link StrictJson}: no comments, no repeated keys);
   * its root must be one JSON object.
   *
   * @param file the file's name, for messages
   * @throws BadInputException if the text is not valid strict JSON or not an object
   */
  public static JsonNode parse(String file, String text) {
    JsonElement root = StrictJson.parse(file, text);
    if (!root.isJsonObject()) {
      throw new BadInputException(file + " must hold one JSON object", "start from a copy of a built-in suite");
    }
    return new JsonNode(file, "", root.getAsJsonObject());
  }

  /** The file the node was read from, for messages. */
  public String file() {
    return file;
  }

  /** Where a key of this object is, for messages: {@code quick.json: tracks.robustness.severities}. */
  public String where(String key) {
    return file + ": " + (path.isEmpty() ? key : path + "." + key);
  }

  private BadInputException wrong(String key, String expected, JsonElement got) {
    return new BadInputException(where(key) + " must be " + expected + ", got "
        + bibench.Excerpt.of(String.valueOf(got)),
        "edit the suite file (keys are documented in README.md, section Suites)");
  }

  /** Whether the key is present and not null; a key asked about is an allowed key. */
  public boolean has(String key) {
    allowed.add(key);
    return object.has(key) && !object.get(key).isJsonNull();
  }

  /** A string value, or {@code fallback} when absent. */
  public String string(String key, String fallback) {
    if (!has(key)) {
      return fallback;
    }
    JsonElement e = object.get(key);
    if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
      throw wrong(key, "a string", e);
    }
    return e.getAsString();
  }

  /** A string value that must be present. */
  public String requiredString(String key) {
    String value = string(key, null);
    if (value == null) {
      throw new BadInputException(where(key) + " is missing", "add \"" + key + "\" to the suite file");
    }
    return value;
  }

  /**
   * A number in [{@code min}, {@code max}] that a 32-bit float holds (it neither overflows to
   * infinity nor underflows to 0: {@link SuiteNumbers#float32}), or {@code fallback} when absent.
   */
  public float float32(String key, float fallback, double min, double max) {
    return has(key) ? SuiteNumbers.float32(where(key), object.get(key), min, false, max) : fallback;
  }

  /** The same with {@code min} itself excluded (a learning rate must be above 0). */
  public float float32Above(String key, float fallback, double min, double max) {
    return has(key) ? SuiteNumbers.float32(where(key), object.get(key), min, true, max) : fallback;
  }

  /** An integer >= {@code min} that fits an int, or {@code fallback} when absent. */
  public int integer(String key, int fallback, int min) {
    return integer(key, fallback, min, Integer.MAX_VALUE);
  }

  /** An integer in [{@code min}, {@code max}], or {@code fallback} when absent. */
  public int integer(String key, int fallback, int min, int max) {
    return has(key) ? (int) SuiteNumbers.integer(where(key), object.get(key), min, max) : fallback;
  }

  /** true or false, or {@code fallback} when absent. */
  public boolean bool(String key, boolean fallback) {
    if (!has(key)) {
      return fallback;
    }
    JsonElement e = object.get(key);
    if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
      throw wrong(key, "true or false", e);
    }
    return e.getAsBoolean();
  }

  /** A non-empty list of distinct strings, or {@code fallback} when absent. */
  public List<String> strings(String key, List<String> fallback) {
    if (!has(key)) {
      return fallback;
    }
    List<String> values = new ArrayList<>();
    for (JsonElement e : array(key, "a non-empty list of strings")) {
      if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
        throw wrong(key, "a non-empty list of strings", object.get(key));
      }
      values.add(e.getAsString());
    }
    SuiteNumbers.distinct(where(key), values);
    return values;
  }

  /** A non-empty list of distinct 64-bit integers, or {@code fallback} when absent. */
  public List<Long> longs(String key, List<Long> fallback) {
    return longs(key, fallback, Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /** A non-empty list of distinct integers in [{@code min}, {@code max}], or {@code fallback}. */
  public List<Long> longs(String key, List<Long> fallback, long min, long max) {
    return longs(key, fallback, min, max, true);
  }

  /**
   * A non-empty list of integers in [{@code min}, {@code max}], or {@code fallback}; {@code
   * distinct} false for lists where a repeat is meaningful (a shape such as [3, 32, 32]).
   */
  public List<Long> longs(String key, List<Long> fallback, long min, long max, boolean distinct) {
    if (!has(key)) {
      return fallback;
    }
    List<Long> values = new ArrayList<>();
    JsonArray items = array(key, "a non-empty list of integers");
    for (int i = 0; i < items.size(); i++) {
      values.add(SuiteNumbers.integer(where(key) + "[" + i + "]", items.get(i), min, max));
    }
    if (distinct) {
      SuiteNumbers.distinct(where(key), values);
    }
    return values;
  }

  private JsonArray array(String key, String expected) {
    JsonElement e = object.get(key);
    if (!e.isJsonArray() || e.getAsJsonArray().isEmpty()) {
      throw wrong(key, expected, e);
    }
    return e.getAsJsonArray();
  }

  /** A nested object, or null when absent. */
  public JsonNode object(String key) {
    if (!has(key)) {
      return null;
    }
    JsonElement e = object.get(key);
    if (!e.isJsonObject()) {
      throw wrong(key, "an object", e);
    }
    return new JsonNode(file, path.isEmpty() ? key : path + "." + key, e.getAsJsonObject());
  }

  /** A non-empty list of objects, or an empty list when absent. */
  public List<JsonNode> objects(String key) {
    if (!has(key)) {
      return List.of();
    }
    List<JsonNode> nodes = new ArrayList<>();
    JsonArray items = array(key, "a non-empty list of objects");
    for (int i = 0; i < items.size(); i++) {
      if (!items.get(i).isJsonObject()) {
        throw wrong(key + "[" + i + "]", "an object", items.get(i));
      }
      nodes.add(new JsonNode(file, (path.isEmpty() ? key : path + "." + key) + "[" + i + "]",
          items.get(i).getAsJsonObject()));
    }
    return nodes;
  }

  /**
   * One of an enum's constants, written in lower case ({@code "adam"}), or {@code fallback} when
   * absent.
   *
   * @throws BadInputException if absent without a fallback, or not a constant's name
   */
  public <E extends Enum<E>> E choice(String key, Class<E> type, E fallback) {
    String text = string(key, fallback == null ? null : fallback.name());
    if (text == null) {
      throw new BadInputException(where(key) + " is missing", "add \"" + key + "\" (or give it in the track's \"defaults\")");
    }
    try {
      return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> allowed = new ArrayList<>();
      for (E value : type.getEnumConstants()) {
        allowed.add(value.name().toLowerCase(Locale.ROOT));
      }
      throw new BadInputException(where(key) + " is '" + text + "'", "use one of: " + String.join(", ", allowed));
    }
  }

  /** Fails on the first key of this object that was never read. */
  public void finish() {
    for (String key : object.keySet()) {
      if (!allowed.contains(key)) {
        throw new BadInputException(where(key) + " is not a known key",
            "use one of: " + String.join(", ", new TreeSet<>(allowed)));
      }
    }
  }

}
