package bibench.harness.bench;

import bibench.operators.deploy.KernelSelection;
import java.util.ArrayList;
import java.util.List;

/**
 * The one list of flags every benchmark JVM (a JMH fork) starts with, whoever launches it: the
 * inference track ({@code JmhRuns}) and the standalone {@link KernelBenchmarks} runner. The
 * benchmark classes' {@code @Fork} annotations carry no flags, because JMH appends an annotation's
 * {@code jvmArgsAppend} after the runner's flags and the last {@code -D} or {@code -Xmx} wins: a
 * copy there once pinned "2 thread" cells to one PyTorch thread and a smaller heap.
 *
 * <p>The flags: the Vector API module, native access for PyTorch, a fixed heap, quiet logs,
 * offline DJL (and its cache folder when set), PyTorch's intra-op threads as asked and one
 * inter-op thread, and the kernel paths this JVM chose ({@link KernelSelection}: measured once
 * here and passed on, so every fork times the same kernels). {@code OMP_NUM_THREADS} is an
 * environment variable the forks inherit from the launching process.
 */
public final class BenchJvm {
  /** The heap of every benchmark JVM. */
  public static final String HEAP = "-Xmx4g";

  /** The system property that sets PyTorch's intra-op threads through DJL. */
  public static final String TORCH_THREADS = "ai.djl.pytorch.num_threads";

  private BenchJvm() {}

  /** The flags of a fork that times with {@code threads} threads (PyTorch and our kernels). */
  public static List<String> args(int threads) {
    List<String> args = new ArrayList<>(List.of("--add-modules", "jdk.incubator.vector",
        "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", HEAP,
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
        "-Dorg.slf4j.simpleLogger.log.ai.djl.util.cuda.CudaUtils=error", "-Dai.djl.offline=true",
        "-D" + TORCH_THREADS + "=" + threads, "-Dai.djl.pytorch.num_interop_threads=1"));
    String cache = System.getProperty("DJL_CACHE_DIR", System.getenv("DJL_CACHE_DIR"));
    if (cache != null) {
      args.add("-DDJL_CACHE_DIR=" + cache);
    }
    args.add("-D" + KernelSelection.BINARY_PROPERTY + "=" + KernelSelection.resolveBinary().id());
    args.add("-D" + KernelSelection.FP32_PROPERTY + "=" + KernelSelection.resolveFloat().id());
    return args;
  }

  /**
   * Fails a benchmark's setup when its JVM was not started with these flags (for example by
   * JMH's own main, which reads no flags from the annotations any more): without the vector
   * module the kernels would silently run their scalar path.
   */
  public static void requireBenchmarkFlags() {
    if (!KernelSelection.vectorModulePresent() || System.getProperty(TORCH_THREADS) == null) {
      throw new IllegalStateException("this benchmark JVM was started without the benchmark flags;"
          + " run benchmarks through bibench (the inference track) or KernelBenchmarks, which pass "
          + "BenchJvm.args(threads)");
    }
  }
}
