package bibench.complexity;

import bibench.models.Architecture;
import bibench.models.ModelSpec;
import bibench.operators.BinaryOperator;
import bibench.operators.Operators;
import java.util.Locale;
import java.util.Objects;

/**
 * A per-layer summary of a binarized model in the manner of Larq's {@code models.summary()}: every
 * layer in forward order (activations and pooling too, at no cost), with its weight and input
 * precision, output shape, 1-bit, low-bit and 32-bit parameters, memory and MACs; then Larq's
 * totals (total, trainable and non-trainable parameters, model size, model size with 8-bit FP
 * weights, the FP32 equivalent and its ratio, MACs and the share of them that are binarized); then
 * the model beside the FP32 model with BiBench's r_c, r_s and O_comp. Counts are for one sample, by
 * {@link ComplexityCounter}'s rules, which the notes repeat.
 */
public final class ModelSummary {
  private static final String NOTES = """
      Notes:
      - Counted for one sample on the deployed (inference) graph; trainable and non-trainable \
      parameters are the training model's (BatchNorm's running statistics and PB-LLM's frozen salient \
      weights are non-trainable; they fold or are counted with the weights at deployment).
      - memory = stored bits / 8: 1 bit per binarized weight, 1.6 per ternary weight (five to a byte), \
      8 per int8 weight plus PB-LLM's indices, 32 per other parameter. With 8-bit FP weights: every \
      32-bit parameter at 8 bits (Larq's second size).
      - A MAC of b_w-bit weights and b_a-bit activations counts b_w * b_a / 64 of an FP32 MAC (binary \
      1/64, ternary x binary 2/64, ternary x int8 16/64), 1 with a 32-bit operand. r_c = FP32 params / \
      (stored bits / 32); r_s = FP32 MACs / MACs in FP32 units; O_comp = qmean(r_c, r_s).
      - 32-bit params include biases, BatchNorm and LayerNorm gamma and beta (2 per channel) and the \
      operator's inference-time scales; FDA's training-only noise MLPs are not counted.
      - 32-bit MACs include the operator's extra FP work at inference (XNOR-Net's input scale, XNOR++'s \
      spatial factors, BitNet's per-token activation scale).
      - Not counted as MACs: BatchNorm, activations, pooling, residual, bias and position additions, \
      attention scaling, masking and softmax, step or threshold.
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

  /** Model size in bytes with every 32-bit parameter stored at 8 bits (Larq's second size). */
  public double bytesWithInt8Fp() {
    return (model.storageBits() - 24.0 * model.fpParams()) / 8;
  }

  /** The summary as Markdown: a heading, the per-layer table, Larq's totals, the FP32 comparison, notes. */
  public String markdown() {
    StringBuilder out = new StringBuilder("### Model summary: ").append(title).append("\n\n");
    out.append(layerTable().render()).append('\n');
    out.append(larqTotals().render()).append('\n');
    out.append(comparison().render()).append('\n');
    out.append(NOTES);
    return out.toString();
  }

  private MarkdownTable layerTable() {
    MarkdownTable layers = new MarkdownTable("layer", ">weight bits", ">input bits", "output shape", ">1-bit params",
        ">low-bit params", ">32-bit params", ">memory (KiB)", ">1-bit MACs", ">low-bit MACs", ">32-bit MACs");
    for (LayerCost c : model.layers()) {
      String name = c.path().isEmpty() ? c.type() : c.path() + " " + c.type();
      layers.row(name, c.weightPrecision().isEmpty() ? "-" : c.weightPrecision(),
          c.inputBits() == 0 ? "-" : Integer.toString(c.inputBits()), shape(c.outputShape()),
          count(c.binaryParams()), count(c.lowBitParams()), count(c.fpParams()), kib(c.memoryBytes()),
          count(c.binaryMacs()), count(c.lowBitMacs()), count(c.fpMacs()));
    }
    layers.row("total", "", "", "", count(model.binaryParams()), count(model.lowBitParams()),
        count(model.fpParams()), kib(model.memoryBytes()), count(model.binaryMacs()), count(model.lowBitMacs()),
        count(model.fpMacs()));
    return layers;
  }

  private MarkdownTable larqTotals() {
    double fp32Equivalent = model.params() * 4.0;
    MarkdownTable t = new MarkdownTable(operatorId + " summary", ">value");
    t.row("Total params", count(model.params()));
    t.row("Trainable params (training model)", count(model.trainableParams()));
    t.row("Non-trainable params (training model)", count(model.nonTrainableParams()));
    t.row("Model size", kib(model.memoryBytes()) + " KiB");
    t.row("Model size (8-bit FP weights)", kib(bytesWithInt8Fp()) + " KiB");
    t.row("Float-32 equivalent", kib(fp32Equivalent) + " KiB");
    t.row("Compression ratio of memory", ratio(model.memoryBytes() / fp32Equivalent));
    t.row("Number of MACs", count(model.macs()));
    t.row("Ratio of MACs that are binarized", String.format(Locale.ROOT, "%.4f", model.binarizedMacShare()));
    return t;
  }

  private MarkdownTable comparison() {
    ComplexityRatios r = ratios();
    MarkdownTable t = new MarkdownTable("total", ">" + operatorId, ">fp32", ">fp32 / " + operatorId);
    t.row("1-bit params", count(model.binaryParams()), count(fp32.binaryParams()), "");
    t.row("low-bit params", count(model.lowBitParams()), count(fp32.lowBitParams()), "");
    t.row("32-bit params", count(model.fpParams()), count(fp32.fpParams()), "");
    t.row("params", count(model.params()), count(fp32.params()), "");
    t.row("memory (KiB)", kib(model.memoryBytes()), kib(fp32.memoryBytes()), ratio(r.compression()) + " (r_c)");
    t.row("1-bit MACs", count(model.binaryMacs()), count(fp32.binaryMacs()), "");
    t.row("low-bit MACs", count(model.lowBitMacs()), count(fp32.lowBitMacs()), "");
    t.row("32-bit MACs", count(model.fpMacs()), count(fp32.fpMacs()), "");
    t.row("extra FP MACs (in 32-bit)", count(model.extraFpMacs()), count(fp32.extraFpMacs()), "");
    t.row("MACs in FP32 units", decimal(model.effectiveMacs()), decimal(fp32.effectiveMacs()),
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
