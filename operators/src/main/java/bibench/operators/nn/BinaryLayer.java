package bibench.operators.nn;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import bibench.operators.BinaryOperator;
import bibench.operators.LayerBinarizer;
import bibench.operators.LayerGeometry;
import bibench.operators.LayerKind;
import bibench.operators.quant.Initializers;
import bibench.operators.LayerContext;
import bibench.operators.OutputScale;
import bibench.operators.quant.Tensors;
import java.util.Objects;

/**
 * A layer binarized by any {@link BinaryOperator}: Y = scale(product(activations(X), weights(W))) +
 * bias, where product is a matrix product or a convolution. One class per layer kind ({@link
 * BinaryLinear}, {@link BinaryConv1d}, {@link BinaryConv2d}) serves every operator; the operator
 * supplies the quantizers and learnable extras through {@link BinaryOperator#newLayer}. With the
 * {@code fp32} operator this is an ordinary full-precision layer, which is how the layers that
 * BiBench keeps in full precision are built.
 */
public abstract class BinaryLayer extends AbstractBlock {
  private static final byte VERSION = 1;

  private final BinaryOperator operator;
  private final LayerKind kind;
  private final int outChannels;
  private final boolean hasBias;
  private final LayerBinarizer binarizer;
  private final Parameter weight;
  private final Parameter bias;
  private LayerGeometry geometry;

  protected BinaryLayer(LayerKind kind, BinaryOperator operator, int outChannels, boolean hasBias) {
    super(VERSION);
    this.kind = kind;
    this.operator = Objects.requireNonNull(operator, "operator: call setOperator");
    if (outChannels <= 0) {
      throw new IllegalArgumentException("output channels must be positive, got " + outChannels);
    }
    this.outChannels = outChannels;
    this.hasBias = hasBias;
    this.binarizer = operator.newLayer(kind);
    weight = addParameter(Parameter.builder()
        .setName("weight")
        .setType(Parameter.Type.WEIGHT)
        .optInitializer(Initializers.FAN_IN_UNIFORM)
        .build());
    bias = hasBias
        ? addParameter(Parameter.builder().setName("bias").setType(Parameter.Type.BIAS).build())
        : null;
    for (Parameter extra : binarizer.parameters()) {
      addParameter(extra);
    }
  }

  /** The operator that binarizes this layer. */
  public BinaryOperator operator() {
    return operator;
  }

  /** The layer kind. */
  public LayerKind kind() {
    return kind;
  }

  /** Output channels (features). */
  public int outChannels() {
    return outChannels;
  }

  /** Whether the layer adds a bias. */
  public boolean hasBias() {
    return hasBias;
  }

  /** The quantizers and extras of this layer. */
  public LayerBinarizer binarizer() {
    return binarizer;
  }

  /** The latent weight parameter. */
  public Parameter weight() {
    return weight;
  }

  /** The bias parameter, or null. */
  public Parameter bias() {
    return bias;
  }

  /** The geometry, known once the layer has seen its input shape. */
  public LayerGeometry geometry() {
    if (geometry == null) {
      if (inputShapes == null) {
        throw new IllegalStateException("layer not initialized yet: its geometry is unknown");
      }
      geometry = geometryFor(inputShapes[0]);
    }
    return geometry;
  }

  /** The geometry this layer takes on for an input of this shape (no initialization needed). */
  public abstract LayerGeometry geometryFor(Shape input);

  /** The weight shape for the given geometry. */
  protected abstract Shape weightShape(LayerGeometry geometry);

  /** The binary product of quantized activations and weights, with an optional bias. */
  protected abstract NDArray product(NDArray x, NDArray w, NDArray biasOrNull);

  @Override
  protected void prepare(Shape[] inputShapes) {
    geometry = geometryFor(inputShapes[0]);
    weight.setShape(weightShape(geometry));
    if (bias != null) {
      bias.setShape(new Shape(outChannels));
      bias.setInitializer(Initializers.biasFor(geometry.fanIn()));
    }
    binarizer.prepare(geometry);
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray x = inputs.singletonOrThrow();
    Context context = new Context(store, x.getDevice(), x.getManager(), training, geometry());
    NDArray xq = binarizer.activations().quantize(x, context);
    NDArray wq = binarizer.weights().quantize(context.value(weight), context);
    boolean biasInProduct = binarizer.output() == OutputScale.NONE;
    NDArray b = bias == null ? null : context.value(bias);
    NDArray y = product(xq, wq, biasInProduct ? b : null);
    y = binarizer.output().scale(y, context);
    if (b != null && !biasInProduct) {
      int ndim = y.getShape().dimension();
      int axis = kind.channelAxis(ndim);
      y = y.add(b.reshape(Tensors.alongAxis(ndim, axis, outChannels)));
    }
    return new NDList(y);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {outputShape(inputShapes[0])};
  }

  /** The output shape for an input shape. */
  protected abstract Shape outputShape(Shape input);

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + operator.id() + ", out=" + outChannels + "]";
  }

  /** The per-call view of this layer that its quantizers see. */
  private static final class Context implements LayerContext {
    private final ParameterStore store;
    private final Device device;
    private final NDManager manager;
    private final boolean training;
    private final LayerGeometry geometry;

    Context(ParameterStore store, Device device, NDManager manager, boolean training, LayerGeometry geometry) {
      this.store = store;
      this.device = device;
      this.manager = manager;
      this.training = training;
      this.geometry = geometry;
    }

    @Override
    public boolean training() {
      return training;
    }

    @Override
    public LayerGeometry geometry() {
      return geometry;
    }

    @Override
    public NDManager manager() {
      return manager;
    }

    @Override
    public NDArray value(Parameter parameter) {
      return Tensors.intoManager(store.getValue(parameter, device, training), manager);
    }
  }
}
