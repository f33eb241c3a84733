package bibench.complexity;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import bibench.models.Architecture;
import bibench.models.ModelSpec;
import bibench.operators.BinaryOperator;

/**
 * Counts the theoretical cost of a model's deployed (inference) graph for one sample, as BiBench's
 * track 5 defines it, at any input size: the model is built but never run, and its weights are
 * never allocated (shapes are carried through the block tree; only the norm layers' few parameters
 * are made, on scratch memory, to read their size), so BERT-base or an ImageNet ResNet counts in
 * milliseconds.
 *
 * <p>What is counted, per layer:
 *
 * <ul>
 *   <li>1-bit parameters: the weights of every layer whose operator is binary, and a binarized word
 *       embedding table.
 *   <li>32-bit parameters: everything else: FP layers, biases, BatchNorm and LayerNorm gamma and
 *       beta (2 per channel: BatchNorm's running statistics fold into them), embedding tables, and
 *       the operator's inference-time scales (alpha per channel, XNOR++'s Gamma factors, ReCU's
 *       alpha, ReActNet's theta, a binarized table's row scales); never FDA's noise MLPs, which are
 *       gone at deployment (see {@link DeployedScales}).
 *   <li>1-bit MACs: convolutions and linear layers of binarized layers, and the attention products
 *       Q K^T and A V under the binary-step scoring.
 *   <li>32-bit MACs: FP layers, softmax attention products, and the operator's extra FP work
 *       ({@link bibench.operators.ExtraFpPass#extraOps}: XNOR-Net's input scale, a reduction over
 *       the input plus a multiply per output; XNOR++'s spatial factors, a multiply per output).
 *   <li>Not counted: BatchNorm and LayerNorm arithmetic, activations, pooling, residual and
 *       position additions, bias additions, the attention's scale, mask and softmax or step (they
 *       fold into a neighbouring multiply-add or are negligible).
 * </ul>
 */
public final class ComplexityCounter {
  private ComplexityCounter() {}

  /**
   * The cost of {@code arch} built with {@code op} for {@code spec}, for one sample.
   *
   * @throws bibench.BadInputException if the architecture cannot take the spec
   */
  public static ModelComplexity count(Architecture arch, BinaryOperator op, ModelSpec spec) {
    return count(arch.build(op, spec), batchOfOne(spec));
  }

  /**
   * The cost of a freshly built, uninitialized {@code model} for one input of {@code inputShape}
   * (batch axis first, of size 1). Norm layers are initialized on scratch memory to read their
   * size, so the model is for counting only: build another one to train or run.
   */
  static ModelComplexity count(Block model, Shape inputShape) {
    if (inputShape.get(0) != 1) {
      throw new IllegalArgumentException("count one sample: the batch axis must be 1, got " + inputShape);
    }
    try (NDManager scratch = NDManager.newBaseManager()) {
      BlockWalker walker = new BlockWalker(new LeafCosts(scratch));
      walker.visit(model, new Shape[] {inputShape}, "");
      return new ModelComplexity(walker.layers());
    }
  }

  /** The input shape (1, sample shape...) of one sample of {@code spec}. */
  static Shape batchOfOne(ModelSpec spec) {
    long[] dims = new long[spec.sampleShape().length + 1];
    dims[0] = 1;
    int[] sample = spec.sampleShape();
    for (int i = 0; i < sample.length; i++) {
      dims[i + 1] = sample[i];
    }
    return new Shape(dims);
  }
}
