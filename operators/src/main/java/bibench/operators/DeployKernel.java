package bibench.operators;

/**
 * The kind of inference kernel an operator's binarized layers need once trained: what the
 * deployment converter must provide to run them. The converter says "unsupported" (naming this)
 * for a kind it has no kernel for, rather than running the layers on the wrong one.
 */
public enum DeployKernel {
  /** Full-precision layers: the FP32 kernels. */
  FLOAT32("FP32 kernels"),
  /** 1-bit weights times 1-bit activations: XNOR and popcount, scales folded per channel. */
  XNOR_POPCOUNT("1-bit x 1-bit: XNOR/popcount"),
  /**
   * Ternary weights times 1-bit activations: two bit planes (mask, sign), dot = 2 popcount(mask
   * &amp; ~(a ^ s)) - popcount(mask).
   */
  TERNARY_BINARY("ternary x 1-bit: mask and sign planes, 2 popcount(m & ~(a ^ s)) - popcount(m)"),
  /** Ternary weights times 8-bit activations (BitNet b1.58's W1.58A8). */
  TERNARY_INT8("ternary x int8"),
  /** 1-bit weights times 1-bit activations plus a sparse int8 correction of the salient weights. */
  PARTIAL_BINARY("1-bit x 1-bit plus a sparse int8 correction of the salient weights");

  private final String description;

  DeployKernel(String description) {
    this.description = description;
  }

  /** One line for messages and tables. */
  public String description() {
    return description;
  }
}
