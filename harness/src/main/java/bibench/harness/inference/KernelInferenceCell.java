package bibench.harness.inference;

import bibench.harness.bench.KernelBenchmarks;
import bibench.results.ResultRow;
import bibench.tracks.Cell;
import bibench.tracks.RunContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Track 6, the kernels alone: the packed kernels (binary XNOR/popcount, ternary x binary, partial
 * binarization) on a GEMM or convolution against our FP32 kernel and PyTorch's on the same shapes,
 * single thread, timed by JMH in one run. Rows under arch {@code gemm-<M>x<N>x<K>} or {@code
 * conv-<layer>}: one operator per weight format ({@link #PACKED}: bnn for plain signs, no scales
 * that cannot fold; bitnet158-a1 for ternary weights; pbllm for signs plus the 10 % largest
 * weights in FP32; for the GEMM also bitnet158, ternary x int8), fp32 for the FP32 ones; the
 * measurement rows of {@link TimingRows} and each packed kernel's speed-ups over our FP32, PyTorch
 * and the faster of the two.
 */
final class KernelInferenceCell implements Cell {
  /**
   * One packed kernel timed: the operator whose rows it fills, its benchmark method's prefix
   * ({@code <method>Gemm} or {@code <method>Conv}), and whether its multiply-accumulates count at
   * the binary peak (1-bit activations) or at the FP32 peak (int8 activations).
   */
  record Packed(String operator, String method, boolean binaryMacs) {}

  /** The packed kernels of both families, by weight format. */
  static final List<Packed> PACKED = List.of(new Packed("bnn", "binary", true),
      new Packed("bitnet158-a1", "ternary", true), new Packed("pbllm", "partial", true));

  /** The GEMM has one more: BitNet b1.58's ternary x int8 (W1.58A8). */
  static final List<Packed> PACKED_GEMM = java.util.stream.Stream.concat(PACKED.stream(),
      java.util.stream.Stream.of(new Packed("bitnet158", "int8Ternary", false))).toList();

  /** Which kernel family. */
  enum Family {
    GEMM("shape", "Gemm", "floatGemm", "torchMatMul", "gemm-", PACKED_GEMM),
    CONV("layer", "Conv", "floatConv", "torchConv", "conv-", PACKED);

    final String param;
    final String prefix;
    final String fp32;
    final String torch;
    final String archPrefix;
    final List<Packed> packed;

    Family(String param, String prefix, String fp32, String torch, String archPrefix, List<Packed> packed) {
      this.param = param;
      this.prefix = prefix;
      this.fp32 = fp32;
      this.torch = torch;
      this.archPrefix = archPrefix;
      this.packed = packed;
    }

    /** The benchmark method of a packed kernel, such as {@code ternaryGemm}. */
    String method(Packed packed) {
      return packed.method() + prefix;
    }
  }

  private final Family family;
  private final List<String> cases;
  private final JmhRuns jmh;

  KernelInferenceCell(Family family, List<String> cases, JmhRuns jmh) {
    this.family = family;
    this.cases = List.copyOf(cases);
    this.jmh = jmh;
  }

  /** JMH timings: run alone, after every training cell. */
  @Override
  public boolean needsQuietMachine() {
    return true;
  }

  @Override
  public String track() {
    return InferenceTrack.ID;
  }

  @Override
  public String label() {
    return InferenceTrack.ID + " " + family.name().toLowerCase(java.util.Locale.ROOT) + " kernels " + cases;
  }

  @Override
  public String definition() {
    return String.join("|", "kernel-inference", family.name(), cases.toString(), jmh.toString());
  }

  @Override
  public List<ResultRow> run(RunContext context) {
    InferencePeaks.get();
    StringBuilder methods = new StringBuilder(family.fp32 + "|" + family.torch);
    family.packed.forEach(p -> methods.append('|').append(family.method(p)));
    String include = "bibench\\.harness\\.bench\\.(" + family.prefix + "|Torch" + family.prefix + ")Benchmark\\.("
        + methods + ")$";
    List<Measured> measured = new ArrayList<>();
    jmh.run(include, Map.of(family.param, cases), 1,
        context.outputDir().resolve("jmh").resolve(family.name().toLowerCase(java.util.Locale.ROOT) + "-kernels.json"))
        .forEach(r -> measured.add(Measured.of(r)));
    List<ResultRow> rows = new ArrayList<>();
    for (String c : cases) {
      long macs = KernelBenchmarks.macsPerOp("", Map.of(family.param, c));
      Measured fp32 = Measured.find(measured, family.fp32, family.param, c);
      Measured torch = Measured.find(measured, family.torch, family.param, c);
      TimingRows t = new TimingRows(context.runId(), family.archPrefix + c);
      for (Packed p : family.packed) {
        Measured packed = Measured.find(measured, family.method(p), family.param, c);
        rows.addAll(t.of(p.operator(), setting("bitpacked"), packed, p.binaryMacs() ? macs : 0,
            p.binaryMacs() ? 0 : macs));
        rows.addAll(t.speedUps(p.operator(), setting("bitpacked"), packed, fp32, torch));
      }
      rows.addAll(t.of("fp32", setting("fp32"), fp32, 0, macs));
      rows.addAll(t.of("fp32", setting("pytorch"), torch, 0, macs));
      rows.add(t.row("fp32", setting("fp32"), "speedup_vs_pytorch", torch.millis() / fp32.millis(), "x", true));
    }
    return rows;
  }

  private static String setting(String impl) {
    return "impl=" + impl + ",batch=1,threads=1";
  }
}
