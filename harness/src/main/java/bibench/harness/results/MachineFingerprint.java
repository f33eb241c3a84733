package bibench.harness.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What decides a run's timings, from its provenance: the CPU (vendor, model name, family, model,
 * stepping, microcode, a hash of all its flags), the cores the run saw, the JDK, the OS, the engine
 * and its thread count, the native allocator and its settings, the number of worker processes that
 * trained side by side, and the device. Two runs with equal, complete fingerprints ran on the same
 * kind of machine in the same way; only then are their times, throughputs and speed-ups compared.
 *
 * <p>A fingerprint is incomplete when its provenance does not identify the CPU by family, model and
 * stepping (schema 1 files name a model only, and cloud machines report names like "AMD EPYC" for
 * several generations), lacks the allocator, or merges shards that disagree on a field. An
 * incomplete fingerprint equals nothing, not even itself.
 *
 * @param fields the fields in a fixed order, as text ("" when not recorded)
 * @param unknown why the fingerprint is incomplete (empty when complete)
 */
public record MachineFingerprint(Map<String, String> fields, List<String> unknown) {
  /** The fields, as dotted provenance paths, in the order they are compared and printed. */
  public static final List<String> KEYS = List.of("cpu.vendor", "cpu.model_name", "cpu.family", "cpu.model",
      "cpu.stepping", "cpu.microcode", "cpu.flags_sha256", "cores", "jdk", "os", "engine", "engine_threads",
      "allocator", "workers", "device");

  private static final List<String> REQUIRED = List.of("cpu.family", "cpu.model", "cpu.stepping", "allocator");

  public MachineFingerprint {
    fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    unknown = List.copyOf(unknown);
  }

  /** The fingerprint of {@code p}. */
  public static MachineFingerprint of(Provenance p) {
    Map<String, String> fields = new LinkedHashMap<>();
    List<String> unknown = new ArrayList<>();
    for (String key : KEYS) {
      if (p.mixed(key)) {
        unknown.add(key + " differs between the merged shards (" + p.get(key) + ")");
      }
      String value = key.equals("allocator") ? allocator(p) : p.get(key);
      fields.put(key, value);
    }
    if (p.schema() < 2) {
      unknown.add(0, "its provenance.json is of schema " + p.schema() + ", which names the CPU by its model name only ('"
          + p.get("cpu.model_name") + "') and does not record the allocator");
    } else {
      for (String key : REQUIRED) {
        if (fields.get(key).isEmpty() && !p.mixed(key)) {
          unknown.add(key + " is not recorded");
        }
      }
    }
    return new MachineFingerprint(fields, unknown);
  }

  private static String allocator(Provenance p) {
    if (p.element("allocator").isEmpty() || p.mixed("allocator")) {
      return p.get("allocator");
    }
    String name = p.get("allocator.name");
    String settings = p.element("allocator.settings").filter(e -> e.isJsonObject()).map(e -> {
      List<String> parts = new ArrayList<>();
      e.getAsJsonObject().entrySet().stream().filter(en -> !en.getKey().equals("LD_PRELOAD"))
          .forEach(en -> parts.add(en.getKey() + "=" + Provenance.text(en.getValue())));
      return String.join(", ", parts);
    }).orElse("");
    return settings.isEmpty() ? name : name + " (" + settings + ")";
  }

  /** True when the provenance identifies the machine fully. */
  public boolean complete() {
    return unknown.isEmpty();
  }

  /** True when both fingerprints are complete and equal field by field. */
  public boolean sameMachineAs(MachineFingerprint other) {
    return complete() && other.complete() && fields.equals(other.fields);
  }

  /** The fields that differ, each as {@code key 'this' vs 'other'}. */
  public List<String> differences(MachineFingerprint other) {
    List<String> out = new ArrayList<>();
    fields.forEach((key, value) -> {
      String theirs = other.fields.getOrDefault(key, "");
      if (!value.equals(theirs)) {
        out.add(key + " '" + value + "' vs '" + theirs + "'");
      }
    });
    return out;
  }

  /** A short summary of the CPU for messages: model name, family/model/stepping. */
  public String cpuSummary() {
    String id = fields.get("cpu.family").isEmpty() ? "family/model/stepping unknown"
        : "family " + fields.get("cpu.family") + " model " + fields.get("cpu.model") + " stepping " + fields.get("cpu.stepping");
    return fields.get("cpu.model_name") + " (" + id + ")";
  }

  /**
   * Why the run of {@code p} did not start on a quiet machine: its 1-minute load average above its
   * cores (other processes were competing for the CPU), or empty. Timings of such a run say more
   * about the neighbours than about the code.
   */
  public static java.util.Optional<String> busy(Provenance p) {
    java.util.List<String> load = p.list("load_average");
    String cores = p.get("cores");
    try {
      if (!load.isEmpty() && !cores.isEmpty() && Double.parseDouble(load.get(0)) > Double.parseDouble(cores)) {
        return java.util.Optional.of("load " + load.get(0) + " on " + cores + " cores when it started");
      }
    } catch (NumberFormatException e) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.empty();
  }

  /** The fields joined, as one line. */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    fields.forEach((k, v) -> parts.add(k + "=" + v));
    return String.join("; ", parts);
  }
}
