package bibench.harness.results;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Where and how a run happened, written once per run as {@code provenance.json} beside the rows:
 * code version, JDK, engine, CPU, threads, suite, date and seeds. The machine fingerprint (CPU
 * model and flags, cores, JDK, OS, engine) decides whether absolute times may be compared with a
 * baseline.
 *
 * @param values the fields, in a stable order
 */
public record Provenance(Map<String, String> values) {
  private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

  /** The fields that identify a machine for timing comparisons. */
  public static final List<String> FINGERPRINT_KEYS =
      List.of("cpu_model", "cpu_flags_hash", "cores", "jdk", "os", "engine");

  public Provenance {
    values = Map.copyOf(new LinkedHashMap<>(values));
  }

  /** One field, or "" when absent. */
  public String get(String key) {
    return values.getOrDefault(key, "");
  }

  /** The machine fingerprint: the {@link #FINGERPRINT_KEYS} fields joined. */
  public String fingerprint() {
    List<String> parts = new ArrayList<>();
    for (String key : FINGERPRINT_KEYS) {
      parts.add(key + "=" + get(key));
    }
    return String.join("; ", parts);
  }

  /** Collects the provenance of a run on this machine. */
  public static Provenance collect(String runId, String suite, String commit, List<Long> seeds,
      String engine, Map<String, String> extra) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("run_id", runId);
    v.put("suite", suite);
    v.put("commit", commit);
    v.put("date", DateTimeFormatter.ISO_INSTANT.format(Instant.now().atOffset(ZoneOffset.UTC)));
    v.put("jdk", System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"));
    v.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
    v.put("engine", engine);
    v.put("cpu_model", CpuInfo.model());
    v.put("cpu_flags", CpuInfo.relevantFlags());
    v.put("cpu_flags_hash", Integer.toHexString(CpuInfo.allFlags().hashCode()));
    v.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
    v.put("threads", System.getProperty("ai.djl.pytorch.num_threads", Objects.toString(System.getenv("OMP_NUM_THREADS"), "default")));
    v.put("seeds", new TreeSet<>(seeds).toString());
    v.putAll(extra);
    return new Provenance(v);
  }

  /** Writes {@code provenance.json} atomically. */
  public void write(Path file) {
    JsonObject json = new JsonObject();
    values.keySet().stream().sorted(this::order).forEach(k -> json.addProperty(k, values.get(k)));
    AtomicFiles.writeString(file, GSON.toJson(json) + "\n");
  }

  private int order(String a, String b) {
    List<String> first = List.of("run_id", "suite", "commit", "date");
    int ia = first.indexOf(a);
    int ib = first.indexOf(b);
    if (ia >= 0 || ib >= 0) {
      return Integer.compare(ia < 0 ? 99 : ia, ib < 0 ? 99 : ib);
    }
    return a.compareTo(b);
  }

  /** Reads {@code provenance.json}. */
  public static Provenance read(Path file) throws IOException {
    JsonObject json = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), JsonObject.class);
    Map<String, String> v = new LinkedHashMap<>();
    for (String key : json.keySet()) {
      v.put(key, json.get(key).getAsString());
    }
    return new Provenance(v);
  }
}
