package bibench.operators;

import bibench.Registry;
import java.util.List;

/**
 * Finds operators by short id (the nine built-in ones and any registered in {@code
 * META-INF/services/bibench.operators.BinaryOperator}), then by class name. Every call returns a
 * new instance, since an operator holds its model's epoch state.
 */
public final class Operators {
  private static final Registry<BinaryOperator> REGISTRY =
      new Registry<>("operator", BinaryOperator.class, BinaryOperator::id);

  private Operators() {}

  /** The ids of every registered operator, in registration order. */
  public static List<String> ids() {
    return REGISTRY.ids();
  }

  /** A new instance of every registered operator, in registration order. */
  public static List<BinaryOperator> all() {
    return REGISTRY.all();
  }

  /**
   * A new instance of the operator with this id (or class name).
   *
   * @throws bibench.BadInputException if no operator has that id; the message lists the known ids
   */
  public static BinaryOperator create(String idOrClassName) {
    return REGISTRY.create(idOrClassName);
  }
}
