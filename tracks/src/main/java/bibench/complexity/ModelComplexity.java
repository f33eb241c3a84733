package bibench.complexity;

import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * The theoretical cost of one model's deployed graph for one sample (BiBench's track 5): its nodes
 * in forward order and their totals. Parameters count in FP32 units by their storage ({@link
 * #effectiveParams()} = storage bits / 32: a 1-bit parameter weighs 1/32, a ternary one 1.6/32);
 * MACs by the widths of their operands ({@link #effectiveMacs()}: b_w b_a / 64 each, so a binary
 * MAC weighs 1/64, BiBench's convention). Made by {@link ComplexityCounter}.
 */
public final class ModelComplexity {
  private final List<LayerCost> layers;

  /** @param layers the nodes, in forward order (free ones included) */
  public ModelComplexity(List<LayerCost> layers) {
    this.layers = List.copyOf(layers);
  }

  /** Every node, in forward order, parameter-free ones (activations, pooling) included. */
  public List<LayerCost> layers() {
    return layers;
  }

  /** The nodes that hold parameters or do MACs. */
  public List<LayerCost> countedLayers() {
    return layers.stream().filter(c -> !c.free()).toList();
  }

  private long sum(ToLongFunction<LayerCost> f) {
    return layers.stream().mapToLong(f).sum();
  }

  private double sumDouble(ToDoubleFunction<LayerCost> f) {
    return layers.stream().mapToDouble(f).sum();
  }

  /** 1-bit parameters: the binarized weights. */
  public long binaryParams() {
    return sum(LayerCost::binaryParams);
  }

  /** Parameters between 1 and 32 bits: ternary and 8-bit weights. */
  public long lowBitParams() {
    return sum(LayerCost::lowBitParams);
  }

  /** 32-bit parameters: everything else, BatchNorm and the operator's scales included. */
  public long fpParams() {
    return sum(LayerCost::fpParams);
  }

  /** All deployed parameters. */
  public long params() {
    return binaryParams() + lowBitParams() + fpParams();
  }

  /** Parameters the optimizer updates while training. */
  public long trainableParams() {
    return sum(c -> c.params().trainable());
  }

  /** Parameters kept but not updated while training (running statistics, frozen weights). */
  public long nonTrainableParams() {
    return sum(c -> c.params().nonTrainable());
  }

  /** Everything the deployed model stores, in bits. */
  public double storageBits() {
    return sumDouble(c -> c.params().storageBits());
  }

  /** 1-bit multiply-accumulates. */
  public long binaryMacs() {
    return sum(LayerCost::binaryMacs);
  }

  /** Low-bit multiply-accumulates (ternary or 8-bit operands). */
  public long lowBitMacs() {
    return sum(LayerCost::lowBitMacs);
  }

  /** 32-bit multiply-accumulates, the operator's extra FP work included. */
  public long fpMacs() {
    return sum(LayerCost::fpMacs);
  }

  /** The operator's extra FP work at inference alone (part of {@link #fpMacs()}). */
  public long extraFpMacs() {
    return sum(LayerCost::extraFpMacs);
  }

  /** All multiply-accumulates. */
  public long macs() {
    return binaryMacs() + lowBitMacs() + fpMacs();
  }

  /** The share of all MACs that are binary (1-bit x 1-bit), in [0, 1]. */
  public double binarizedMacShare() {
    long all = macs();
    return all == 0 ? 0 : (double) binaryMacs() / all;
  }

  /** Storage in bytes. */
  public double memoryBytes() {
    return storageBits() / 8;
  }

  /** Parameters in FP32 units: storage bits / 32. */
  public double effectiveParams() {
    return storageBits() / 32;
  }

  /** MACs in FP32 units: b_w b_a / 64 each (1/64 for a binary MAC, 1 with a 32-bit operand). */
  public double effectiveMacs() {
    return sumDouble(c -> c.macs().effective());
  }

  @Override
  public String toString() {
    return "ModelComplexity[params " + binaryParams() + " 1-bit + " + lowBitParams() + " low-bit + " + fpParams()
        + " 32-bit, MACs " + binaryMacs() + " 1-bit + " + lowBitMacs() + " low-bit + " + fpMacs() + " 32-bit (extra "
        + extraFpMacs() + "), " + layers.size() + " nodes]";
  }
}
