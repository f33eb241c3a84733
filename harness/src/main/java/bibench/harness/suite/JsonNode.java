package bibench.harness.suite;

import bibench.BadInputException;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A JSON object of a suite file read strictly: every value is type-checked, and {@link #finish()}
 * rejects any key that was not read, naming the key and the allowed ones. Messages name the file
 * and the path of the value, such as {@code quick.json: tracks.learning_task.tasks[0].epochs}.
 */
final class JsonNode {
  private final String file;
  private final String path;
  private final JsonObject object;
  private final Set<String> allowed = new LinkedHashSet<>();

  JsonNode(String file, String path, JsonObject object) {
    this.file = file;
    this.path = path;
    this.object = object;
  }

  private String where(String key) {
    return file + ": " + (path.isEmpty() ? key : path + "." + key);
  }

  private BadInputException wrong(String key, String expected, JsonElement got) {
    return new BadInputException(where(key) + " must be " + expected + ", got " + got,
        "edit the suite file (keys are documented in README.md, section Suites)");
  }

  boolean has(String key) {
    allowed.add(key);
    return object.has(key) && !object.get(key).isJsonNull();
  }

  String string(String key, String fallback) {
    if (!has(key)) {
      return fallback;
    }
    JsonElement e = object.get(key);
    if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
      throw wrong(key, "a string", e);
    }
    return e.getAsString();
  }

  String requiredString(String key) {
    String value = string(key, null);
    if (value == null) {
      throw new BadInputException(where(key) + " is missing", "add \"" + key + "\" to the suite file");
    }
    return value;
  }

  double number(String key, double fallback, double min) {
    if (!has(key)) {
      return fallback;
    }
    JsonElement e = object.get(key);
    if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
      throw wrong(key, "a number", e);
    }
    double value = e.getAsDouble();
    if (!(value >= min) || !Double.isFinite(value)) {
      throw wrong(key, "a number >= " + min, e);
    }
    return value;
  }

  int integer(String key, int fallback, int min) {
    if (!has(key)) {
      return fallback;
    }
    JsonElement e = object.get(key);
    if (!isInteger(e)) {
      throw wrong(key, "an integer", e);
    }
    long value = e.getAsLong();
    if (value < min || value > Integer.MAX_VALUE) {
      throw wrong(key, "an integer >= " + min, e);
    }
    return (int) value;
  }

  boolean bool(String key, boolean fallback) {
    if (!has(key)) {
      return fallback;
    }
    JsonElement e = object.get(key);
    if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
      throw wrong(key, "true or false", e);
    }
    return e.getAsBoolean();
  }

  List<String> strings(String key, List<String> fallback) {
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
    return values;
  }

  List<Long> longs(String key, List<Long> fallback) {
    if (!has(key)) {
      return fallback;
    }
    List<Long> values = new ArrayList<>();
    for (JsonElement e : array(key, "a non-empty list of integers")) {
      if (!isInteger(e)) {
        throw wrong(key, "a non-empty list of integers", object.get(key));
      }
      values.add(e.getAsLong());
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

  JsonNode object(String key) {
    if (!has(key)) {
      return null;
    }
    JsonElement e = object.get(key);
    if (!e.isJsonObject()) {
      throw wrong(key, "an object", e);
    }
    return new JsonNode(file, path.isEmpty() ? key : path + "." + key, e.getAsJsonObject());
  }

  List<JsonNode> objects(String key) {
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

  /** Fails on the first key of this object that was never read. */
  void finish() {
    for (String key : object.keySet()) {
      if (!allowed.contains(key)) {
        throw new BadInputException(where(key) + " is not a known key",
            "use one of: " + String.join(", ", new TreeSet<>(allowed)));
      }
    }
  }

  private static boolean isInteger(JsonElement e) {
    if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
      return false;
    }
    JsonPrimitive p = e.getAsJsonPrimitive();
    double d = p.getAsDouble();
    return d == Math.rint(d) && !Double.isInfinite(d);
  }
}
