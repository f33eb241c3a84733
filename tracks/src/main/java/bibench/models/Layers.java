package bibench.models;

import ai.djl.nn.Block;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.LayerNorm;
import bibench.BadInputException;
import bibench.models.blocks.ActivationBlock;
import bibench.operators.BinaryOperator;
import bibench.operators.Operators;
import bibench.operators.nn.BinaryConv1d;
import bibench.operators.nn.BinaryConv2d;
import bibench.operators.nn.BinaryLinear;
import java.util.Arrays;

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

  static Block conv2d(BinaryOperator op, int out, int kernel, int stride, int padding, boolean bias) {
    return BinaryConv2d.builder().setOperator(op).setFilters(out).setKernelShape(kernel, kernel)
        .optStride(stride, stride).optPadding(padding, padding).optBias(bias).build();
  }

  static Block conv1d(BinaryOperator op, int out, int kernel, int padding, int groups, boolean bias) {
    return BinaryConv1d.builder().setOperator(op).setFilters(out).setKernelShape(kernel)
        .optPadding(padding).optGroups(groups).optBias(bias).build();
  }

  static Block conv1d(BinaryOperator op, int out, int kernel, int stride, int padding, int groups) {
    return BinaryConv1d.builder().setOperator(op).setFilters(out).setKernelShape(kernel)
        .optStride(stride).optPadding(padding).optGroups(groups).build();
  }

  static Block linear(BinaryOperator op, int units, boolean bias) {
    return BinaryLinear.builder().setOperator(op).setUnits(units).optBias(bias).build();
  }

  /** A linear layer typed as such, for blocks that take their dense layers as arguments. */
  static BinaryLinear dense(BinaryOperator op, int units, boolean bias) {
    return BinaryLinear.builder().setOperator(op).setUnits(units).optBias(bias).build();
  }

  /** An FP32 LayerNorm over {@code axis} (BERT's, epsilon 1e-12). */
  static Block layerNorm(int axis) {
    return LayerNorm.builder().axis(axis).optEpsilon(1e-12f).build();
  }

  /**
   * The sample shape of {@code spec}, checked to have {@code rank} axes.
   *
   * @throws BadInputException naming the architecture and the shape it needs
   */
  static int[] sampleShape(ModelSpec spec, String architecture, int rank, String expected) {
    int[] shape = spec.sampleShape();
    if (shape.length != rank || Arrays.stream(shape).anyMatch(d -> d < 1)) {
      throw new BadInputException(
          "architecture '" + architecture + "' needs samples of shape " + expected + ", the task gives "
              + Arrays.toString(shape),
          "pick an architecture made for this task's data (see `bibench list`)");
    }
    return shape;
  }

  static Block batchNorm() {
    return BatchNorm.builder().build();
  }

  static Block activation(BinaryOperator op) {
    return ActivationBlock.forOperator(op);
  }
}
