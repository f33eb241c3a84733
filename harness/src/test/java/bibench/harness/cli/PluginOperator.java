package bibench.harness.cli;

import bibench.operators.BinaryOperator;
import bibench.operators.LayerBinarizer;
import bibench.operators.LayerKind;
import bibench.operators.Operators;

/**
 * An operator that no services file of the project registers: only a plug-in jar's services line
 * (written by {@link PluginsTest}) makes it findable by id.
 */
public final class PluginOperator implements BinaryOperator {
  @Override
  public String id() {
    return "plugin-bnn";
  }

  @Override
  public String displayName() {
    return "Plug-in BNN";
  }

  @Override
  public String reference() {
    return "a test plug-in";
  }

  @Override
  public LayerBinarizer newLayer(LayerKind kind) {
    return Operators.create("bnn").newLayer(kind); // not in the constructor: the registry creates every plug-in
  }
}
