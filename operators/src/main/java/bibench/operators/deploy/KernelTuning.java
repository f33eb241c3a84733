package bibench.operators.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;

/**
 * Measures which {@link KernelPath} is fastest on this machine, once per CPU and JVM, for binary
 * and FP32 kernels separately.
 *
 * <p>Each candidate runs a small product ({@link BinaryGemm} 32 x 256 x 1152, {@link FloatGemm} 48
 * x 256 x 576): warmed up (C2 compiles the vector kernels in the background; before that they run
 * boxed and slowly), then timed in interleaved batches of a few milliseconds until no candidate's
 * best batch improves (about 1 to 5 seconds in all), and the fastest wins. The choice and the measured rates are cached in a small file keyed
 * by the CPU model and flags, the JVM version and the vector width ({@value #CACHE_PROPERTY}: a file
 * name, or {@code none}; default {@code ~/.cache/bibench/}), so later JVMs on the same machine agree
 * without measuring again. The vector module must be loaded.
 */
public final class KernelTuning {
  /** System property: the cache file, or {@code none} to measure in every JVM. */
  public static final String CACHE_PROPERTY = "bibench.kernels.cache";

  private static final long BATCH_NANOS = 4_000_000L;
  private static final long QUIET_NANOS = 500_000_000L;
  private static final long MIN_NANOS = 200_000_000L;
  private static final long MAX_NANOS = 4_000_000_000L;
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();
  private static Choice current;

  private KernelTuning() {}

  /**
   * The outcome.
   *
   * @param binary the fastest path for binary kernels
   * @param fp32 the fastest path for FP32 kernels
   * @param vectorBits the vector width the vector paths use
   * @param binaryRates binary multiply-accumulates per second of each candidate
   * @param fp32Rates FP32 multiply-accumulates per second of each candidate
   * @param source {@code measured}, or {@code cache <file>}
   */
  public record Choice(KernelPath binary, KernelPath fp32, int vectorBits,
      Map<KernelPath, Double> binaryRates, Map<KernelPath, Double> fp32Rates, String source) {
    public Choice {
      binaryRates = Map.copyOf(binaryRates);
      fp32Rates = Map.copyOf(fp32Rates);
    }

    /** One line, such as {@code binary=vector-csa fp32=vector (256-bit, measured)}. */
    public String describe() {
      return "binary=" + binary.id() + " fp32=" + fp32.id() + " (" + vectorBits + "-bit, " + source
          + ")";
    }
  }

  /** The choice of this JVM: from the cache when it has this machine, else measured (and cached). */
  public static synchronized Choice current() {
    if (current == null) {
      Path cache = cacheFile();
      Choice cached = cache == null ? null : read(cache);
      current = cached != null ? cached : measure();
      if (cached == null && cache != null) {
        write(cache, current);
      }
    }
    return current;
  }

  /** Measures every candidate now, ignoring the cache. */
  public static Choice measure() {
    KernelSelection.requireVectorModule();
    KernelPath[] binaryPaths = KernelPath.values();
    Runnable[] binary = new Runnable[binaryPaths.length];
    double[] binaryMacs = new double[binaryPaths.length];
    for (int i = 0; i < binaryPaths.length; i++) {
      BinaryGemm g = BinaryGemm.create(32, 256, 1152, binaryPaths[i]);
      Random r = new Random(1);
      int[] a = g.packA(values(r, 32 * 1152));
      int[] b = g.packB(values(r, 1152 * 256));
      float[] c = new float[32 * 256];
      binary[i] = () -> g.multiply(a, b, c);
      binaryMacs[i] = g.macs();
    }
    KernelPath[] floatPaths = {KernelPath.SCALAR, KernelPath.VECTOR};
    Runnable[] fp32 = new Runnable[floatPaths.length];
    double[] floatMacs = new double[floatPaths.length];
    for (int i = 0; i < floatPaths.length; i++) {
      FloatGemm g = FloatGemm.create(48, 256, 576, floatPaths[i]);
      Random r = new Random(2);
      float[] a = values(r, 48 * 576);
      float[] b = g.packB(values(r, 576 * 256));
      float[] c = new float[48 * 256];
      fp32[i] = () -> g.multiplyPacked(a, b, c);
      floatMacs[i] = g.macs();
    }
    double[] binarySeconds = bestSeconds(binary);
    double[] floatSeconds = bestSeconds(fp32);
    Map<KernelPath, Double> binaryRates = new EnumMap<>(KernelPath.class);
    for (int i = 0; i < binaryPaths.length; i++) {
      binaryRates.put(binaryPaths[i], binaryMacs[i] / binarySeconds[i]);
    }
    Map<KernelPath, Double> floatRates = new EnumMap<>(KernelPath.class);
    for (int i = 0; i < floatPaths.length; i++) {
      floatRates.put(floatPaths[i], floatMacs[i] / floatSeconds[i]);
    }
    return new Choice(fastest(binaryRates), fastest(floatRates), VectorWidth.bits(), binaryRates,
        floatRates, "measured");
  }

  private static KernelPath fastest(Map<KernelPath, Double> rates) {
    KernelPath best = KernelPath.SCALAR;
    for (Map.Entry<KernelPath, Double> e : rates.entrySet()) {
      if (e.getValue() > rates.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  /**
   * Seconds of the best call of each candidate. Each is first warmed up (C2 compiles the vector
   * kernels in the background), then all are timed in interleaved rounds of short batches, so
   * that a burst of load on the machine slows every candidate alike; the best batch of each counts.
   * Stops when no candidate improved by 2% in 5 rounds, or after a few seconds.
   */
  static double[] bestSeconds(Runnable[] calls) {
    for (Runnable call : calls) {
      warm(call);
    }
    double[] best = new double[calls.length];
    java.util.Arrays.fill(best, Double.MAX_VALUE);
    long start = System.nanoTime();
    int sinceBetter = 0;
    while (sinceBetter < 5 || System.nanoTime() - start < MIN_NANOS) {
      boolean better = false;
      for (int i = 0; i < calls.length; i++) {
        double perCall = batch(calls[i]);
        better |= perCall < best[i] * 0.98;
        best[i] = Math.min(best[i], perCall);
      }
      sinceBetter = better ? 0 : sinceBetter + 1;
      if (System.nanoTime() - start > MAX_NANOS) {
        break;
      }
    }
    return best;
  }

  /**
   * Runs a call until its batches stop getting faster and the JIT has stopped compiling (C2
   * compiles the vector kernels in the background, which takes long on a busy machine; until it
   * has, they run boxed at a steady but useless speed): {@link #QUIET_NANOS} without a 2% gain and
   * without compilation time added, at most {@link #MAX_NANOS}.
   */
  private static void warm(Runnable call) {
    long start = System.nanoTime();
    double best = Double.MAX_VALUE;
    long quietSince = start;
    long compiled = compilationMillis();
    while (System.nanoTime() - quietSince < QUIET_NANOS) {
      double perCall = batch(call);
      long nowCompiled = compilationMillis();
      if (perCall < best * 0.98 || nowCompiled != compiled) {
        quietSince = System.nanoTime();
      }
      compiled = nowCompiled;
      best = Math.min(best, perCall);
      if (System.nanoTime() - start > MAX_NANOS) {
        return;
      }
    }
  }

  /** Milliseconds the JIT has spent compiling so far, or 0 when the JVM does not say. */
  private static long compilationMillis() {
    java.lang.management.CompilationMXBean jit =
        java.lang.management.ManagementFactory.getCompilationMXBean();
    return jit != null && jit.isCompilationTimeMonitoringSupported()
        ? jit.getTotalCompilationTime() : 0;
  }

  /**
   * Seconds per call over a batch of calls lasting {@link #BATCH_NANOS}: the thread's CPU time
   * where the JVM measures it (time the thread spent preempted by other processes does not count),
   * else wall time.
   */
  private static double batch(Runnable call) {
    boolean cpu = THREADS.isCurrentThreadCpuTimeSupported();
    long c0 = cpu ? THREADS.getCurrentThreadCpuTime() : 0;
    long t0 = System.nanoTime();
    int n = 0;
    long now;
    do {
      call.run();
      n++;
      now = System.nanoTime();
    } while (now - t0 < BATCH_NANOS);
    long spent = cpu ? THREADS.getCurrentThreadCpuTime() - c0 : now - t0;
    return spent / 1e9 / n;
  }

  private static float[] values(Random r, int n) {
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = (float) r.nextGaussian();
    }
    return v;
  }

  /** The cache file for this CPU, JVM and width, or null when caching is off. */
  static Path cacheFile() {
    String setting = System.getProperty(CACHE_PROPERTY);
    if ("none".equalsIgnoreCase(setting)) {
      return null;
    }
    if (setting != null && !setting.isBlank()) {
      return Path.of(setting);
    }
    String key = machineKey();
    return Path.of(System.getProperty("user.home"), ".cache", "bibench",
        "kernel-choice-" + Integer.toHexString(key.hashCode()) + ".properties");
  }

  /** CPU model and flags, JVM version and vector width: what the choice depends on. */
  static String machineKey() {
    String model = "";
    String flags = "";
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (model.isEmpty() && line.startsWith("model name")) {
          model = line.substring(line.indexOf(':') + 1).trim();
        } else if (flags.isEmpty() && line.startsWith("flags")) {
          flags = line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      model = System.getProperty("os.arch");
    }
    return String.join("|", model, flags, System.getProperty("java.vm.version"),
        Integer.toString(VectorWidth.bits()));
  }

  private static Choice read(Path file) {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file)) {
      p.load(in);
      if (!machineKey().equals(p.getProperty("key"))) {
        return null;
      }
      Map<KernelPath, Double> binary = rates(p, "binary.");
      Map<KernelPath, Double> fp32 = rates(p, "fp32.");
      KernelPath b = KernelPath.byId(p.getProperty("binary", ""));
      KernelPath f = KernelPath.byId(p.getProperty("fp32", ""));
      if (b == null || f == null) {
        return null;
      }
      return new Choice(b, f, VectorWidth.bits(), binary, fp32, "cache " + file);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static Map<KernelPath, Double> rates(Properties p, String prefix) {
    Map<KernelPath, Double> rates = new EnumMap<>(KernelPath.class);
    for (KernelPath path : KernelPath.values()) {
      String v = p.getProperty(prefix + path.id());
      if (v != null) {
        rates.put(path, Double.parseDouble(v));
      }
    }
    return rates;
  }

  private static void write(Path file, Choice c) {
    Properties p = new Properties();
    p.setProperty("key", machineKey());
    p.setProperty("binary", c.binary().id());
    p.setProperty("fp32", c.fp32().id());
    c.binaryRates().forEach((k, v) -> p.setProperty("binary." + k.id(), fmt(v)));
    c.fp32Rates().forEach((k, v) -> p.setProperty("fp32." + k.id(), fmt(v)));
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "kernel-choice", ".tmp");
      try (Writer out = Files.newBufferedWriter(tmp)) {
        p.store(out, "bibench kernel paths measured on this machine; delete to measure again");
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      // A cache that cannot be written only means measuring again in the next JVM.
    }
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.4g", v);
  }
}
