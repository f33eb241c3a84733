package bibench.harness.results;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Joins the provenance of several parts of one run (the shards of a sharded run, or the attempts of
 * a run resumed on another machine) field by field: a field every part agrees on is kept; objects
 * are joined field by field; a field the parts disagree on becomes {@code {"mixed": [a, b]}}, so a
 * run measured on two machines has no machine's fingerprint and its times are never compared.
 */
public final class ProvenanceMerge {
  private ProvenanceMerge() {}

  /** The fields of {@code parts} joined; a field absent from some part counts as null there. */
  public static JsonObject merge(List<JsonObject> parts) {
    Set<String> keys = new LinkedHashSet<>();
    parts.forEach(p -> keys.addAll(p.keySet()));
    JsonObject merged = new JsonObject();
    for (String key : keys) {
      List<JsonElement> values = new ArrayList<>();
      parts.forEach(p -> values.add(p.has(key) ? p.get(key) : JsonNull.INSTANCE));
      merged.add(key, join(values));
    }
    return merged;
  }

  private static JsonElement join(List<JsonElement> values) {
    if (values.stream().distinct().count() == 1) {
      return values.get(0).deepCopy();
    }
    boolean objects = values.stream().allMatch(v -> v.isJsonObject() && !Provenance.isMixed(v));
    if (objects) {
      List<JsonObject> parts = new ArrayList<>();
      values.forEach(v -> parts.add(v.getAsJsonObject()));
      return merge(parts);
    }
    Set<JsonElement> distinct = new LinkedHashSet<>();
    for (JsonElement v : values) {
      if (Provenance.isMixed(v)) {
        v.getAsJsonObject().getAsJsonArray(Provenance.MIXED).forEach(distinct::add);
      } else {
        distinct.add(v);
      }
    }
    JsonArray array = new JsonArray();
    distinct.forEach(array::add);
    JsonObject mixed = new JsonObject();
    mixed.add(Provenance.MIXED, array);
    return mixed;
  }
}
