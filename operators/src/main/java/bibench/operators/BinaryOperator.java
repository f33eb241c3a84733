package bibench.operators;

import bibench.BadInputException;
import java.util.Map;

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
 * <p>Options: an operator id may carry options, {@code id:key=value[:key=value...]}, such as
 * {@code pbllm:p=0.2}; {@link Operators#create} hands them to {@link #configure}. The option {@code
 * attention=<step|sab|softmax>} works for every operator (it picks the attention binarizer of the
 * Transformer architectures; see {@link #attention()}).
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

  /**
   * How a Transformer built with this operator computes its self-attention: BiBench's binary step
   * for a binarized operator, softmax for FP32. Architectures without attention never ask.
   */
  default AttentionBinarizer attention() {
    return AttentionBinarizer.byId(binary() ? "step" : "softmax");
  }

  /**
   * True for an operator that differs from another only in its attention (such as {@code bivit},
   * or any operator given {@code attention=...}): on an architecture without attention it would
   * repeat that operator's numbers, so the tracks mark it not applicable there.
   */
  default boolean attentionOnly() {
    return false;
  }

  /** The kind of inference kernel the trained layers need: XNOR/popcount for a binarized operator. */
  default DeployKernel deployKernel() {
    return binary() ? DeployKernel.XNOR_POPCOUNT : DeployKernel.FLOAT32;
  }

  /**
   * This operator with {@code options} applied (from an id such as {@code pbllm:p=0.2}); its
   * {@link #id()} must then name them, so that result rows tell the settings apart. The default
   * takes no options.
   *
   * @throws BadInputException for an option the operator does not know or a bad value
   */
  default BinaryOperator configure(Map<String, String> options) {
    if (!options.isEmpty()) {
      throw new BadInputException("operator " + id() + " takes no option " + options.keySet(),
          "drop the options after '" + id() + "' (only attention=step|sab|softmax works for every operator)");
    }
    return this;
  }
}
