package bibench.complexity;

import java.util.List;

/**
 * The theoretical cost of one model's deployed graph for one sample (BiBench's track 5): its
 * counted layers and their totals. Binarized parameters count 1/32 of an FP one in {@link
 * #effectiveParams()} and binary MACs 1/64 of an FP one in {@link #effectiveMacs()}, BiBench's
 * convention (one 64-bit XNOR and popcount does 64 binary MACs). Made by {@link
 * ComplexityCounter}.
 */
public final class ModelComplexity {
  private final List<LayerCost> layers;

  /** @param layers the counted layers, in forward order */
  public ModelComplexity(List<LayerCost> layers) {
    this.layers = List.copyOf(layers);
  }

  /** The counted layers, in forward order. */
  public List<LayerCost> layers() {
    return layers;
  }

  /** 1-bit parameters: the binarized weights. */
  public long binaryParams() {
    return layers.stream().mapToLong(LayerCost::binaryParams).sum();
  }

  /** 32-bit parameters: everything else, BatchNorm and the operator's scales included. */
  public long fpParams() {
    return layers.stream().mapToLong(LayerCost::fpParams).sum();
  }

  /** All parameters, 1-bit and 32-bit. */
  public long params() {
    return binaryParams() + fpParams();
  }

  /** 1-bit multiply-accumulates. */
  public long binaryMacs() {
    return layers.stream().mapToLong(LayerCost::binaryMacs).sum();
  }

  /** 32-bit multiply-accumulates, the operator's extra FP work included. */
  public long fpMacs() {
    return layers.stream().mapToLong(LayerCost::fpMacs).sum();
  }

  /** The operator's extra FP work at inference alone (part of {@link #fpMacs()}). */
  public long extraFpMacs() {
    return layers.stream().mapToLong(LayerCost::extraFpMacs).sum();
  }

  /** All multiply-accumulates, 1-bit and 32-bit. */
  public long macs() {
    return binaryMacs() + fpMacs();
  }

  /** Storage in bytes: 1-bit parameters / 8 + 32-bit parameters * 4. */
  public double memoryBytes() {
    return binaryParams() / 8.0 + fpParams() * 4.0;
  }

  /** Parameters in FP32 units: 1-bit parameters / 32 + 32-bit parameters. */
  public double effectiveParams() {
    return binaryParams() / 32.0 + fpParams();
  }

  /** MACs in FP32 units: 1-bit MACs / 64 + 32-bit MACs. */
  public double effectiveMacs() {
    return binaryMacs() / 64.0 + fpMacs();
  }

  @Override
  public String toString() {
    return "ModelComplexity[params " + binaryParams() + " 1-bit + " + fpParams() + " 32-bit, MACs " + binaryMacs()
        + " 1-bit + " + fpMacs() + " 32-bit (extra " + extraFpMacs() + "), " + layers.size() + " layers]";
  }
}
