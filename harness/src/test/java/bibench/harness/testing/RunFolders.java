package bibench.harness.testing;

import bibench.harness.results.AtomicFiles;
import bibench.harness.results.Provenance;
import bibench.harness.results.ResultsCsv;
import bibench.harness.results.RunDirectory;
import bibench.results.ResultRow;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes small finished run folders (results.csv, provenance.json, COMPLETE) for tests. A test
 * describes provenance by flat text fields ({@link #provenance}), overrides some, and {@link #typed}
 * turns them into schema 2 provenance; {@code "schema": "1"} writes the old all-strings form.
 */
public final class RunFolders {
  private static final Set<String> NUMBERS = Set.of("cores", "workers", "engine_threads", "cells");
  private static final Set<String> LISTS = Set.of("tracks", "operators");

  private RunFolders() {}

  /** The provenance fields of a run on a 2-core Zen 3 machine with this CPU model name. */
  public static Map<String, String> provenance(String runId, String cpuModel) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("schema", "2");
    p.put("run_id", runId);
    p.put("suite", "quick");
    p.put("commit", "0123456789abcdef0123456789abcdef01234567");
    p.put("date", "2025-11-20T10:00:00Z");
    p.put("cpu_model", cpuModel);
    p.put("cpu_family", "25");
    p.put("cpu_model_number", "1");
    p.put("cpu_stepping", "1");
    p.put("cores", "2");
    p.put("jdk", "Eclipse Adoptium 25+36-LTS");
    p.put("os", "Linux 6.1 amd64");
    p.put("engine", "PyTorch 2.7.1");
    p.put("engine_threads", "1");
    p.put("allocator", "jemalloc");
    p.put("workers", "1");
    p.put("device", "cpu");
    p.put("seeds", "1, 2, 3");
    return p;
  }

  /** Schema 2 provenance from flat fields (or the old form for {@code "schema": "1"}). */
  public static Provenance typed(Map<String, String> fields) {
    JsonObject json = new JsonObject();
    if ("1".equals(fields.get("schema"))) {
      fields.forEach((k, v) -> {
        if (!k.equals("schema")) {
          json.addProperty(k, v);
        }
      });
      return new Provenance(json); // as a schema 1 file holds it (read converts)
    }
    JsonObject cpu = new JsonObject();
    cpu.addProperty("vendor", "AuthenticAMD");
    for (Map.Entry<String, String> e : fields.entrySet()) {
      String k = e.getKey();
      String v = e.getValue();
      switch (k) {
        case "schema" -> json.addProperty(k, Integer.parseInt(v));
        case "cpu_model" -> cpu.addProperty("model_name", v);
        case "cpu_family" -> cpu.addProperty("family", Integer.parseInt(v));
        case "cpu_model_number" -> cpu.addProperty("model", Integer.parseInt(v));
        case "cpu_stepping" -> cpu.addProperty("stepping", Integer.parseInt(v));
        case "seeds", "load_average" -> {
          JsonArray numbers = new JsonArray();
          for (String s : v.split(",")) {
            numbers.add(k.equals("seeds") ? (Number) Long.parseLong(s.strip()) : (Number) Double.parseDouble(s.strip()));
          }
          json.add(k, numbers);
        }
        case "allocator" -> {
          JsonObject a = new JsonObject();
          a.addProperty("name", v);
          a.add("settings", new JsonObject());
          json.add(k, a);
        }
        default -> {
          if (NUMBERS.contains(k)) {
            json.addProperty(k, Integer.parseInt(v));
          } else if (LISTS.contains(k)) {
            json.add(k, Provenance.strings(List.of(v.split(","))));
          } else {
            json.addProperty(k, v);
          }
        }
      }
    }
    cpu.addProperty("microcode", "0x1000065");
    cpu.add("flags", Provenance.strings(List.of("avx2", "fma", "popcnt")));
    cpu.addProperty("flags_sha256", "1a2b3c");
    json.add("cpu", cpu);
    return new Provenance(json);
  }

  /** Writes {@code rows}, {@code provenance} (when not null) and a COMPLETE marker into {@code dir}. */
  public static Path write(Path dir, List<ResultRow> rows, Map<String, String> provenance) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ResultsCsv.write(dir.resolve("results.csv"), rows);
    if (provenance != null) {
      typed(provenance).write(dir.resolve("provenance.json"));
    }
    AtomicFiles.writeString(dir.resolve(RunDirectory.COMPLETE_FILE), "complete\n");
    return dir;
  }
}
