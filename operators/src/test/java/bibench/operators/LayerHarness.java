package bibench.operators;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import bibench.operators.nn.BinaryConv1d;
import bibench.operators.nn.BinaryConv2d;
import bibench.operators.nn.BinaryLayer;
import bibench.operators.nn.BinaryLinear;

/** Builds, initializes and runs single binarized layers for the contract tests. */
final class LayerHarness {
  private LayerHarness() {}

  /** A 1x1 Conv2d (or Linear / Conv1d) with {@code in} inputs and {@code out} outputs, no bias. */
  static BinaryLayer pointwise(LayerKind kind, BinaryOperator op, int out) {
    return switch (kind) {
      case LINEAR -> BinaryLinear.builder().setOperator(op).setUnits(out).build();
      case CONV1D -> BinaryConv1d.builder().setOperator(op).setFilters(out).setKernelShape(1).build();
      case CONV2D -> BinaryConv2d.builder().setOperator(op).setFilters(out).setKernelShape(1, 1).build();
    };
  }

  /** A layer with stride 2, padding 1, groups 2, kernel 3 and a bias. */
  static BinaryLayer strided(LayerKind kind, BinaryOperator op, int out) {
    return switch (kind) {
      case LINEAR -> BinaryLinear.builder().setOperator(op).setUnits(out).optBias(true).build();
      case CONV1D -> BinaryConv1d.builder().setOperator(op).setFilters(out).setKernelShape(3)
          .optStride(2).optPadding(1).optGroups(2).optBias(true).build();
      case CONV2D -> BinaryConv2d.builder().setOperator(op).setFilters(out).setKernelShape(3, 3)
          .optStride(2, 2).optPadding(1, 1).optGroups(2).optBias(true).build();
    };
  }

  static void initialize(BinaryLayer layer, NDManager manager, Shape input) {
    layer.initialize(manager, DataType.FLOAT32, input);
  }

  static NDArray forward(BinaryLayer layer, NDManager manager, NDArray x, boolean training) {
    ParameterStore store = new ParameterStore(manager, false);
    NDList out = layer.forward(store, new NDList(x), training);
    return out.singletonOrThrow();
  }

  static void setValues(Parameter p, float[] values) {
    p.getArray().set(values);
  }

  static Parameter parameter(BinaryLayer layer, String name) {
    return layer.getDirectParameters().get(name);
  }

  /** A context over an initialized layer's own parameters, as the layer itself would build it. */
  static LayerContext context(BinaryLayer layer, NDManager manager, boolean training) {
    return new LayerContext() {
      @Override
      public boolean training() {
        return training;
      }

      @Override
      public LayerGeometry geometry() {
        return layer.geometry();
      }

      @Override
      public NDManager manager() {
        return manager;
      }

      @Override
      public NDArray value(Parameter parameter) {
        return parameter.getArray();
      }
    };
  }

  static Device cpu() {
    return Device.cpu();
  }
}
