package bibench.operators;

/**
 * A binarization operator: the plug-in every BiBench-J track varies.
 *
 * <p>An operator decides, for every binarized layer, how the input activations and the latent real
 * weights become binary values (forward) and which surrogate gradient flows back (backward), how the
 * binary product is rescaled, which learnable extras it trains, how it changes over the epochs, and
 * what it costs at deployment. It does so through three plug points made fresh for each layer by
 * {@link #newLayer(LayerKind)}: a weight quantizer, an activation quantizer and an output scale.
 *
 * <p>An operator instance belongs to one model: its epoch hook ({@link #onEpoch}) moves state such as
 * ReCU's tau or FDA's Fourier terms, which all of that model's layers read. Get instances from
 * {@link Operators#create(String)}.
 *
 * <p>To add an operator: write one class implementing this interface with a public no-argument
 * constructor, and add its name to {@code
 * META-INF/services/bibench.operators.BinaryOperator}.
 */
public interface BinaryOperator {

  /** The short id used in suites, result rows and on the command line, such as {@code bnn}. */
  String id();

  /** The operator's usual name, such as {@code XNOR-Net}. */
  String displayName();

  /** The paper that introduced it: authors, year and arXiv id. */
  String reference();

  /** True for binarized operators, false for the full-precision reference. */
  default boolean binary() {
    return true;
  }

  /** Fresh quantizers (and learnable extras) for one layer of the given kind. */
  LayerBinarizer newLayer(LayerKind kind);

  /**
   * Called at the start of every binarized training epoch {@code epoch} (0-based) of {@code epochs}.
   * The default does nothing.
   */
  default void onEpoch(int epoch, int epochs) {}

  /** The floating-point work that remains at inference once per-channel scales have folded. */
  default ExtraFpPass extraFpPass() {
    return ExtraFpPass.NONE;
  }
}
