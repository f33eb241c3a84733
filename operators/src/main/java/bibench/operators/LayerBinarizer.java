package bibench.operators;

import ai.djl.nn.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The three plug points of one binarized layer, fresh for every layer (so each layer owns its
 * learnable extras): Y = scale(conv(activations(X), weights(W))) + bias.
 *
 * @param weights how the latent weights become binary weights
 * @param activations how the input becomes binary activations
 * @param output how the binary product is rescaled ({@link OutputScale#NONE} for most operators)
 */
public record LayerBinarizer(WeightQuantizer weights, ActivationQuantizer activations, OutputScale output) {

  public LayerBinarizer {
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(activations, "activations");
    Objects.requireNonNull(output, "output");
  }

  /** The three parts in the order weights, activations, output. */
  public List<LayerPart> parts() {
    return List.of(weights, activations, output);
  }

  /** Every learnable extra of the three parts. */
  public List<Parameter> parameters() {
    List<Parameter> all = new ArrayList<>();
    for (LayerPart part : parts()) {
      all.addAll(part.parameters());
    }
    return all;
  }

  /** Shapes every part's parameters for the given geometry. */
  public void prepare(LayerGeometry geometry) {
    for (LayerPart part : parts()) {
      part.prepare(geometry);
    }
  }
}
