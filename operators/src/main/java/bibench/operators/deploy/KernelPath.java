package bibench.operators.deploy;

import java.util.Locale;

/**
 * Which implementation of the deployment kernels runs: plain scalar Java, or the Vector API
 * ({@code jdk.incubator.vector}) at the widest vector width the CPU has, with one of two ways of
 * counting bits.
 *
 * <p>All paths compute the same bits: the binary kernels are integer arithmetic, and every
 * floating-point step (scales, bias, the XNOR-Net input mean) is done in the same order on each
 * path. The FP32 kernels need not agree bit for bit (the vector ones use fused multiply-add);
 * {@link #VECTOR_CSA} runs the same FP32 kernels as {@link #VECTOR}. {@link KernelSelection}
 * picks a path for binary and for FP32 kernels separately, by measuring them on the machine.
 */
public enum KernelPath {
  /** Plain Java loops ({@link Integer#bitCount}); any JVM, also without the vector module. */
  SCALAR,
  /**
   * Vector API: XOR and a lane-wise {@code BIT_COUNT} per word. One instruction per vector with
   * AVX-512 VPOPCNTDQ; without it C2 expands the count into a nibble lookup of a dozen or more
   * instructions.
   */
  VECTOR,
  /**
   * Vector API: XOR, then Harley-Seal carry-save adders over eight words and one {@code BIT_COUNT}
   * per eight: for CPUs without a vector popcount instruction (AVX2, AVX-512 without VPOPCNTDQ).
   */
  VECTOR_CSA;

  /** The name used in system properties and result rows: {@code scalar}, {@code vector}, ... */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The path named by {@link #id()}, or null when no path has that id. */
  static KernelPath byId(String id) {
    for (KernelPath p : values()) {
      if (p.id().equals(id)) {
        return p;
      }
    }
    return null;
  }
}
