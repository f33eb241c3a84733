package bibench.operators.nn;

import bibench.operators.LayerKind;

/**
 * A 1-D convolution binarized by any operator, on inputs (N, C, L), with weights (C_out, C_in /
 * groups, k). See {@link BinaryLayer} and {@link BinaryConvolution}.
 */
public final class BinaryConv1d extends BinaryConvolution {

  private BinaryConv1d(Builder builder) {
    super(LayerKind.CONV1D, builder);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BinaryConv1d}. */
  public static final class Builder extends ConvBuilder<Builder> {
    private Builder() {}

    /** The layer. */
    public BinaryConv1d build() {
      return new BinaryConv1d(this);
    }
  }
}
