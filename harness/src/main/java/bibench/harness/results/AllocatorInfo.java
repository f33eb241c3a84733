package bibench.harness.results;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The native memory allocator the engine's tensors actually come from, and its settings. It
 * changes training speed by 1.4-1.9x (jemalloc against glibc's malloc for PyTorch on the project's
 * machines), so two runs with different allocators do not have comparable times. "Actually" means
 * the library mapped into this process ({@code /proc/self/maps}), not what {@code LD_PRELOAD} asked
 * for: a preload of a missing file leaves glibc in charge.
 *
 * @param name {@code jemalloc}, {@code tcmalloc}, {@code mimalloc} or {@code glibc}
 * @param library the mapped library file, or null for glibc (part of the C library)
 * @param settings the environment variables that tune it ({@code MALLOC_CONF}, {@code
 *     GLIBC_TUNABLES}, {@code MALLOC_*_}, {@code TCMALLOC_*}, {@code MIMALLOC_*}, and {@code
 *     LD_PRELOAD}), sorted by name
 */
public record AllocatorInfo(String name, String library, Map<String, String> settings) {
  private static final List<String> REPLACEMENTS = List.of("jemalloc", "tcmalloc", "mimalloc");

  public AllocatorInfo {
    settings = Map.copyOf(settings);
  }

  /** The allocator of this process. */
  public static AllocatorInfo ofThisProcess() {
    List<String> maps;
    try {
      maps = Files.readAllLines(Path.of("/proc/self/maps"));
    } catch (IOException | SecurityException e) {
      maps = List.of();
    }
    return detect(maps, System.getenv());
  }

  /** The allocator named by the mapped libraries of {@code maps}, with the settings in {@code env}. */
  public static AllocatorInfo detect(List<String> maps, Map<String, String> env) {
    String name = "glibc";
    String library = null;
    search:
    for (String line : maps) {
      int slash = line.indexOf('/');
      if (slash < 0) {
        continue;
      }
      String file = line.substring(slash).strip();
      String base = file.substring(file.lastIndexOf('/') + 1);
      for (String candidate : REPLACEMENTS) {
        if (base.startsWith("lib" + candidate)) {
          name = candidate;
          library = file;
          break search;
        }
      }
    }
    Map<String, String> settings = new TreeMap<>();
    env.forEach((key, value) -> {
      if (key.equals("MALLOC_CONF") || key.equals("GLIBC_TUNABLES") || key.equals("LD_PRELOAD")
          || key.startsWith("MALLOC_") || key.startsWith("TCMALLOC_") || key.startsWith("MIMALLOC_")) {
        settings.put(key, value);
      }
    });
    return new AllocatorInfo(name, library, settings);
  }

  /** One line for fingerprints and reports, such as {@code jemalloc (MALLOC_CONF=dirty_decay_ms:-1)}. */
  public String describe() {
    TreeMap<String, String> shown = new TreeMap<>(settings);
    shown.remove("LD_PRELOAD");
    if (shown.isEmpty()) {
      return name;
    }
    StringBuilder text = new StringBuilder(name).append(" (");
    shown.forEach((k, v) -> text.append(text.charAt(text.length() - 1) == '(' ? "" : ", ").append(k).append('=').append(v));
    return text.append(')').toString();
  }

  /** The allocator as a JSON object. */
  public JsonObject toJson() {
    JsonObject json = new JsonObject();
    json.addProperty("name", name);
    json.add("library", library == null ? JsonNull.INSTANCE : new JsonPrimitive(library));
    JsonObject s = new JsonObject();
    new TreeMap<>(settings).forEach(s::addProperty);
    json.add("settings", s);
    return json;
  }
}
