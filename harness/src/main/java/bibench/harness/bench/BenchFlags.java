package bibench.harness.bench;

/**
 * JVM flags every forked benchmark JVM gets: the Vector API module, native access for PyTorch,
 * single-threaded PyTorch, a quiet log and a fixed heap. Also set {@code OMP_NUM_THREADS=1} in
 * the environment that launches JMH (forks inherit it).
 */
final class BenchFlags {
  static final String ADD_VECTOR = "--add-modules";
  static final String VECTOR_MODULE = "jdk.incubator.vector";
  static final String NATIVE_ACCESS = "--enable-native-access=ALL-UNNAMED";
  static final String TORCH_THREADS = "-Dai.djl.pytorch.num_threads=1";
  static final String TORCH_INTEROP = "-Dai.djl.pytorch.num_interop_threads=1";
  static final String QUIET_LOG = "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn";
  static final String HEAP = "-Xmx3g";

  private BenchFlags() {}
}
