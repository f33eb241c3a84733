package bibench.models;

import ai.djl.nn.Block;
import bibench.operators.BinaryOperator;

/**
 * A network architecture that can be built with any binarized operator, keeping BiBench's
 * full-precision policy: the first layer, the classifier head, downsampling shortcuts and every
 * BatchNorm stay FP32; every other convolution or linear layer is binarized by the operator; the
 * activations are ReLU for the FP32 model and Hardtanh for a binarized one.
 */
public interface Architecture {

  /** The short id used in suites and result rows, such as {@code resnet20}. */
  String id();

  /** The family the neural-architecture track files it under. */
  Family family();

  /** One line on what it is and where it comes from. */
  String description();

  /** A fresh, uninitialized model. */
  Block build(BinaryOperator operator, ModelSpec spec);
}
