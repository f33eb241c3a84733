package bibench.harness.publish;

import java.util.Locale;

/**
 * A short, file-name-safe name of a machine from its CPU model and core count, such as {@code
 * amd-epyc-7b13-2c} for "AMD EPYC 7B13 64-Core Processor" on 2 cores or {@code
 * intel-xeon-platinum-8375c-8c}: vendor marks, "CPU", "Processor", the clock and the die's
 * core count are dropped; the cores the run saw are appended.
 */
public final class MachineSlug {
  private MachineSlug() {}

  /** The slug. */
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
}
