package bibench.models;

import ai.djl.nn.Block;
import ai.djl.nn.norm.BatchNorm;
import bibench.models.blocks.ActivationBlock;
import bibench.operators.BinaryOperator;
import bibench.operators.Operators;
import bibench.operators.nn.BinaryConv1d;
import bibench.operators.nn.BinaryConv2d;
import bibench.operators.nn.BinaryLinear;

/** Shorthands the architectures share, so each reads as its paper's diagram. */
final class Layers {
  private Layers() {}

  /** The full-precision operator, for the layers BiBench keeps FP. */
  static BinaryOperator fp32() {
    return Operators.create("fp32");
  }

  static Block conv2d(BinaryOperator op, int out, int kernel, int stride, int padding) {
    return BinaryConv2d.builder().setOperator(op).setFilters(out).setKernelShape(kernel, kernel)
        .optStride(stride, stride).optPadding(padding, padding).build();
  }

  static Block conv1d(BinaryOperator op, int out, int kernel, int stride, int padding, int groups) {
    return BinaryConv1d.builder().setOperator(op).setFilters(out).setKernelShape(kernel)
        .optStride(stride).optPadding(padding).optGroups(groups).build();
  }

  static Block linear(BinaryOperator op, int units, boolean bias) {
    return BinaryLinear.builder().setOperator(op).setUnits(units).optBias(bias).build();
  }

  static Block batchNorm() {
    return BatchNorm.builder().build();
  }

  static Block activation(BinaryOperator op) {
    return ActivationBlock.forOperator(op);
  }
}
