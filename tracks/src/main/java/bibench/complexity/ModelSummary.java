package bibench.complexity;

import bibench.models.Architecture;
import bibench.models.ModelSpec;
import bibench.operators.BinaryOperator;
import bibench.operators.Operators;
import java.util.Locale;
import java.util.Objects;

/**
 * A per-layer summary of a binarized model in the manner of Larq's {@code models.summary()}: for
 * every counted layer its input precision, output shape, 1-bit and 32-bit parameters, memory and
 * 1-bit and 32-bit MACs; then the model's totals beside the FP32 model's, with the memory ratio
 * (r_c) and the MAC ratio (r_s) and O_comp. Counts are for one sample, by {@link
 * ComplexityCounter}'s rules, which the notes under the tables repeat.
 */
public final class ModelSummary {
  private static final String NOTES = """
      Notes:
      - Counted for one sample on the deployed (inference) graph.
      - memory = 1-bit params / 8 + 32-bit params * 4 bytes. r_c = FP32 params / (1-bit params / 32 + \
      32-bit params), the memory ratio; r_s = FP32 MACs / (1-bit MACs / 64 + 32-bit MACs); \
      O_comp = qmean(r_c, r_s).
      - 32-bit params include biases, BatchNorm and LayerNorm gamma and beta (2 per channel; BatchNorm's \
      running statistics fold into them) and the operator's inference-time scales; FDA's training-only \
      noise MLPs are not counted.
      - 32-bit MACs include the operator's extra FP work at inference (XNOR-Net's input scale, XNOR++'s \
      spatial factors).
      - Not counted as MACs: BatchNorm, activations, pooling, residual, bias and position additions, \
      attention scaling, masking and softmax or step.
      """;
  private final String title;
  private final String operatorId;
  private final ModelComplexity model;
  private final ModelComplexity fp32;

  /**
   * @param title the heading, such as {@code resnet18 with bnn at 32x32x3}
   * @param operatorId the operator the model was built with
   * @param model the counted model
   * @param fp32 the FP32 model of the same architecture and input
   */
  public ModelSummary(String title, String operatorId, ModelComplexity model, ModelComplexity fp32) {
    this.title = Objects.requireNonNull(title, "title");
    this.operatorId = Objects.requireNonNull(operatorId, "operatorId");
    this.model = Objects.requireNonNull(model, "model");
    this.fp32 = Objects.requireNonNull(fp32, "fp32");
  }

  /** Counts {@code arch} built with {@code op} and with FP32 for {@code spec}, and summarizes. */
  public static ModelSummary of(Architecture arch, BinaryOperator op, ModelSpec spec) {
    ModelComplexity model = ComplexityCounter.count(arch, op, spec);
    ModelComplexity reference = op.binary() ? ComplexityCounter.count(arch, Operators.create("fp32"), spec) : model;
    String input = ComplexityPlan.describeInput(spec.sampleShape(), spec.vocabularySize());
    return new ModelSummary(arch.id() + " with " + op.id() + " at " + input, op.id(), model, reference);
  }

  /** The counted model. */
  public ModelComplexity model() {
    return model;
  }

  /** The FP32 model it is compared with. */
  public ModelComplexity fp32() {
    return fp32;
  }

  /** r_c, r_s and O_comp of the model against the FP32 model. */
  public ComplexityRatios ratios() {
    return ComplexityRatios.of(model, fp32);
  }

  /** The summary as Markdown: a heading, the per-layer table, the totals table and notes. */
  public String markdown() {
    StringBuilder out = new StringBuilder("### Model summary: ").append(title).append("\n\n");
    MarkdownTable layers = new MarkdownTable("layer", ">input bits", "output shape", ">1-bit params",
        ">32-bit params", ">memory (KiB)", ">1-bit MACs", ">32-bit MACs");
    for (LayerCost c : model.layers()) {
      String name = c.path().isEmpty() ? c.type() : c.path() + " " + c.type();
      layers.row(name, Integer.toString(c.inputBits()), shape(c.outputShape()), count(c.binaryParams()),
          count(c.fpParams()), kib(c.memoryBytes()), count(c.binaryMacs()), count(c.fpMacs()));
    }
    layers.row("total", "", "", count(model.binaryParams()), count(model.fpParams()), kib(model.memoryBytes()),
        count(model.binaryMacs()), count(model.fpMacs()));
    out.append(layers.render()).append('\n');
    out.append(totals().render()).append('\n');
    out.append(NOTES);
    return out.toString();
  }

  private MarkdownTable totals() {
    ComplexityRatios r = ratios();
    MarkdownTable t = new MarkdownTable("total", ">" + operatorId, ">fp32", ">fp32 / " + operatorId);
    t.row("1-bit params", count(model.binaryParams()), count(fp32.binaryParams()), "");
    t.row("32-bit params", count(model.fpParams()), count(fp32.fpParams()), "");
    t.row("params", count(model.params()), count(fp32.params()), "");
    t.row("memory (KiB)", kib(model.memoryBytes()), kib(fp32.memoryBytes()), ratio(r.compression()) + " (r_c)");
    t.row("1-bit MACs", count(model.binaryMacs()), count(fp32.binaryMacs()), "");
    t.row("32-bit MACs", count(model.fpMacs()), count(fp32.fpMacs()), "");
    t.row("extra FP MACs (in 32-bit)", count(model.extraFpMacs()), count(fp32.extraFpMacs()), "");
    t.row("MACs, 1-bit at 1/64", decimal(model.effectiveMacs()), decimal(fp32.effectiveMacs()),
        ratio(r.speedup()) + " (r_s)");
    t.row("O_comp", "", "", ratio(r.overall()));
    return t;
  }

  private static String shape(long[] dims) {
    StringBuilder s = new StringBuilder("(-1");
    for (long d : dims) {
      s.append(", ").append(d);
    }
    return s.append(')').toString();
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String kib(double bytes) {
    return String.format(Locale.ROOT, "%,.2f", bytes / 1024);
  }

  private static String decimal(double v) {
    return String.format(Locale.ROOT, "%,.1f", v);
  }

  private static String ratio(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  @Override
  public String toString() {
    return "ModelSummary[" + title + "]";
  }
}
