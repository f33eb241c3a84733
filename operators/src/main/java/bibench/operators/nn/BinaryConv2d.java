package bibench.operators.nn;

import bibench.operators.LayerKind;

/**
 * A 2-D convolution binarized by any operator, on inputs (N, C, H, W), with weights (C_out, C_in /
 * groups, kH, kW). See {@link BinaryLayer} and {@link BinaryConvolution}.
 */
public final class BinaryConv2d extends BinaryConvolution {

  private BinaryConv2d(Builder builder) {
    super(LayerKind.CONV2D, builder);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BinaryConv2d}. */
  public static final class Builder extends ConvBuilder<Builder> {
    private Builder() {}

    /** The layer. */
    public BinaryConv2d build() {
      return new BinaryConv2d(this);
    }
  }
}
