package bibench.operators.deploy;

import bibench.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the {@link KernelPath} for kernels that are not told one explicitly.
 *
 * <p>The system property {@value #PROPERTY} decides: {@code scalar}, {@code vector} or {@code auto}
 * (the default). {@code auto} takes the vector path when the {@code jdk.incubator.vector} module
 * is loaded and the CPU has AVX-512 (F, BW) and VPOPCNTDQ, read from the {@code flags} line of
 * {@code /proc/cpuinfo} on Linux; anywhere else it takes the scalar path. The property is read each
 * time a kernel is built, so tests can switch paths between builds.
 */
public final class KernelSelection {
  /** The system property that overrides the choice. */
  public static final String PROPERTY = "bibench.kernels";

  private static final List<String> KNOWN = List.of("scalar", "vector", "auto");
  private static final List<String> NEEDED_FLAGS =
      List.of("avx512f", "avx512bw", "avx512_vpopcntdq");

  private KernelSelection() {}

  /** The path the property asks for, resolving {@code auto} against this machine. */
  public static KernelPath resolve() {
    String value = System.getProperty(PROPERTY, "auto").trim().toLowerCase(Locale.ROOT);
    switch (value) {
      case "scalar":
        return KernelPath.SCALAR;
      case "vector":
        requireVectorModule();
        return KernelPath.VECTOR;
      case "auto":
        return vectorModulePresent() && cpuHasVectorPopcount()
            ? KernelPath.VECTOR
            : KernelPath.SCALAR;
      default:
        throw new BadInputException(
            "unknown value '" + value + "' for system property " + PROPERTY,
            "use one of " + KNOWN);
    }
  }

  /** Fails with a clear message when the vector path is asked for but cannot run. */
  static void requireVectorModule() {
    if (!vectorModulePresent()) {
      throw new BadInputException(
          "the vector kernel path needs the module jdk.incubator.vector, which this JVM did not load",
          "start java with --add-modules jdk.incubator.vector, or set -D" + PROPERTY + "=scalar");
    }
  }

  /** True when {@code jdk.incubator.vector} is in the boot layer. */
  public static boolean vectorModulePresent() {
    return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
  }

  /** True when /proc/cpuinfo lists AVX-512 F, BW and VPOPCNTDQ; false if it cannot be read. */
  public static boolean cpuHasVectorPopcount() {
    Path cpuinfo = Path.of("/proc/cpuinfo");
    if (!Files.isReadable(cpuinfo)) {
      return false;
    }
    try {
      return flagsHaveVectorPopcount(Files.readString(cpuinfo));
    } catch (IOException e) {
      return false;
    }
  }

  /** True when the first {@code flags} line of a cpuinfo text has every needed flag. */
  static boolean flagsHaveVectorPopcount(String cpuinfo) {
    for (String line : cpuinfo.split("\n")) {
      if (line.startsWith("flags")) {
        List<String> flags = List.of(line.substring(line.indexOf(':') + 1).trim().split("\\s+"));
        return flags.containsAll(NEEDED_FLAGS);
      }
    }
    return false;
  }
}
