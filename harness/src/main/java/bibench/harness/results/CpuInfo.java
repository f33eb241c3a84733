package bibench.harness.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The CPU model and feature flags, from /proc/cpuinfo on Linux ("unknown" elsewhere). */
final class CpuInfo {
  private static final Set<String> RELEVANT = Set.of("avx2", "fma", "avx512f", "avx512bw", "avx512vl",
      "avx512_vpopcntdq", "avx512_bitalg", "avx512_vnni", "popcnt", "neon", "asimd", "sve");

  private CpuInfo() {}

  private static List<String> lines() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo"));
    } catch (IOException | SecurityException e) {
      return List.of();
    }
  }

  private static String field(String name) {
    for (String line : lines()) {
      if (line.startsWith(name)) {
        int colon = line.indexOf(':');
        if (colon >= 0) {
          return line.substring(colon + 1).trim();
        }
      }
    }
    return "";
  }

  /** The CPU model name. */
  static String model() {
    String model = field("model name");
    return model.isEmpty() ? System.getProperty("os.arch") + " (model unknown)" : model;
  }

  /** Every flag the CPU reports, sorted. */
  static Set<String> allFlags() {
    String flags = field("flags");
    if (flags.isEmpty()) {
      flags = field("Features");
    }
    return new TreeSet<>(List.of(flags.split("\\s+")));
  }

  /** The flags that matter for the kernels (SIMD width, popcount). */
  static String relevantFlags() {
    List<String> found = new ArrayList<>();
    for (String flag : allFlags()) {
      if (RELEVANT.contains(flag)) {
        found.add(flag);
      }
    }
    return String.join(" ", found);
  }
}
