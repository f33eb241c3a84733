package bibench.harness.results;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which CPU a run used, as Linux reports it in {@code /proc/cpuinfo}: vendor, model name, family,
 * model, stepping, microcode revision and every feature flag. The model name alone does not identify
 * a CPU: cloud machines report generic names ("AMD EPYC", "Intel(R) Xeon(R) Processor") for whole
 * generations, while family, model and stepping tell Zen 3 from Zen 5, or Ice Lake from Sapphire
 * Rapids. On ARM the implementer, architecture, part and revision fill vendor, family, model and
 * stepping. A field the system does not report is null.
 *
 * @param vendor {@code vendor_id} (x86) or {@code CPU implementer} (ARM)
 * @param modelName {@code model name}, or the OS architecture with "(model unknown)"
 * @param family {@code cpu family}, or ARM's {@code CPU architecture}
 * @param model {@code model}, or ARM's {@code CPU part}
 * @param stepping {@code stepping}, or ARM's {@code CPU revision}
 * @param microcode the microcode revision as reported (hex text)
 * @param flags every feature flag, sorted
 */
public record CpuIdentity(String vendor, String modelName, Integer family, Integer model, Integer stepping,
    String microcode, List<String> flags) {

  /** The flags that decide which kernels run fast (SIMD width, popcount), shown in reports. */
  public static final Set<String> KERNEL_FLAGS = Set.of("avx2", "fma", "avx512f", "avx512bw", "avx512vl",
      "avx512_vpopcntdq", "avx512_bitalg", "avx512_vnni", "popcnt", "neon", "asimd", "sve");

  public CpuIdentity {
    flags = List.copyOf(new TreeSet<>(flags));
  }

  /** The CPU of this machine (fields null where /proc/cpuinfo is not readable). */
  public static CpuIdentity ofThisMachine() {
    List<String> lines;
    try {
      lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
    } catch (IOException | SecurityException e) {
      lines = List.of();
    }
    return parse(lines);
  }

  /** Reads the first processor's block of a /proc/cpuinfo text. */
  public static CpuIdentity parse(List<String> lines) {
    String vendor = first(field(lines, "vendor_id"), field(lines, "CPU implementer"));
    String name = field(lines, "model name");
    if (name == null) {
      name = System.getProperty("os.arch") + " (model unknown)";
    }
    Integer family = number(first(field(lines, "cpu family"), field(lines, "CPU architecture")));
    Integer model = number(first(field(lines, "model"), field(lines, "CPU part")));
    Integer stepping = number(first(field(lines, "stepping"), field(lines, "CPU revision")));
    String flags = first(field(lines, "flags"), field(lines, "Features"));
    List<String> all = new ArrayList<>();
    if (flags != null) {
      for (String flag : flags.split("\\s+")) {
        if (!flag.isEmpty()) {
          all.add(flag);
        }
      }
    }
    return new CpuIdentity(vendor, name, family, model, stepping, field(lines, "microcode"), all);
  }

  /** The value of the first line whose key (before the colon) is exactly {@code key}. */
  private static String field(List<String> lines, String key) {
    for (String line : lines) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).strip().equals(key)) {
        String value = line.substring(colon + 1).strip();
        return value.isEmpty() ? null : value;
      }
    }
    return null;
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }

  private static Integer number(String text) {
    if (text == null) {
      return null;
    }
    try {
      return Integer.decode(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The {@link #KERNEL_FLAGS} this CPU has, space-separated. */
  public String kernelFlags() {
    return String.join(" ", flags.stream().filter(KERNEL_FLAGS::contains).toList());
  }

  /** SHA-256 of all flags (16 hex digits): flags are long, their hash is what fingerprints compare. */
  public String flagsHash() {
    return Journal.hash(String.join(" ", flags)).substring(0, 16);
  }

  /** The identification as a JSON object (numbers as numbers, flags as an array). */
  public JsonObject toJson() {
    JsonObject json = new JsonObject();
    json.add("vendor", text(vendor));
    json.add("model_name", text(modelName));
    json.add("family", family == null ? JsonNull.INSTANCE : new JsonPrimitive(family));
    json.add("model", model == null ? JsonNull.INSTANCE : new JsonPrimitive(model));
    json.add("stepping", stepping == null ? JsonNull.INSTANCE : new JsonPrimitive(stepping));
    json.add("microcode", text(microcode));
    JsonArray array = new JsonArray();
    flags.forEach(array::add);
    json.add("flags", array);
    json.addProperty("flags_sha256", flagsHash());
    return json;
  }

  private static JsonElement text(String value) {
    return value == null ? JsonNull.INSTANCE : new JsonPrimitive(value);
  }
}
