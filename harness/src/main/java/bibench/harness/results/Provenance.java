package bibench.harness.results;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where and how a run happened, written once per run as {@code provenance.json} beside the rows,
 * before the first cell: code version, suite (name, description, source, hash of its text), plan
 * (tracks, operators, seeds, shard, workers), data (sources and a fingerprint per task), engine
 * (name, version, threads, device) and machine (CPU identification, cores, memory, JDK, OS,
 * allocator). Values are typed JSON: numbers, arrays and objects; docs/rows.md lists every field.
 *
 * <p>Schema 2 is what runs write now ({@link #SCHEMA}). Files of schema 1 (every value a string,
 * written before typed provenance) are still read: {@link #read} converts them in memory ({@link
 * LegacyProvenance}), leaving the file as it is. Their machine is named only by a CPU model name,
 * so their {@link #fingerprint()} is incomplete and machine-dependent metrics are never compared
 * against them.
 *
 * <p>{@link #get} reads any field as text, by a dotted path ({@code cpu.family}); arrays read as
 * {@code a, b}, a field that merged shards disagree on ({@code {"mixed": [a, b]}}) as {@code
 * mixed: a | b}.
 */
public final class Provenance {
  /** The schema version runs write. */
  public static final int SCHEMA = 2;

  /** The file's name in a run folder. */
  public static final String FILE = "provenance.json";

  /** The key of a value that merged shards disagree on: {@code {"mixed": [a, b]}}. */
  public static final String MIXED = "mixed";

  private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

  /** Old flat names still answered by {@link #get}, and where schema 2 keeps them. */
  private static final Map<String, String> ALIASES = Map.of("cpu_model", "cpu.model_name", "threads", "engine_threads");

  private final JsonObject json;

  /** A provenance of these fields (copied). */
  public Provenance(JsonObject json) {
    this.json = json.deepCopy();
  }

  /** The fields (a copy). */
  public JsonObject json() {
    return json.deepCopy();
  }

  /** The schema version: 1 for files written before typed provenance. */
  public int schema() {
    JsonElement schema = json.get("schema");
    return schema != null && schema.isJsonPrimitive() && schema.getAsJsonPrimitive().isNumber() ? schema.getAsInt() : 1;
  }

  /** This provenance with one top-level field set. */
  public Provenance with(String key, JsonElement value) {
    JsonObject copy = json.deepCopy();
    copy.add(key, value);
    return new Provenance(copy);
  }

  /** This provenance with one top-level text field set. */
  public Provenance with(String key, String value) {
    return with(key, new JsonPrimitive(value));
  }

  /** The element at a dotted path ({@code cpu.family}), when present and not null. */
  public Optional<JsonElement> element(String path) {
    JsonElement at = json;
    for (String part : path.split("\\.")) {
      if (at == null || !at.isJsonObject()) {
        return Optional.empty();
      }
      at = at.getAsJsonObject().get(part);
    }
    return at == null || at.isJsonNull() ? Optional.empty() : Optional.of(at);
  }

  /** A field as text ("" when absent); see the class comment for arrays and mixed values. */
  public String get(String path) {
    Optional<JsonElement> e = element(path);
    if (e.isEmpty() && ALIASES.containsKey(path)) {
      e = element(ALIASES.get(path));
    }
    if (e.isEmpty() && path.equals("cpu_flags_hash")) {
      e = element("cpu.flags_sha256").or(() -> element("legacy.cpu_flags_hash"));
    }
    if (e.isEmpty() && path.equals("cpu_flags")) {
      return cpu().filter(c -> !c.flags().isEmpty()).map(CpuIdentity::kernelFlags).orElse(get("legacy.cpu_flags"));
    }
    return e.map(Provenance::text).orElse("");
  }

  /** A field that is a list, as its elements' text (empty when absent). */
  public List<String> list(String path) {
    List<String> values = new ArrayList<>();
    element(path).ifPresent(e -> {
      if (e.isJsonArray()) {
        e.getAsJsonArray().forEach(v -> values.add(text(v)));
      } else {
        values.add(text(e));
      }
    });
    return values;
  }

  /** True when merged shards disagree on this field. */
  public boolean mixed(String path) {
    return element(path).map(Provenance::isMixed).orElse(false);
  }

  /** The CPU identification, when recorded (schema 2, and shards that agree on it). */
  public Optional<CpuIdentity> cpu() {
    Optional<JsonElement> cpu = element("cpu");
    if (cpu.isEmpty() || !cpu.get().isJsonObject() || isMixed(cpu.get()) || cpu.get().getAsJsonObject().has(MIXED)) {
      return Optional.empty();
    }
    JsonObject c = cpu.get().getAsJsonObject();
    List<String> flags = new ArrayList<>();
    if (c.has("flags") && c.get("flags").isJsonArray()) {
      c.getAsJsonArray("flags").forEach(f -> flags.add(f.getAsString()));
    }
    return Optional.of(new CpuIdentity(textOrNull(c, "vendor"), textOrNull(c, "model_name"), intOrNull(c, "family"),
        intOrNull(c, "model"), intOrNull(c, "stepping"), textOrNull(c, "microcode"), flags));
  }

  /** The machine fingerprint: what decides timings. */
  public MachineFingerprint fingerprint() {
    return MachineFingerprint.of(this);
  }

  /** Writes {@code provenance.json} atomically. */
  public void write(Path file) {
    AtomicFiles.writeString(file, GSON.toJson(json) + "\n");
  }

  /** The JSON text as written. */
  public String toJsonText() {
    return GSON.toJson(json) + "\n";
  }

  /**
   * Reads {@code provenance.json}, converting a schema 1 file (all strings) in memory.
   *
   * @throws IOException if it cannot be read
   * @throws JsonParseException if it is not a JSON object
   */
  public static Provenance read(Path file) throws IOException {
    JsonElement parsed = com.google.gson.JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
    if (!parsed.isJsonObject()) {
      throw new JsonParseException("not a JSON object");
    }
    JsonObject json = parsed.getAsJsonObject();
    return json.has("schema") ? new Provenance(json) : LegacyProvenance.convert(json);
  }

  /** The text of an element: primitives as themselves, arrays joined, mixed values as "mixed: a | b". */
  static String text(JsonElement e) {
    if (e == null || e.isJsonNull()) {
      return "";
    }
    if (e.isJsonPrimitive()) {
      return e.getAsString();
    }
    if (e.isJsonArray()) {
      List<String> parts = new ArrayList<>();
      e.getAsJsonArray().forEach(v -> parts.add(text(v)));
      return String.join(", ", parts);
    }
    JsonObject o = e.getAsJsonObject();
    if (isMixed(o)) {
      List<String> parts = new ArrayList<>();
      o.getAsJsonArray(MIXED).forEach(v -> parts.add(text(v)));
      return "mixed: " + String.join(" | ", parts);
    }
    boolean flat = o.entrySet().stream().allMatch(en -> en.getValue().isJsonPrimitive() || en.getValue().isJsonNull());
    if (flat) {
      List<String> parts = new ArrayList<>();
      o.entrySet().forEach(en -> parts.add(en.getKey() + "=" + text(en.getValue())));
      return String.join(", ", parts);
    }
    return o.toString();
  }

  /** True for {@code {"mixed": [...]}}, the value of a field merged shards disagree on. */
  static boolean isMixed(JsonElement e) {
    return e.isJsonObject() && e.getAsJsonObject().size() == 1 && e.getAsJsonObject().has(MIXED)
        && e.getAsJsonObject().get(MIXED).isJsonArray();
  }

  /** A JSON array of strings. */
  public static JsonArray strings(List<String> values) {
    JsonArray array = new JsonArray();
    values.forEach(array::add);
    return array;
  }

  /** A JSON array of numbers. */
  public static JsonArray numbers(List<Long> values) {
    JsonArray array = new JsonArray();
    values.forEach(array::add);
    return array;
  }

  private static String textOrNull(JsonObject o, String key) {
    JsonElement e = o.get(key);
    return e == null || e.isJsonNull() || !e.isJsonPrimitive() ? null : e.getAsString();
  }

  private static Integer intOrNull(JsonObject o, String key) {
    JsonElement e = o.get(key);
    return e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber() ? null : e.getAsInt();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Provenance p && p.json.equals(json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  @Override
  public String toString() {
    return json.toString();
  }
}
