package bibench.harness.bench;

import bibench.operators.deploy.BinaryGemm;
import bibench.operators.deploy.FloatGemm;
import bibench.operators.deploy.Int8TernaryGemm;
import bibench.operators.deploy.PartialGemm;
import bibench.operators.deploy.TernaryGemm;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Binary GEMM (XNOR/popcount, 1-bit operands packed once), ternary x binary GEMM (W1.58A1: A's
 * sign and mask planes against B's bits) and partially binarized GEMM (PB-LLM: binary plus the
 * 10 % largest weights of A in FP32) and ternary x int8 GEMM (BitNet W1.58A8: additions only, B
 * random int8) against our FP32 FMA GEMM on the same shapes, single thread.
 * One op is one product of {@link GemmShape#macs()} multiply-accumulates. Operands are packed in
 * setup, as weights and a previous layer's packed output would be; {@code floatGemmWithPacking}
 * also packs B (K x N floats) in each op.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class GemmBenchmark {
  @Param({"256x256x256", "1024x1024x1024", "64x3136x576"})
  public String shape;

  private BinaryGemm binary;
  private int[] aBits;
  private int[] bBits;
  private TernaryGemm ternary;
  private int[] aTrits;
  private PartialGemm partial;
  private Int8TernaryGemm int8Ternary;
  private short[] bInt8;
  private FloatGemm fp32;
  private float[] a;
  private float[] b;
  private float[] bPanels;
  private float[] c;

  @Setup
  public void setUp() {
    BenchJvm.requireBenchmarkFlags();
    GemmShape s = GemmShape.parse(shape);
    Random r = new Random(42);
    a = BenchData.gaussian(r, s.m() * s.k());
    b = BenchData.gaussian(r, s.k() * s.n());
    c = new float[s.m() * s.n()];
    binary = BinaryGemm.create(s.m(), s.n(), s.k(), null);
    aBits = binary.packA(a);
    bBits = binary.packB(b);
    ternary = TernaryGemm.create(s.m(), s.n(), s.k(), null);
    aTrits = ternary.packA(BenchData.ternary(r, s.m() * s.k()));
    int8Ternary = Int8TernaryGemm.create(s.m(), s.n(), s.k(), BenchData.ternary(r, s.m() * s.k()), null);
    byte[] b8 = new byte[s.k() * s.n()];
    r.nextBytes(b8);
    bInt8 = int8Ternary.packB(b8);
    partial = PartialGemm.create(s.m(), s.n(), s.k(), a, BenchData.largest(a, BenchData.SALIENT), null);
    fp32 = FloatGemm.create(s.m(), s.n(), s.k(), null);
    bPanels = fp32.packB(b);
  }

  @Benchmark
  public float[] binaryGemm() {
    binary.multiply(aBits, bBits, c);
    return c;
  }

  @Benchmark
  public float[] ternaryGemm() {
    ternary.multiply(aTrits, bBits, c);
    return c;
  }

  @Benchmark
  public float[] partialGemm() {
    partial.multiply(bBits, c);
    return c;
  }

  @Benchmark
  public float[] int8TernaryGemm() {
    int8Ternary.multiply(bInt8, c);
    return c;
  }

  @Benchmark
  public float[] floatGemm() {
    fp32.multiplyPacked(a, bPanels, c);
    return c;
  }

  @Benchmark
  public float[] floatGemmWithPacking() {
    fp32.multiply(a, b, c);
    return c;
  }
}
