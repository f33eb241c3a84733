package bibench.operators;

/**
 * The kinds of layer a binarized operator can run in. Each kind says which input axis holds the
 * channels (features) and which axes make up one sample, which is all an activation quantizer
 * needs to know about the layout.
 */
public enum LayerKind {
  /** A fully connected layer on inputs of shape (..., in): every leading axis is a row. */
  LINEAR(0),
  /** A 1-D convolution on inputs of shape (N, C, L). */
  CONV1D(1),
  /** A 2-D convolution on inputs of shape (N, C, H, W). */
  CONV2D(2);

  private final int spatialDims;

  LayerKind(int spatialDims) {
    this.spatialDims = spatialDims;
  }

  /** Number of spatial axes of the input: 0 for linear, 1 or 2 for convolutions. */
  public int spatialDims() {
    return spatialDims;
  }

  /** The channel (feature) axis of an input with {@code ndim} axes. */
  public int channelAxis(int ndim) {
    return this == LINEAR ? ndim - 1 : 1;
  }

  /**
   * The axes one "sample" reduces over for per-sample statistics (XNOR-Net's activation scale,
   * ReCU's activation standardisation): all non-batch axes for a convolution; the feature axis for
   * a linear layer, whose leading axes are all rows (tokens, for a Transformer).
   */
  public int[] sampleAxes(int ndim) {
    if (this == LINEAR) {
      return new int[] {ndim - 1};
    }
    int[] axes = new int[ndim - 1];
    for (int i = 1; i < ndim; i++) {
      axes[i - 1] = i;
    }
    return axes;
  }

  /** The axes of a weight tensor other than the output-channel axis 0. */
  public int[] weightChannelAxes() {
    int[] axes = new int[this == LINEAR ? 1 : spatialDims + 1];
    for (int i = 0; i < axes.length; i++) {
      axes[i] = i + 1;
    }
    return axes;
  }
}
