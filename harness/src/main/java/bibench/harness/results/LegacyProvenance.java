package bibench.harness.results;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.Map;

/**
 * Reads a schema 1 {@code provenance.json} (every value a string, as runs wrote them before typed
 * provenance, such as the committed baseline's and the published runs' of November 2026) into the
 * schema 2 layout, in memory: {@code "cores": "2"} becomes 2, {@code "seeds": "[1]"} becomes [1],
 * {@code "operators": "fp32,bnn"} a list, {@code cpu_model} the CPU's {@code model_name}, {@code
 * threads} {@code engine_threads}, {@code data} the data {@code source}, {@code "mixed: a | b"}
 * a mixed value. What schema 1 never recorded (CPU family, model, stepping, microcode and flags,
 * the allocator) stays absent; the old flag list and its hash are kept under {@code legacy}. The
 * files themselves are not rewritten: they are records of what those runs wrote.
 */
final class LegacyProvenance {
  private LegacyProvenance() {}

  static Provenance convert(JsonObject old) {
    JsonObject json = new JsonObject();
    json.addProperty("schema", 1);
    JsonObject legacy = new JsonObject();
    JsonObject cpu = new JsonObject();
    for (Map.Entry<String, JsonElement> field : old.entrySet()) {
      String key = field.getKey();
      String value = field.getValue().isJsonPrimitive() ? field.getValue().getAsString() : field.getValue().toString();
      switch (key) {
        case "cores", "shards" -> json.add(key, number(value));
        case "threads" -> json.add("engine_threads", number(value));
        case "seeds" -> json.add(key, list(value.replaceAll("[\\[\\]]", ""), true));
        case "operators" -> json.add(key, list(value, false));
        case "cpu_model" -> cpu.add("model_name", typed(value));
        case "cpu_flags", "cpu_flags_hash" -> legacy.addProperty(key, value);
        case "data" -> {
          JsonObject data = new JsonObject();
          data.add("source", typed(value));
          json.add("data", data);
        }
        case "shard_runs" -> json.add(key, shardRuns(value));
        default -> json.add(key, typed(value));
      }
    }
    if (cpu.size() > 0) {
      json.add("cpu", cpu);
    }
    if (legacy.size() > 0) {
      json.add("legacy", legacy);
    }
    return new Provenance(json);
  }

  /** A string, or a mixed value for "mixed: a | b". */
  private static JsonElement typed(String value) {
    if (value.startsWith("mixed: ")) {
      JsonArray values = new JsonArray();
      for (String part : value.substring(7).split(" \\| ")) {
        values.add(part);
      }
      JsonObject mixed = new JsonObject();
      mixed.add(Provenance.MIXED, values);
      return mixed;
    }
    return new JsonPrimitive(value);
  }

  private static JsonElement number(String value) {
    try {
      return new JsonPrimitive(Long.parseLong(value.strip()));
    } catch (NumberFormatException e) {
      return typed(value);
    }
  }

  private static JsonArray list(String value, boolean numbers) {
    JsonArray array = new JsonArray();
    for (String part : value.split(",")) {
      String item = part.strip();
      if (!item.isEmpty()) {
        array.add(numbers ? number(item) : new JsonPrimitive(item));
      }
    }
    return array;
  }

  private static JsonObject shardRuns(String value) {
    JsonObject runs = new JsonObject();
    for (String part : value.split(",")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        runs.addProperty(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
      }
    }
    return runs;
  }
}
