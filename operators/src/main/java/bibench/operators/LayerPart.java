package bibench.operators;

import ai.djl.nn.Parameter;
import java.util.List;

/**
 * A piece of one layer's binarization (its weight quantizer, activation quantizer or output scale)
 * that may own learnable parameters. A fresh part is made for every layer.
 */
public interface LayerPart {

  /** The learnable parameters this part adds to its layer (names unique within the layer). */
  default List<Parameter> parameters() {
    return List.of();
  }

  /**
   * The parameters that remain in the deployed (inference) model; by default all of them. FDA's
   * noise-adaptation MLPs are training-only and vanish at deployment.
   */
  default List<Parameter> deployedParameters() {
    return parameters();
  }

  /** Sets the shapes of {@link #parameters()} once the layer knows its geometry. */
  default void prepare(LayerGeometry geometry) {}
}
