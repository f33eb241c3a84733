package bibench.operators.deploy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * This JVM's arithmetic peaks on this CPU, measured by short Vector API loops whose operands stay
 * in registers (no memory traffic): the ceiling a kernel's measured rate is a fraction of.
 *
 * <p>FP32: independent chains of {@code fma} on float vectors of {@link KernelSelection#vectorBits()}
 * bits. Binary: the fastest of three ways to count {@code popcount(a XOR b)}, in binary
 * multiply-accumulates (bits) per second: lane-wise {@code XOR + BIT_COUNT + ADD} on int vectors
 * (one instruction per vector with AVX-512 VPOPCNTDQ, a C2-expanded lookup elsewhere), the same
 * with Harley-Seal carry-save adders over eight words ({@link KernelPath#VECTOR_CSA}), and scalar
 * {@code XOR + Long.bitCount + ADD}. Each loop is warmed up (C2 compiles it) and timed in
 * interleaved batches; the best batch counts. About one second in all.
 */
public final class Roofline {
  /** Name of the lane-wise popcount method in {@link Peaks#binaryMethods()}. */
  public static final String BIT_COUNT = "xor-bitcount-add";

  /** Name of the carry-save method in {@link Peaks#binaryMethods()}. */
  public static final String CARRY_SAVE = "xor-csa8-bitcount";

  /** Name of the scalar method in {@link Peaks#binaryMethods()}. */
  public static final String SCALAR = "scalar-xor-popcnt-add";

  private Roofline() {}

  /**
   * Measured peaks of one JVM on one CPU.
   *
   * @param fp32MacsPerSecond FP32 fused multiply-adds per second, one thread
   * @param binaryMacsPerSecond binary multiply-accumulates (XNOR-popcount bits) per second, one
   *     thread, the best of {@link #binaryMethods}
   * @param binaryMethod the method that gave {@link #binaryMacsPerSecond}
   * @param binaryMethods every binary method's rate
   * @param vectorBits the vector width measured
   */
  public record Peaks(double fp32MacsPerSecond, double binaryMacsPerSecond, String binaryMethod,
      Map<String, Double> binaryMethods, int vectorBits) {
    public Peaks {
      binaryMethods = Map.copyOf(binaryMethods);
    }

    /** The speed-up of binary over FP32 that the peaks allow: binary peak / FP32 peak. */
    public double idealRatio() {
      return binaryMacsPerSecond / fp32MacsPerSecond;
    }
  }

  /** Runs the probe; needs the vector module. */
  public static Peaks measure() {
    KernelSelection.requireVectorModule();
    int bits = VectorWidth.bits();
    long[] seeds = new long[64];
    int[] words = new int[64 * 16];
    float[] floats = new float[64 * 16];
    java.util.Random r = new java.util.Random(7);
    for (int i = 0; i < words.length; i++) {
      words[i] = r.nextInt();
      floats[i] = 1f + r.nextFloat() * 1e-6f;
    }
    for (int i = 0; i < seeds.length; i++) {
      seeds[i] = r.nextLong();
    }
    int iterations = 1024;
    long[] sink = new long[1];
    float[] fsink = new float[1];
    Runnable fma = () -> fsink[0] += RooflineLoops.fma(floats, iterations);
    Runnable bitCount = () -> sink[0] += RooflineLoops.xorBitCount(words, iterations);
    Runnable csa = () -> sink[0] += RooflineLoops.xorCarrySave(words, iterations);
    Runnable scalar = () -> sink[0] += RooflineLoops.scalarPopcount(seeds, iterations);
    double[] seconds = KernelTuning.bestSeconds(new Runnable[] {fma, bitCount, csa, scalar});
    double fp32 = (double) iterations * RooflineLoops.FMA_CHAINS * VectorWidth.LANES / seconds[0];
    Map<String, Double> binary = new LinkedHashMap<>();
    binary.put(BIT_COUNT, (double) iterations * RooflineLoops.POPCOUNT_CHAINS * bits / seconds[1]);
    binary.put(CARRY_SAVE, (double) iterations * RooflineLoops.CSA_WORDS * bits / seconds[2]);
    binary.put(SCALAR, (double) iterations * RooflineLoops.SCALAR_CHAINS * 64 / seconds[3]);
    String best = BIT_COUNT;
    for (Map.Entry<String, Double> e : binary.entrySet()) {
      if (e.getValue() > binary.get(best)) {
        best = e.getKey();
      }
    }
    if (sink[0] == 42 && fsink[0] == 42f) {
      System.out.print("");
    }
    return new Peaks(fp32, binary.get(best), best, binary, bits);
  }
}
