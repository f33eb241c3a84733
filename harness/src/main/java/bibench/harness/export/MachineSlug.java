package bibench.harness.export;

import java.util.Locale;

/**
 * A short, file-name-safe name of a machine from its CPU model and core count, such as {@code
 * amd-epyc-7b13-2c} for "AMD EPYC 7B13 64-Core Processor" on 2 cores or {@code
 * intel-xeon-platinum-8375c-8c}: vendor marks, "CPU", "Processor", the clock and the die's
 * core count are dropped; the cores the run saw are appended.
 *
 * <p>Cloud machines often report a generic model ("AMD EPYC" for both a Zen 3 and a Zen 5 host), so
 * {@link #exact} also appends the hash of the CPU's flags: two machines share an exact slug only when
 * the regression gate would call them the same hardware (same model, flags and cores).
 */
public final class MachineSlug {
  private MachineSlug() {}

  /** The slug of the model and cores, such as {@code amd-epyc-7b13-2c}. */
  public static String of(String cpuModel, String cores) {
    String model = cpuModel.toLowerCase(Locale.ROOT)
        .replaceAll("\\((r|tm|c)\\)", " ")
        .replaceAll("@\\s*[0-9.]+\\s*[gm]hz", " ")
        .replaceAll("\\b\\d+-core\\b", " ")
        .replaceAll("\\b(cpu|processor|with|radeon graphics)\\b", " ")
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    if (model.isEmpty()) {
      model = "unknown-cpu";
    }
    if (model.length() > 40) {
      model = model.substring(0, 40).replaceAll("-+$", "");
    }
    String c = cores.replaceAll("[^0-9]", "");
    return c.isEmpty() ? model : model + "-" + c + "c";
  }

  /**
   * The slug of the model and cores followed by the CPU flags' hash (its first 8 hex digits), such
   * as {@code amd-epyc-2c-3bc50b6e}; without a hash, {@link #of}.
   */
  public static String exact(String cpuModel, String cores, String flagsHash) {
    String hash = flagsHash.toLowerCase(Locale.ROOT).replaceAll("[^0-9a-f]", "");
    String slug = of(cpuModel, cores);
    return hash.isEmpty() ? slug : slug + "-" + hash.substring(0, Math.min(8, hash.length()));
  }
}
