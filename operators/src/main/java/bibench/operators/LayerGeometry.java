package bibench.operators;

import java.util.Arrays;

/**
 * What an operator needs to know about the layer it binarizes, fixed once the layer has seen its
 * input shape.
 *
 * @param kind linear, conv1d or conv2d
 * @param inChannels input channels (input features for a linear layer)
 * @param outChannels output channels (output features)
 * @param groups convolution groups (1 for linear)
 * @param kernel kernel size per spatial axis (empty for linear)
 * @param outSpatial output size per spatial axis: {H_out, W_out}, {L_out}, or empty for linear
 */
public record LayerGeometry(
    LayerKind kind, int inChannels, int outChannels, int groups, int[] kernel, int[] outSpatial) {

  public LayerGeometry {
    kernel = kernel.clone();
    outSpatial = outSpatial.clone();
    if (kernel.length != kind.spatialDims() || outSpatial.length != kind.spatialDims()) {
      throw new IllegalArgumentException(kind + " needs " + kind.spatialDims() + " spatial sizes");
    }
    if (inChannels <= 0 || outChannels <= 0 || groups <= 0 || inChannels % groups != 0) {
      throw new IllegalArgumentException(
          "bad channels: in=" + inChannels + " out=" + outChannels + " groups=" + groups);
    }
  }

  /** Number of weights feeding one output channel: C_in / groups * prod(kernel). */
  public int fanIn() {
    int d = inChannels / groups;
    for (int k : kernel) {
      d *= k;
    }
    return d;
  }

  @Override
  public int[] kernel() {
    return kernel.clone();
  }

  @Override
  public int[] outSpatial() {
    return outSpatial.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LayerGeometry g
        && kind == g.kind
        && inChannels == g.inChannels
        && outChannels == g.outChannels
        && groups == g.groups
        && Arrays.equals(kernel, g.kernel)
        && Arrays.equals(outSpatial, g.outSpatial);
  }

  @Override
  public int hashCode() {
    return ((kind.hashCode() * 31 + inChannels) * 31 + outChannels) * 31
        + groups + Arrays.hashCode(kernel) * 7 + Arrays.hashCode(outSpatial);
  }

  @Override
  public String toString() {
    return kind + "[in=" + inChannels + ", out=" + outChannels + ", groups=" + groups
        + ", kernel=" + Arrays.toString(kernel) + ", outSpatial=" + Arrays.toString(outSpatial) + "]";
  }
}
