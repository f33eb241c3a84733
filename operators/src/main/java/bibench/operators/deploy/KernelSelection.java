package bibench.operators.deploy;

import bibench.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the {@link KernelPath} for kernels that are not told one, separately for binary kernels
 * (XNOR/popcount) and FP32 kernels.
 *
 * <p>System properties decide: {@value #PROPERTY} for both kinds, {@value #BINARY_PROPERTY} and
 * {@value #FP32_PROPERTY} for one kind (they win over the first). Values: {@code scalar}, {@code
 * vector}, {@code vector-csa} or {@code auto} (the default). {@code auto} takes the scalar path when
 * the {@code jdk.incubator.vector} module is not loaded, and otherwise the path {@link
 * KernelTuning} measured fastest on this machine (cached per CPU and JVM). The properties are read
 * each time a kernel is built, so tests can switch paths between builds.
 */
public final class KernelSelection {
  /** The system property that overrides the choice for every kernel. */
  public static final String PROPERTY = "bibench.kernels";

  /** The system property that overrides the choice for binary kernels. */
  public static final String BINARY_PROPERTY = "bibench.kernels.binary";

  /** The system property that overrides the choice for FP32 kernels. */
  public static final String FP32_PROPERTY = "bibench.kernels.fp32";

  private static final List<String> NEEDED_FLAGS =
      List.of("avx512f", "avx512bw", "avx512_vpopcntdq");

  private KernelSelection() {}

  /** The path of binary kernels; same as {@link #resolveBinary()}. */
  public static KernelPath resolve() {
    return resolveBinary();
  }

  /** The path binary kernels take when not told one. */
  public static KernelPath resolveBinary() {
    KernelPath forced = forced(BINARY_PROPERTY);
    if (forced != null) {
      return forced;
    }
    return vectorModulePresent() ? KernelTuning.current().binary() : KernelPath.SCALAR;
  }

  /** The path FP32 kernels take when not told one. */
  public static KernelPath resolveFloat() {
    KernelPath forced = forced(FP32_PROPERTY);
    if (forced != null) {
      return forced;
    }
    return vectorModulePresent() ? KernelTuning.current().fp32() : KernelPath.SCALAR;
  }

  /** The path a property forces (the kind's own property first), or null for {@code auto}. */
  private static KernelPath forced(String kindProperty) {
    String own = System.getProperty(kindProperty);
    String value = own != null ? own : System.getProperty(PROPERTY, "auto");
    String name = own != null ? kindProperty : PROPERTY;
    value = value.trim().toLowerCase(Locale.ROOT);
    if (value.equals("auto")) {
      return null;
    }
    KernelPath path = KernelPath.byId(value);
    if (path == null) {
      List<String> known = new ArrayList<>();
      for (KernelPath p : KernelPath.values()) {
        known.add(p.id());
      }
      known.add("auto");
      throw new BadInputException("unknown value '" + value + "' for system property " + name,
          "use one of " + known);
    }
    if (path != KernelPath.SCALAR) {
      requireVectorModule();
    }
    return path;
  }

  /** Fails with a clear message when a vector path is asked for but cannot run. */
  static void requireVectorModule() {
    if (!vectorModulePresent()) {
      throw new BadInputException(
          "the vector kernel paths need the module jdk.incubator.vector, which this JVM did not"
              + " load",
          "start java with --add-modules jdk.incubator.vector, or set -D" + PROPERTY + "=scalar");
    }
  }

  /** True when {@code jdk.incubator.vector} is in the boot layer. */
  public static boolean vectorModulePresent() {
    return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
  }

  /** Bits of the vectors the vector paths use on this CPU (0 without the vector module). */
  public static int vectorBits() {
    return vectorModulePresent() ? VectorWidth.bits() : 0;
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
