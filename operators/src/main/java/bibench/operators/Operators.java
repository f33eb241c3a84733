package bibench.operators;

import bibench.BadInputException;
import bibench.Registry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds operators by short id (the built-in ones and any registered in {@code
 * META-INF/services/bibench.operators.BinaryOperator}), then by class name. Every call returns a
 * new instance, since an operator holds its model's epoch state.
 *
 * <p>An id may carry options after colons, {@code id:key=value[:key=value...]}: {@code pbllm:p=0.2}
 * keeps 20 % of the weights at 8 bits; {@code bnn:attention=sab} is BNN with BiViT's attention.
 * The option {@code attention} works for every operator; the others are the operator's own (see
 * {@link BinaryOperator#configure}). Ids carry no commas, so lists such as {@code --operators
 * bnn,pbllm:p=0.2} stay unambiguous.
 */
public final class Operators {
  private static final Registry<BinaryOperator> REGISTRY =
      new Registry<>("operator", BinaryOperator.class, BinaryOperator::id);

  /** BiBench's eight operators and the FP32 reference: what a suite runs when it names none. */
  private static final List<String> BIBENCH =
      List.of("bnn", "xnor", "dorefa", "bireal", "xnorpp", "react", "recu", "fda", "fp32");

  private Operators() {}

  /** The ids of every registered operator, in registration order. */
  public static List<String> ids() {
    return REGISTRY.ids();
  }

  /**
   * The operators of the BiBench paper (BNN, XNOR-Net, DoReFa, Bi-Real, XNOR++, ReActNet, ReCU,
   * FDA) and FP32, in BiBench's order: the default of a suite that names no operators. Operators of
   * later papers (BiPer, BitNet b1.58, PB-LLM, BiViT) and plug-ins run when a suite or the command
   * line names them.
   */
  public static List<String> bibenchIds() {
    return BIBENCH;
  }

  /** A new instance of every registered operator, in registration order. */
  public static List<BinaryOperator> all() {
    return REGISTRY.all();
  }

  /**
   * A new instance of the operator with this id (or class name), options applied.
   *
   * @throws BadInputException if no operator has that id (the message lists the known ids), or an
   *     option is unknown or malformed
   */
  public static BinaryOperator create(String idWithOptions) {
    if (idWithOptions == null || idWithOptions.isBlank()) {
      throw new BadInputException("empty operator id", "use one of: " + String.join(", ", ids()));
    }
    String[] parts = idWithOptions.split(":", -1);
    BinaryOperator operator = REGISTRY.create(parts[0]);
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 1; i < parts.length; i++) {
      int eq = parts[i].indexOf('=');
      if (eq <= 0 || eq == parts[i].length() - 1) {
        throw new BadInputException("operator '" + idWithOptions + "': option '" + parts[i] + "' is not key=value",
            "write options as id:key=value, such as pbllm:p=0.2");
      }
      String key = parts[i].substring(0, eq);
      if (options.put(key, parts[i].substring(eq + 1)) != null) {
        throw new BadInputException("operator '" + idWithOptions + "' sets option " + key + " twice",
            "give each option once");
      }
    }
    String attention = options.remove("attention");
    operator = options.isEmpty() ? operator : operator.configure(options);
    if (attention != null && !attention.equals(operator.attention().id())) {
      operator = new WithAttention(operator, AttentionBinarizer.byId(attention));
    }
    return operator;
  }
}
